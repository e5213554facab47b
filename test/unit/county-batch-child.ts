/**
 * Adds files to a county workspace as the page does (one call each, the list written at the end) in a process of
 * its own, with the parse worker's heap set small, and prints one JSON line per file and the entries on disk
 * afterwards. county-batch.test.ts reads them; the worker running out of heap is kept away from the test runner.
 *   node --import tsx test/unit/county-batch-child.ts <data dir> <worker heap MB> <file>…
 */
import path from 'node:path';
import { fileLimits } from '../../electron/services/file-limits.ts';
import { CountyWorkspace } from '../../electron/services/county/workspace.ts';

const [dataDir, heapMb, ...files] = process.argv.slice(2);
const limits = structuredClone(fileLimits);
limits.docx.workerHeapMb = Number(heapMb);
const ws = await CountyWorkspace.open(dataDir, { read: { limits } });
for (const file of files) {
  try {
    const added = await ws.addFile(file, { batch: true });
    process.stdout.write(JSON.stringify({ file: path.basename(file), added: added.map((e) => e.unitName) }) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ file: path.basename(file), error: (e as Error).message }) + '\n');
  }
}
await ws.endBatch();
const reopened = await CountyWorkspace.open(dataDir);
process.stdout.write(JSON.stringify({ entries: reopened.entries().map((e) => e.unitName) }) + '\n');
