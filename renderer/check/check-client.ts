/**
 * Runs the check on its own thread, so a long report's check never blocks the page after a pause in typing.
 * The worker's code is built into the page's bundle (electron/tools/build.ts) and started from a blob: the page
 * is a file:// page, from which Chromium starts no worker by URL, and the CSP allows workers from blob: only.
 * One request at a time: what changes meanwhile waits, and only the newest text is checked next, so a result for
 * an older text never replaces a newer one.
 */
import { checkReport } from '../../electron/core/check.ts';
import { toSimplified } from '../simplified.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { ReportSender, type CheckReply, type CheckRequest } from './protocol.ts';
import { ReplyReader, ReplyWriter, type CheckView } from './replies.ts';

/** The worker's bundled code, set by the build (absent when the renderer's modules run outside it, e.g. in Node). */
declare const CHECK_WORKER_SOURCE: string | undefined;

let workerUrl: string | undefined;

/** A new check worker, or null where none can be started (then the check runs on the page's thread). */
function startWorker(): Worker | null {
  if (typeof CHECK_WORKER_SOURCE !== 'string' || typeof Worker === 'undefined') return null;
  try {
    workerUrl ??= URL.createObjectURL(new Blob([CHECK_WORKER_SOURCE], { type: 'text/javascript' }));
    return new Worker(workerUrl, { name: 'check' });
  } catch {
    return null;
  }
}

interface Wanted {
  report: Report;
  previous: Report | undefined;
}

const NOT_SENT = Symbol('not sent');

export class CheckClient {
  private worker: Worker | null = startWorker();
  private seq = 0;
  private inFlight: Wanted | null = null;
  private waiting: Wanted | null = null;
  private sentPrevious: Report | undefined | typeof NOT_SENT = NOT_SENT;
  /** the paragraphs the worker has: a request names the unchanged ones by id only */
  private readonly sender = new ReportSender();
  /** what the page keeps of the replies: each reply is a difference from the one before */
  private readonly reader = new ReplyReader();
  /** the replies written on the page's thread (the check at once, or every check when there is no worker) */
  private local = new ReplyWriter();
  /** the reader lost track of the worker's replies: the next request asks for a whole one */
  private fresh = false;
  /** the replies to requests sent before this seq differ from what the reader no longer has: dropped */
  private dropBefore = 0;

  constructor(private readonly onResult: (view: CheckView) => void) {
    if (!this.worker) return;
    this.worker.onmessage = (e: MessageEvent<CheckReply>) => this.received(e.data);
    // A worker that fails (it should not) hands the check back to the page's thread: a check is never lost.
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      // The page's writer starts afresh: its first reply replaces what the worker's replies left on the page.
      this.local = new ReplyWriter();
      const last = this.waiting ?? this.inFlight;
      this.inFlight = this.waiting = null;
      if (last) this.request(last.report, last.previous);
    };
  }

  /**
   * The report's check on the page's thread, at once (when it opens, before the worker has anything). The worker
   * is sent the same report to check and keep unsent, so its first reply is a difference, not the whole result.
   */
  checkNow(report: Report, previous?: Report): CheckView {
    const reply = this.local.write(0, checkReport(report, { previous, toSimplified }));
    if (this.worker) {
      this.seq += 1;
      this.dropBefore = this.seq;
      this.worker.postMessage(this.message({ report, previous }, 'primed'));
    }
    return this.reader.read(reply);
  }

  /** Check the report as it is now (what changed in it is copied when sent); the result comes to onResult. */
  request(report: Report, previous: Report | undefined): void {
    if (!this.worker) {
      const reply = this.local.write(++this.seq, checkReport(report, { previous, toSimplified }));
      this.onResult(this.reader.read(reply));
      return;
    }
    this.waiting = { report, previous };
    if (!this.inFlight) this.send();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = this.waiting = null;
  }

  private send(): void {
    const w = this.waiting;
    if (!w || !this.worker) return;
    this.waiting = null;
    this.inFlight = w;
    this.seq += 1;
    this.worker.postMessage(this.message(w, this.fresh ? 'fresh' : undefined));
    this.fresh = false;
  }

  private message(w: Wanted, start: CheckRequest['start']): CheckRequest {
    // Last year's report is sent only when it changed: the worker keeps it, and its view, between checks.
    const previous = w.previous === this.sentPrevious ? null : w.previous;
    this.sentPrevious = w.previous;
    return { seq: this.seq, start, report: this.sender.compact(w.report), previous };
  }

  private received(reply: CheckReply): void {
    const asked = this.inFlight;
    this.inFlight = null;
    // Every reply is read, shown or not (the next one is a difference from it), against the newest report.
    const now = this.waiting ?? asked;
    let view: CheckView | null = null;
    if (now && reply.seq >= this.dropBefore) {
      try {
        view = this.reader.read(reply);
      } catch {
        // A reply that is no difference from what the page has (it should not happen): ask for a whole one.
        this.fresh = true;
        this.dropBefore = this.seq + 1;
        this.waiting ??= now;
      }
    }
    // The text changed while this one was checked: check the newest instead of showing an older result.
    if (this.waiting) return this.send();
    if (view && reply.seq === this.seq) this.onResult(view);
  }
}
