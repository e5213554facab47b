/**
 * Parsing what a user hands us (a .docx, a backup file) in a worker thread with a bounded heap and a time limit,
 * so a file built to exhaust memory or time ends the worker, not the main process, and autosave keeps running
 * while a large file is read. The tasks themselves live in parse-worker.ts.
 * Node only; no Electron imports.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface WorkerLimits {
  heapMb: number;
  timeoutSeconds: number;
}

/** What a task may throw across the thread boundary: its class name, Chinese message and fields. */
export interface WorkerFault {
  name: string;
  message: string;
  code?: string;
  english?: string;
}

export type WorkerOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'thrown'; fault: WorkerFault }
  | { ok: false; kind: 'memory' | 'timeout' | 'crash'; detail: string };

/** The message a task posts back. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; fault: WorkerFault };

export type WorkerTask = 'docx-text' | 'backup-file';

/**
 * The worker to start: the bundle beside dist/main.cjs when built (the build defines import.meta.url there);
 * from source (tests, the command line under tsx) the TypeScript file, with tsx registered in the worker first,
 * because a worker does not inherit the parent's --import hooks.
 */
function workerScript(): { script: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL('./parse-worker.cjs', here), eval: false };
  // The ESM build of tsx's API sits beside the CommonJS one that require.resolve finds.
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./parse-worker.ts', here).href;
  const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return { script: code, eval: true };
}

/** Run `task` on `input` in a fresh worker; never rejects, whatever the worker does. */
export function runInWorker<T>(
  task: WorkerTask,
  input: unknown,
  limits: WorkerLimits,
  transfer: ArrayBuffer[] = [],
): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker;
    const done = (outcome: WorkerOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => done({ ok: false, kind: 'timeout', detail: `over ${limits.timeoutSeconds} s` }),
      limits.timeoutSeconds * 1000,
    );
    try {
      const { script, eval: isCode } = workerScript();
      worker = new Worker(script, {
        eval: isCode,
        workerData: { task, input },
        transferList: transfer,
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
        stdout: false,
        stderr: false,
      });
    } catch (err) {
      clearTimeout(timer);
      resolve({ ok: false, kind: 'crash', detail: err instanceof Error ? err.message : String(err) });
      return;
    }
    worker.on('message', (reply: WorkerReply) =>
      done(reply.ok ? { ok: true, value: reply.value as T } : { ok: false, kind: 'thrown', fault: reply.fault }),
    );
    worker.on('error', (err: NodeJS.ErrnoException) =>
      done({ ok: false, kind: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', detail: err.message }),
    );
    worker.on('exit', (code) => done({ ok: false, kind: 'crash', detail: `worker exited with code ${code}` }));
  });
}
