/**
 * The parts of a .docx (a zip), read with a cap on how much each may inflate to. A zip's headers state each
 * part's uncompressed size, but nothing makes them true: a 300 KB file can hold 100 MB of XML under a header
 * that says 1 KB. So the stated sizes are checked first (a quick refusal of the honest bomb), and every part the
 * parser will read is then inflated with a hard output cap, whatever its header says.
 * Node only; no Electron imports.
 */
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { ImportError } from '../core/import/types.ts';
import type { DocxLimits } from './file-limits.ts';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** as the central directory states it (may lie) */
  statedSize: number;
  /** offset of the local header */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Parts the text is never read from (pictures, embedded objects): not inflated, left out of what is parsed. */
const NOT_READ = /^word\/(media|embeddings)\//i;

const MB = 1024 * 1024;
const mb = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`;

function damaged(detail: string): ImportError {
  return new ImportError(
    'unreadable',
    'Word 文件已损坏或不是有效的 .docx 文件，无法读取。',
    `The Word file is damaged or not a valid .docx (${detail}).`,
  );
}

/** `size` as stated by the header, or null when the real output passed the cap (its full size is never made). */
function tooBig(name: string, size: number | null, limit: number): ImportError {
  return new ImportError(
    'too-large',
    `Word 文件中的“${name}”解压后超过 ${mb(limit)}${size === null ? '' : `（声明为 ${mb(size)}）`}，不像一份年度报告，可能是恶意构造的文件，未导入。`,
    `The part ${name} of the Word file inflates to more than ${mb(limit)}; refused as a possible zip bomb.`,
  );
}

/** The entries of the zip's central directory, in order. Throws ImportError when there is none to read. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged('bad central directory');
    const nameLen = view.getUint16(at + 28, true);
    const skip = nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      statedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    // 0xFFFFFFFF marks a zip64 size: no .docx written by an office program needs one.
    if (entry.compressedSize === 0xffffffff || entry.statedSize === 0xffffffff) throw damaged('zip64 entry');
    entries.push(entry);
    at += 46 + skip;
  }
  return entries;
}

/** The entries the parser reads: everything but pictures and embedded objects, and not folders. */
function readParts(entries: ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => !NOT_READ.test(e.name) && !e.name.endsWith('/'));
}

/** Refuse a .docx whose central directory itself states a part or a total over the limits. */
export function checkStatedSizes(entries: ZipEntry[], limits: DocxLimits): void {
  let total = 0;
  for (const e of readParts(entries)) {
    if (e.statedSize > limits.maxPartBytes) throw tooBig(e.name, e.statedSize, limits.maxPartBytes);
    total += e.statedSize;
    if (total > limits.maxTotalBytes) throw tooBig('全部文字部分', total, limits.maxTotalBytes);
  }
}

/** One entry's bytes inflated, or null past `cap` bytes (the real output counts, not the header). */
function inflateEntry(bytes: Uint8Array, e: ZipEntry, cap: number): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(`bad local header of ${e.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.length > cap ? null : data;
  if (e.method !== 8) throw damaged(`compression method ${e.method} of ${e.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw damaged(`${e.name}: ${(err as Error).message}`);
  }
}

/**
 * A new zip holding only the parts the parser reads, each inflated under the caps (the header's size is not
 * trusted), stored uncompressed. The parser is given this zip, so it reads no byte that was not counted.
 */
export function cappedDocx(bytes: Uint8Array, limits: DocxLimits): Uint8Array {
  const entries = listZipEntries(bytes);
  checkStatedSizes(entries, limits);
  const parts: Record<string, Uint8Array> = {};
  let left = limits.maxTotalBytes;
  for (const e of readParts(entries)) {
    const data = inflateEntry(bytes, e, Math.min(limits.maxPartBytes, left));
    if (!data) {
      if (left < limits.maxPartBytes) throw tooBig('全部文字部分', null, limits.maxTotalBytes);
      throw tooBig(e.name, null, limits.maxPartBytes);
    }
    left -= data.length;
    parts[e.name] = data;
  }
  return zipSync(parts, { level: 0 });
}
