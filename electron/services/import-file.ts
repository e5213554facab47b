/**
 * Import from a file: an old report as .txt (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK as
 * Notepad and older Office PCs save it) or .docx, read into text and parsed by core/import/.
 * A file that is not a report (missing, empty, binary, an old .doc, an unrelated document) is refused with an
 * ImportError; an empty report is never returned.
 * Node only; no Electron imports (the main process, the CLI and the tests share it).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import {
  ImportError,
  checkReportText,
  parseReportText,
  type ImportOptions,
  type ImportResult,
} from '../core/import/index.ts';

export { ImportError } from '../core/import/index.ts';
export type { ImportOptions, ImportResult, ImportMapping } from '../core/import/index.ts';

/** Largest file read (a .docx with pictures can be large; the text itself is capped by the parser). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

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

/** Bytes that are clearly not text: NUL bytes in a file without a UTF-16 BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return value;
  } catch (err) {
    throw new ImportError(
      'unreadable',
      `无法读取 Word 文件“${path.basename(file)}”：文件可能已损坏，或不是 .docx 格式。`,
      `Cannot read the Word file ${file}: it may be damaged or not a .docx (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
}

/** The text of a .txt or .docx file, judged by its content first and its name second. */
export async function readReportText(file: string): Promise<{ text: string; format: 'docx' | TextEncodingName }> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > MAX_IMPORT_BYTES) {
      throw new ImportError(
        'too-large',
        `文件太大（${Math.round(stat.size / 1024 / 1024)} MB），不像一份年度报告。`,
        `The file is too large (${Math.round(stat.size / 1024 / 1024)} MB) for an annual report.`,
      );
    }
    bytes = await fs.readFile(file);
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

  const ext = path.extname(file).toLowerCase();
  if (bytes.length === 0)
    throw new ImportError('empty', '文件是空的，没有可导入的文字。', `The file is empty: ${file}`);
  if (startsWith(bytes, OLE)) {
    throw new ImportError(
      'unsupported',
      '这是旧版 Word/WPS 文档（.doc/.wps），请先在 Word 或 WPS 中“另存为” .docx 或 .txt 后再导入。',
      'This is an old binary Word/WPS document (.doc/.wps); save it as .docx or .txt first.',
    );
  }
  if (startsWith(bytes, PDF)) {
    throw new ImportError(
      'unsupported',
      '暂不支持导入 PDF，请导入 Word（.docx）或文本（.txt）文件。',
      'PDF is not supported; import a .docx or .txt file.',
    );
  }
  if (startsWith(bytes, ZIP)) {
    if (ext && ext !== '.docx' && ext !== '.txt') {
      throw new ImportError(
        'unsupported',
        `不支持的文件类型“${ext}”，请导入 Word（.docx）或文本（.txt）文件。`,
        `Unsupported file type ${ext}; import a .docx or .txt file.`,
      );
    }
    return { text: await docxText(bytes, file), format: 'docx' };
  }
  if (ext === '.docx') {
    throw new ImportError(
      'unreadable',
      `“${path.basename(file)}”不是有效的 Word（.docx）文件，可能已损坏。`,
      `${file} is not a valid .docx file.`,
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
 * Import a report from a .txt or .docx file. Throws ImportError with a Chinese message (and `english`) when the
 * file cannot be read or is not a report.
 */
export async function importFile(file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const { text } = await readReportText(file);
  const problem = checkReportText(text);
  if (problem) throw problem;
  return parseReportText(text, opts);
}
