/**
 * Long-lived parse workers, reused from file to file: starting a worker (a fresh V8 isolate loading mammoth) costs
 * many times what reading one township's .docx does, and a county adds 30 of them in a row. Each worker still has
 * the bounded heap of worker-run.ts and each task its own time limit; a worker that runs out of memory, crashes or
 * overruns is terminated and replaced, and only the task it was running fails.
 * Node only; no Electron imports.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerOutcome, WorkerReply, WorkerTask } from './worker-run.ts';

/** What the pool posts to a worker, and what it posts back. */
export interface TaskMessage {
  id: number;
  task: WorkerTask;
  input: unknown;
}
export type ReplyMessage = WorkerReply & { id: number };

export interface PoolOptions {
  /** the worker's script, and whether it is code to evaluate (the TypeScript sources under tsx) */
  script: URL | string;
  eval: boolean;
  heapMb: number;
  /** workers at most: a second one lets a single import go on while a batch is being read */
  size?: number;
  /** an idle worker is ended after this long, so the app does not hold its heap between batches */
  idleMs?: number;
  /** a worker is replaced after this many tasks, so nothing one file left behind can build up */
  maxTasks?: number;
}

interface Job {
  task: WorkerTask;
  input: unknown;
  timeoutSeconds: number;
  transfer: ArrayBuffer[];
  resolve(outcome: WorkerOutcome<unknown>): void;
}

interface Slot {
  worker: Worker;
  /** the job running, and how to settle it */
  running: { id: number; job: Job; timer: NodeJS.Timeout } | null;
  tasks: number;
  idle: NodeJS.Timeout | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private startedCount = 0;
  private readonly size: number;
  private readonly idleMs: number;
  private readonly maxTasks: number;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, Math.min(opts.size ?? 2, 2));
    this.idleMs = opts.idleMs ?? 60_000;
    this.maxTasks = opts.maxTasks ?? 200;
  }

  /** Workers alive now. */
  get workers(): number {
    return this.slots.length;
  }

  /** Workers started since the pool was made: reuse keeps this at one for a batch, each failure adds one. */
  get started(): number {
    return this.startedCount;
  }

  /** Run `task` on the first free worker; never rejects, whatever the worker does. */
  run<T>(
    task: WorkerTask,
    input: unknown,
    timeoutSeconds: number,
    transfer: ArrayBuffer[] = [],
  ): Promise<WorkerOutcome<T>> {
    return new Promise((resolve) => {
      this.queue.push({ task, input, timeoutSeconds, transfer, resolve: resolve as Job['resolve'] });
      this.dispatch();
    });
  }

  /** End every worker (the queue is empty when nothing is running). */
  async close(): Promise<void> {
    await Promise.all([...this.slots].map((s) => this.drop(s)));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.running);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      this.start(slot, job);
    }
  }

  private spawn(): Slot | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.opts.script, {
        eval: this.opts.eval,
        resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
        stdout: false,
        stderr: false,
      });
    } catch (err) {
      // The worker cannot start at all: every waiting task fails with the reason rather than waiting forever.
      const detail = err instanceof Error ? err.message : String(err);
      for (const job of this.queue.splice(0)) job.resolve({ ok: false, kind: 'crash', detail });
      return undefined;
    }
    this.startedCount += 1;
    const slot: Slot = { worker, running: null, tasks: 0, idle: null };
    worker.on('message', (reply: ReplyMessage) => {
      if (slot.running?.id !== reply.id) return;
      this.finish(
        slot,
        reply.ok ? { ok: true, value: reply.value } : { ok: false, kind: 'thrown', fault: reply.fault },
        false,
      );
    });
    worker.on('error', (err: NodeJS.ErrnoException) =>
      this.fail(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', err.message),
    );
    worker.on('exit', (code) => this.fail(slot, 'crash', `worker exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    const id = this.nextId++;
    const timer = setTimeout(
      () => this.fail(slot, 'timeout', `over ${job.timeoutSeconds} s`),
      job.timeoutSeconds * 1000,
    );
    slot.running = { id, job, timer };
    slot.tasks += 1;
    // A running task keeps the process alive (a command-line import waits for it); an idle worker does not.
    slot.worker.ref();
    const message: TaskMessage = { id, task: job.task, input: job.input };
    slot.worker.postMessage(message, job.transfer);
  }

  /** The running task ends; the worker is kept for the next one unless it failed or has done its share. */
  private finish(slot: Slot, outcome: WorkerOutcome<unknown>, broken: boolean): void {
    const run = slot.running;
    if (!run) return;
    clearTimeout(run.timer);
    slot.running = null;
    if (broken || slot.tasks >= this.maxTasks) void this.drop(slot);
    else this.rest(slot);
    run.job.resolve(outcome);
    this.dispatch();
  }

  private fail(slot: Slot, kind: 'memory' | 'timeout' | 'crash', detail: string): void {
    if (slot.running) this.finish(slot, { ok: false, kind, detail }, true);
    // A worker that died while idle is simply forgotten; the next task starts a new one.
    else void this.drop(slot);
  }

  private rest(slot: Slot): void {
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.drop(slot), this.idleMs);
    slot.idle.unref();
  }

  private async drop(slot: Slot): Promise<void> {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    if (slot.idle) clearTimeout(slot.idle);
    slot.worker.removeAllListeners('message');
    await slot.worker.terminate();
  }
}
