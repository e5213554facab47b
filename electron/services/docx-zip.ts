/**
 * The .docx package as parts and back: the parts the docx library writes, taken before it zips them, and the
 * finished parts zipped once, deflated by Node's zlib. Both the library and fflate deflate in JavaScript, which a
 * one-shot command line pays for cold — twice, when the library's zip is unzipped again to rewrite parts
 * (docx-package.ts): two thirds of a Word export of the demo report. zlib is native and needs no warming up.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type File } from 'docx';
import { strToU8, unzipSync } from 'fflate';

type Compile = (file: File) => Map<string, string | Uint8Array>;

/**
 * The library's own step before zipping (Packer.compiler, private in its types, so reached by name). Null if a
 * version of the library does not have it; the parts then come from its zip, as before (a test pins the fast way).
 */
export function docxCompiler(): Compile | null {
  const c = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  return typeof c?.compile === 'function' ? (file) => c.compile!.call(c, file) : null;
}

/** Every part of the document, by its path in the package. */
export async function documentParts(doc: File): Promise<Record<string, Uint8Array>> {
  const compile = docxCompiler();
  if (!compile) return unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const parts: Record<string, Uint8Array> = {};
  for (const [name, data] of compile(doc)) parts[name] = typeof data === 'string' ? strToU8(data) : data;
  return parts;
}

/** MS-DOS time and date, as zip headers hold them (local time, two-second steps). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The parts as a zip file, each deflated, with the sizes and CRC in every local header (no data descriptors, no
 * zip64: the form every Word, WPS and LibreOffice reads; APPNOTE.TXT 4.3).
 */
export function zipParts(files: Record<string, Uint8Array>, now = new Date()): Uint8Array {
  const { time, date } = dosTime(now);
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 6 });
    const fields = { crc: crc32(data), packed: packed.length, size: data.length, name: nameBytes.length };
    const flags = nameBytes.length === name.length ? 0 : 0x800;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(fields.crc, 14);
    head.writeUInt32LE(fields.packed, 18);
    head.writeUInt32LE(fields.size, 22);
    head.writeUInt16LE(fields.name, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    head.copy(entry, 6, 4, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(head, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const count = Object.keys(files).length;
  if (count > 0xffff || offset + size > 0xffffffff)
    throw new Error('the Word file is too large for a zip without zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, ...central, end]));
}
