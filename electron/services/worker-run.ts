/**
 * Parsing what a user hands us (a .docx, a backup file) in a worker thread with a bounded heap and a time limit,
 * so a file built to exhaust memory or time ends the worker, not the main process, and autosave keeps running
 * while a large file is read. The tasks themselves live in parse-worker.ts; the workers are kept and reused
 * (worker-pool.ts).
 * Node only; no Electron imports.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from './worker-pool.ts';

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

/** One pool per heap size: a worker's heap is fixed when it starts (the .docx and the backup limits differ). */
const pools = new Map<number, WorkerPool>();

function poolFor(heapMb: number): WorkerPool {
  let pool = pools.get(heapMb);
  if (!pool) {
    const { script, eval: isCode } = workerScript();
    pool = new WorkerPool({ script, eval: isCode, heapMb });
    pools.set(heapMb, pool);
  }
  return pool;
}

/**
 * Run `task` on `input` in a parse worker (a long-lived one from the pool of its heap size, see worker-pool.ts);
 * never rejects, whatever the worker does.
 */
export function runInWorker<T>(
  task: WorkerTask,
  input: unknown,
  limits: WorkerLimits,
  transfer: ArrayBuffer[] = [],
): Promise<WorkerOutcome<T>> {
  let pool: WorkerPool;
  try {
    pool = poolFor(limits.heapMb);
  } catch (err) {
    return Promise.resolve({ ok: false, kind: 'crash', detail: err instanceof Error ? err.message : String(err) });
  }
  return pool.run<T>(task, input, limits.timeoutSeconds, transfer);
}

/** End the parse workers (tests; the app lets idle workers end on their own). */
export async function closeWorkers(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
