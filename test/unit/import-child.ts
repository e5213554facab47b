/**
 * Imports one file in a process of its own and prints what happened as JSON on stdout: the error code and
 * message (or the text length), the time the import took, and the process's peak resident memory (worker
 * threads included). The zip-bomb tests read these to prove a hostile file is refused quickly and cheaply.
 *   node --import tsx test/unit/import-child.ts <file> [worker heap MB]
 */
import { ImportError, importFile } from '../../electron/services/import-file.ts';
import { fileLimits } from '../../electron/services/file-limits.ts';

const [file, heapMb] = process.argv.slice(2);
const limits = structuredClone(fileLimits);
if (heapMb) limits.docx.workerHeapMb = Number(heapMb);
const started = performance.now();
let outcome: { ok: true; chars: number } | { ok: false; code: string; message: string };
try {
  const r = await importFile(file, {}, { limits });
  outcome = { ok: true, chars: r.report.preamble.length };
} catch (err) {
  if (!(err instanceof ImportError)) throw err;
  outcome = { ok: false, code: err.code, message: err.message };
}
const ms = Math.round(performance.now() - started);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ ...outcome, ms, maxRssMb }) + '\n');
