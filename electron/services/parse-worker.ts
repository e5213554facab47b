/**
 * The worker thread of worker-pool.ts: runs each parsing task the main process sends, one at a time, and posts back
 * the result or what went wrong, tagged with the task's id. Bundled on its own as dist/parse-worker.cjs.
 */
import { parentPort } from 'node:worker_threads';
import mammoth from 'mammoth';
import { cappedDocx } from './zip-parts.ts';
import type { DocxLimits } from './file-limits.ts';
import type { WorkerReply, WorkerTask } from './worker-run.ts';
import type { ReplyMessage, TaskMessage } from './worker-pool.ts';
import { parseBackupFile } from './backup-file.ts';

/** The text of a .docx: only parts inflated under the caps reach the parser. */
async function docxText(input: { bytes: Uint8Array; limits: DocxLimits }): Promise<string> {
  const zip = cappedDocx(input.bytes, input.limits);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) });
  return value;
}

const tasks: Record<WorkerTask, (input: never) => Promise<unknown>> = {
  'docx-text': docxText,
  'backup-file': (input: { file: string; maxBytes: number; maxValues: number }) =>
    parseBackupFile(input.file, input.maxBytes, input.maxValues),
};

async function run(task: WorkerTask, input: never): Promise<WorkerReply> {
  try {
    return { ok: true, value: await tasks[task](input) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const { code, english } = e as Error & { code?: unknown; english?: unknown };
    return {
      ok: false,
      fault: {
        name: e.name,
        message: e.message,
        code: typeof code === 'string' ? code : undefined,
        english: typeof english === 'string' ? english : undefined,
      },
    };
  }
}

parentPort?.on('message', ({ id, task, input }: TaskMessage) => {
  void run(task, input as never).then((reply) => {
    const message: ReplyMessage = { ...reply, id };
    parentPort?.postMessage(message);
  });
});
