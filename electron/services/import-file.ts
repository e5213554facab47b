/**
 * Import from a file: an old report as .txt (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK as
 * Notepad and older Office PCs save it), .docx, or .doc/.wps (converted by LibreOffice when it is installed),
 * read into text and parsed by core/import/. A .docx is read in a worker under caps on what it inflates to.
 * A file that is not a report (missing, empty, binary, an unrelated document) is refused with an ImportError;
 * an empty report is never returned.
 * Node only; no Electron imports (the main process, the CLI and the tests share it).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileLimits, type FileLimits } from './file-limits.ts';
import { convertToDocx, type OldFormat } from './office-convert.ts';
import { runInWorker } from './worker-run.ts';
import { toSimplified } from './simplified.ts';
import { checkStatedSizes, listZipEntries } from './zip-parts.ts';
import {
  ImportError,
  checkReportText,
  parseReportText,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
} from '../core/import/index.ts';

export { ImportError } from '../core/import/index.ts';
export type { ImportOptions, ImportResult, ImportMapping } from '../core/import/index.ts';

/** Largest file read (a .docx with pictures can be large; the text itself is capped by the parser). */
export const MAX_IMPORT_BYTES = fileLimits.maxFileBytes;

/** How a file is read: the limits, and which LibreOffice converts old formats (tests inject these). */
export interface ReadOptions {
  limits?: FileLimits;
  /** soffice to convert .doc/.wps with; undefined: look for it; null: as if LibreOffice were not installed */
  soffice?: string | null;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decode the bytes of a text file: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8 when the bytes
 * are valid UTF-8, else GB18030 (a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** Bytes that are clearly not text: NUL bytes in a file without a UTF-16 BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The text of a .docx. The zip's stated sizes are checked here (headers only, instant); the parts are then
 * inflated under hard caps and parsed in a worker with a bounded heap and time, so no file can take the main
 * process down or stall autosave.
 */
async function docxText(bytes: Uint8Array, file: string, limits: FileLimits['docx']): Promise<string> {
  checkStatedSizes(listZipEntries(bytes), limits);
  const own = new Uint8Array(bytes);
  const out = await runInWorker<string>(
    'docx-text',
    { bytes: own, limits },
    { heapMb: limits.workerHeapMb, timeoutSeconds: limits.timeoutSeconds },
    [own.buffer],
  );
  if (out.ok) return out.value;
  const name = path.basename(file);
  if (out.kind === 'thrown' && out.fault.name === 'ImportError') {
    const { code, message, english } = out.fault;
    throw new ImportError(code as ImportErrorCode, message, english ?? message);
  }
  if (out.kind === 'memory' || out.kind === 'timeout') {
    const why = out.kind === 'memory' ? '所需内存超过限制' : `超过 ${limits.timeoutSeconds} 秒仍未读完`;
    throw new ImportError(
      'too-large',
      `读取 Word 文件“${name}”时${why}，已停止，未导入。文件内容异常庞大，可能是恶意构造的文件。`,
      `Reading ${file} was stopped (${out.detail}).`,
    );
  }
  const detail = out.kind === 'thrown' ? out.fault.message : out.detail;
  throw new ImportError(
    'unreadable',
    `无法读取 Word 文件“${name}”：文件可能已损坏，或不是 .docx 格式。`,
    `Cannot read the Word file ${file}: it may be damaged or not a .docx (${detail}).`,
  );
}

/** The bytes of `file`, refused with a Chinese message when missing, a folder, unreadable or too large. */
async function readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > maxBytes) {
      throw new ImportError(
        'too-large',
        `文件太大（${Math.round(stat.size / 1024 / 1024)} MB），不像一份年度报告。`,
        `The file is too large (${Math.round(stat.size / 1024 / 1024)} MB) for an annual report.`,
      );
    }
    return await fs.readFile(file);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError('not-found', `找不到文件：${file}`, `File not found: ${file}`);
    if (code === 'EISDIR')
      throw new ImportError('unreadable', `这是一个文件夹，不是文件：${file}`, `Not a file but a folder: ${file}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new ImportError('unreadable', `没有读取权限：${file}`, `Permission denied: ${file}`);
    throw new ImportError(
      'unreadable',
      `无法读取文件：${file}（${code ?? String(err)}）`,
      `Cannot read ${file} (${code ?? String(err)})`,
    );
  }
}

/** Extensions a Word file may carry whatever its content: old names are often kept on files saved as .docx. */
const WORD_NAMES = ['', '.docx', '.txt', '.doc', '.wps'];

/** An old binary document (or RTF saved under an old Word name) that LibreOffice can turn into .docx. */
function oldFormat(bytes: Uint8Array, ext: string): OldFormat | null {
  const rtf = startsWith(bytes, RTF) && (ext === '.doc' || ext === '.wps');
  if (!startsWith(bytes, OLE) && !rtf) return null;
  return ext === '.wps' ? 'wps' : 'doc';
}

export type ReadFormat = 'docx' | OldFormat | TextEncodingName;

/** The text of a .txt, .docx, .doc or .wps file, judged by its content first and its name second. */
export async function readReportText(
  file: string,
  opts: ReadOptions = {},
): Promise<{ text: string; format: ReadFormat }> {
  const limits = opts.limits ?? fileLimits;
  const bytes = await readBytes(file, limits.maxFileBytes);
  const ext = path.extname(file).toLowerCase();
  if (bytes.length === 0)
    throw new ImportError('empty', '文件是空的，没有可导入的文字。', `The file is empty: ${file}`);
  const old = oldFormat(bytes, ext);
  if (old) {
    const docx = await convertToDocx(file, old, {
      soffice: opts.soffice,
      timeoutSeconds: limits.convert.timeoutSeconds,
    });
    return { text: await docxText(docx, file, limits.docx), format: old };
  }
  if (startsWith(bytes, PDF)) {
    throw new ImportError(
      'unsupported',
      '暂不支持导入 PDF，请导入 Word（.docx、.doc）、WPS（.wps）或文本（.txt）文件。',
      'PDF is not supported; import a .docx, .doc, .wps or .txt file.',
    );
  }
  if (startsWith(bytes, ZIP)) {
    if (!WORD_NAMES.includes(ext)) {
      throw new ImportError(
        'unsupported',
        `不支持的文件类型“${ext}”，请导入 Word（.docx、.doc）、WPS（.wps）或文本（.txt）文件。`,
        `Unsupported file type ${ext}; import a .docx, .doc, .wps or .txt file.`,
      );
    }
    return { text: await docxText(bytes, file, limits.docx), format: 'docx' };
  }
  if (ext === '.docx' || ext === '.doc' || ext === '.wps') {
    throw new ImportError(
      'unreadable',
      `“${path.basename(file)}”不是有效的 Word 或 WPS 文件，可能已损坏。`,
      `${file} is not a valid Word or WPS file.`,
    );
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) {
    throw new ImportError(
      'binary',
      '文件不是文本（可能是图片、压缩包或其他程序的文件），无法导入。',
      `The file is binary, not text: ${file}`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  return { text, format: encoding };
}

/**
 * Import a report from a .txt, .docx, .doc or .wps file. Throws ImportError with a Chinese message (and
 * `english`) when the file cannot be read or is not a report.
 */
export async function importFile(
  file: string,
  opts: ImportOptions = {},
  read: ReadOptions = {},
): Promise<ImportResult> {
  const { text } = await readReportText(file, read);
  const problem = checkReportText(text);
  if (problem) throw problem;
  return parseReportText(text, { toSimplified, ...opts });
}
