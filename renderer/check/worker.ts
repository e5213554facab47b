/**
 * The check's own thread: checklist and lint on the report the page sends, so a long report's check never
 * blocks typing. Built on its own by electron/tools/build.ts and started from a blob (see check-client.ts).
 * Last year's report is sent once and kept here, so its view stays cached between checks; of the report being
 * edited only what changed arrives (protocol.ts), and only what changed in the result goes back (replies.ts).
 */
import { checkReport } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { toSimplified } from '../simplified.ts';
import { ReportReceiver, type CheckReply, type CheckRequest } from './protocol.ts';
import { ReplyWriter } from './replies.ts';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
}

const scope = self as unknown as WorkerScope;
let previous: Report | undefined;
let writer = new ReplyWriter();
const receiver = new ReportReceiver();

scope.onmessage = (e) => {
  const { seq } = e.data;
  const report = receiver.expand(e.data.report);
  if (e.data.previous !== null) previous = e.data.previous;
  if (e.data.start) writer = new ReplyWriter();
  const reply = writer.write(seq, checkReport(report, { previous, toSimplified }));
  if (e.data.start !== 'primed') scope.postMessage(reply);
};
