/** The messages between the page and the check's worker. */
import type { CheckResult } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';

export interface CheckRequest {
  /** increases with every request: a reply for an older one is dropped */
  seq: number;
  report: Report;
  /** last year's report when it changed since the last request (undefined: none), null when unchanged */
  previous: Report | undefined | null;
}

export interface CheckReply {
  seq: number;
  result: CheckResult;
}
