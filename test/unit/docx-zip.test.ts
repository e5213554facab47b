/**
 * The .docx package: the parts taken from the docx library before it zips them are the parts of its own zip, and
 * the zip written with zlib reads back the same, with sizes and CRC in every local header (no data descriptors).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { documentParts, docxCompiler, zipParts } from '../../electron/services/docx-zip.ts';

const sample = () =>
  new Document({ sections: [{ children: [new Paragraph('青石镇2025年度法治政府建设工作情况报告')] }] });

test('the docx library still has the step before its zip (else every export zips twice in JavaScript)', () => {
  assert.equal(typeof docxCompiler(), 'function');
});

test('the parts taken before zipping are the parts of the library’s own zip', async () => {
  const fast = await documentParts(sample());
  const zipped = unzipSync(new Uint8Array(await Packer.toArrayBuffer(sample())));
  assert.deepEqual(Object.keys(fast).sort(), Object.keys(zipped).sort());
  // docProps/core.xml carries the time it was made; everything else is the same byte for byte.
  for (const name of Object.keys(zipped).filter((n) => n !== 'docProps/core.xml'))
    assert.equal(strFromU8(fast[name]), strFromU8(zipped[name]), name);
  assert.match(strFromU8(fast['word/document.xml']), /青石镇2025年度法治政府建设工作情况报告/);
});

test('zipParts: reads back the same; sizes and CRC in each local header, UTF-8 names flagged', () => {
  const files = {
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'.repeat(50)),
    'word/document.xml': new TextEncoder().encode('<w:t>青石镇</w:t>'.repeat(500)),
    'word/空.xml': new Uint8Array(0),
  };
  const zip = zipParts(files);
  const back = unzipSync(zip);
  assert.deepEqual(Object.keys(back), Object.keys(files));
  for (const [name, data] of Object.entries(files)) assert.deepEqual(back[name], data, name);
  const view = Buffer.from(zip);
  let at = 0;
  for (const [name, data] of Object.entries(files)) {
    assert.equal(view.readUInt32LE(at), 0x04034b50, `${name}: a local header`);
    const flags = view.readUInt16LE(at + 6);
    assert.equal(flags & 0x8, 0, `${name}: no data descriptor`);
    assert.equal(flags & 0x800, /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800, `${name}: UTF-8 flag`);
    assert.equal(view.readUInt32LE(at + 22), data.length, `${name}: size in the local header`);
    at += 30 + view.readUInt16LE(at + 26) + view.readUInt32LE(at + 18);
  }
  assert.ok(zip.length < 2000, `deflated (${zip.length} bytes)`);
});
