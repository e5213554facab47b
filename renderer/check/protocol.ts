/**
 * The messages between the page and the check's worker. A result's findings travel as a difference from the
 * previous reply: a finding the same as last time is sent as its id only, so after a pause in typing the page
 * reads the few findings that changed, not every finding of a long report again.
 */
import type { CheckResult } from '../../electron/core/check.ts';
import type { Finding } from '../../electron/core/lint/index.ts';
import type { Report } from '../../electron/core/report-model.ts';

export interface CheckRequest {
  /** increases with every request: a reply for an older one is dropped */
  seq: number;
  report: Report;
  /** last year's report when it changed since the last request (undefined: none), null when unchanged */
  previous: Report | undefined | null;
}

/** A check result with every finding unchanged since the previous reply given as its id. */
export type CompactResult = Omit<CheckResult, 'findings'> & { findings: Array<Finding | string> };

export interface CheckReply {
  seq: number;
  result: CompactResult;
}

/** The worker's side: what it sent last, by finding id (as JSON, to compare). */
export type SentFindings = Map<string, string>;

/** Findings as a difference from the ones sent last; returns the list to send and what is now sent. */
export function compactFindings(findings: Finding[], last: SentFindings): [Array<Finding | string>, SentFindings] {
  const sent: SentFindings = new Map();
  const out = findings.map((f) => {
    const json = JSON.stringify(f);
    sent.set(f.id, json);
    return last.get(f.id) === json ? f.id : f;
  });
  return [out, sent];
}

/** The page's side: the full findings, reusing the previous reply's objects for the ids sent alone. */
export function expandFindings(list: Array<Finding | string>, known: Map<string, Finding>): Finding[] {
  return list.map((f) => {
    if (typeof f !== 'string') return f;
    const k = known.get(f);
    if (!k) throw new Error(`check reply names an unknown finding ${f}`);
    return k;
  });
}
