/** Import from files: every text encoding, .docx round trip, files that are not reports, and the command line. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import demoData from '../../assets/demo-report.json' with { type: 'json' };
import { runCliBundle } from './cli-bundle.ts';
import { ImportError, checkReportText, parseReportText } from '../../electron/core/import/index.ts';
import { decodeText, importFile, type ReadOptions } from '../../electron/services/import-file.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { parseReport, walkSections, type Report } from '../../electron/core/report-model.ts';
import { SAMPLE, SAMPLE_PATH } from '../fixtures/sample-report.ts';
import { NOW, contentOutline, documentParagraphs, importText, shape, useTempDir } from './import-helpers.ts';

const { dir: tempDir, tmp } = useTempDir();

// ---------------------------------------------------------------------------------------------------------------
// A GB18030 encoder for the test (Node decodes GB18030 but cannot encode it)
// ---------------------------------------------------------------------------------------------------------------

let gbTable: Map<string, number[]> | null = null;

/** Encode text as GB18030 using the two-byte (GBK) range, built by decoding every two-byte sequence. */
function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch} (U+${cp.toString(16)})`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = endian === 'le' ? 0xff : 0xfe;
  out[1] = endian === 'le' ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 + 2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Encodings and files
// ---------------------------------------------------------------------------------------------------------------

describe('reading .txt files in every encoding a Chinese office PC writes', () => {
  test('decodeText: BOMs, strict UTF-8, GB18030 fallback', () => {
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0xb3, 0x95])), {
      text: '法',
      encoding: 'utf-8',
    });
    assert.deepEqual(decodeText(new Uint8Array([0xe6, 0xb3, 0x95])), { text: '法', encoding: 'utf-8' });
    assert.deepEqual(decodeText(encodeGb18030('法治')), { text: '法治', encoding: 'gb18030' });
    assert.deepEqual(decodeText(utf16('法治', 'le')), { text: '法治', encoding: 'utf-16le' });
    assert.deepEqual(decodeText(utf16('法治', 'be')), { text: '法治', encoding: 'utf-16be' });
  });

  test('a GB18030 copy of the sample imports exactly like the UTF-8 one', async () => {
    const utf8 = await importFile(tmp('sample-utf8.txt', SAMPLE), { now: NOW });
    const gbBytes = encodeGb18030(SAMPLE);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbBytes));
    const gb = await importFile(tmp('sample-gb.txt', gbBytes), { now: NOW });
    assert.deepEqual(shape(gb.report), shape(utf8.report));
    assert.deepEqual(
      gb.mapping.map((m) => [m.sourceHeading, m.target]),
      utf8.mapping.map((m) => [m.sourceHeading, m.target]),
    );
  });

  test('UTF-8 with BOM, UTF-16 LE/BE with BOM and CRLF line ends import alike', async () => {
    const want = shape(importText(SAMPLE).report);
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const files = {
      'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]),
      'le.txt': utf16(crlf, 'le'),
      'be.txt': utf16(SAMPLE, 'be'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const r = await importFile(tmp(name, bytes), { now: NOW });
      assert.deepEqual(shape(r.report), want, name);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Word round trip
// ---------------------------------------------------------------------------------------------------------------

describe('Word round trip: export, then import', () => {
  const demo = (): Report => {
    const parsed = parseReport(structuredClone(demoData));
    assert.ok(parsed.ok);
    return parsed.report;
  };

  test('the demo report comes back with the same sections and paragraphs', async () => {
    const bytes = await buildDocx(demo(), { fontPreset: 'windows', boldHeadings: false });
    const file = tmp('demo.docx', bytes);
    const { report } = await importFile(file, { now: NOW });
    const original = demo();
    assert.deepEqual(contentOutline(report.sections), contentOutline(original.sections));
    const keys = (r: Report) =>
      [...walkSections(r.sections)]
        .map((w) => w.section.key)
        .filter(Boolean)
        .sort();
    assert.deepEqual(keys(report), keys(original));
    assert.equal(report.title, original.title);
    assert.equal(report.preamble, original.preamble);
    assert.equal(report.unitName, '汤郎乡');
    assert.equal(report.year, 2024);
    assert.deepEqual(documentParagraphs(report), documentParagraphs(original));
  });

  test('主送机关, 附件 and 落款 (unsealed and sealed) come back', async () => {
    for (const sealed of [false, true]) {
      const r = demo();
      r.recipient = '中共禄劝县委、禄劝县人民政府：';
      r.attachments = ['汤郎乡2024年度法治政府建设工作台账', '汤郎乡法律顾问服务情况统计表'];
      r.signature = { units: ['中共汤郎乡委员会', '汤郎乡人民政府'], date: '2025-01-15', sealed };
      const file = tmp(`formal-${sealed}.docx`, await buildDocx(r, { fontPreset: 'windows', boldHeadings: false }));
      const { report } = await importFile(file, { now: NOW });
      assert.equal(report.recipient, r.recipient);
      assert.deepEqual(report.attachments, r.attachments);
      assert.deepEqual(report.signature, { ...r.signature, sealed: false });
      assert.deepEqual(contentOutline(report.sections), contentOutline(r.sections));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What is not a report
// ---------------------------------------------------------------------------------------------------------------

describe('refusing what is not a report', () => {
  const expectImportError = async (file: string, code: string, pattern: RegExp, read: ReadOptions = {}) => {
    await assert.rejects(importFile(file, {}, read), (err: unknown) => {
      assert.ok(err instanceof ImportError, String(err));
      assert.equal(err.code, code);
      assert.match(err.message, pattern);
      assert.ok(err.english.length > 0);
      return true;
    });
  };

  test('missing, empty and blank files', async () => {
    await expectImportError(path.join(tempDir(), 'nope.txt'), 'not-found', /找不到文件/);
    await expectImportError(tmp('empty.txt', ''), 'empty', /空/);
    await expectImportError(tmp('blank.txt', '  \r\n\t\n　\n'), 'empty', /空/);
    await expectImportError(tempDir(), 'unreadable', /文件夹/);
  });

  test('binary files: random bytes, a picture, an old .doc, a PDF, a broken .docx', async () => {
    const random = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    await expectImportError(tmp('random.txt', random), 'binary', /不是文本/);
    const noNul = random.map((b) => (b === 0 ? 1 : b));
    await expectImportError(tmp('random2.txt', noNul), 'binary', /不是可读的文字/);
    await expectImportError(
      tmp('picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      'binary',
      /不是文本/,
    );
    await expectImportError(
      tmp('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      'unsupported',
      /LibreOffice.*另存为/,
      { soffice: null },
    );
    await expectImportError(tmp('a.pdf', new TextEncoder().encode('%PDF-1.7\n')), 'unsupported', /PDF/);
    await expectImportError(
      tmp('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      'unreadable',
      /Word/,
    );
    await expectImportError(tmp('text.docx', SAMPLE), 'unreadable', /不是有效的 Word/);
  });

  test('unrelated or too short documents', async () => {
    const notice =
      '关于2025年春节放假安排的通知\n各村委会、各站所：\n' +
      '根据国务院办公厅通知精神，现将春节放假安排通知如下。一、放假时间为一月二十八日至二月四日，共八天。二、各单位要妥善安排好值班和安全保卫等工作，遇有重大突发事件发生，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。'.repeat(
        2,
      );
    await expectImportError(tmp('notice.txt', notice), 'not-report', /不像法治政府建设情况报告/);
    await expectImportError(
      tmp('short.txt', '汤郎乡2024年度法治政府建设工作情况报告\n一、基本情况\n依法行政。'),
      'too-short',
      /汉字/,
    );
    await expectImportError(tmp('english.txt', 'Annual report on the rule of law.\n'.repeat(50)), 'too-short', /汉字/);
  });

  test('checkReportText accepts the sample and parseReportText refuses what it refuses', () => {
    assert.equal(checkReportText(SAMPLE), null);
    assert.throws(
      () => parseReportText(''),
      (e: unknown) => e instanceof ImportError && e.code === 'empty',
    );
    assert.throws(
      () => parseReportText('法治'.repeat(10)),
      (e: unknown) => e instanceof ImportError && e.code === 'too-short',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------------------

describe('npm run import', () => {
  const cli = (...args: string[]) => runCliBundle('import', args);

  test('writes a valid report and prints the mapping', () => {
    const out = path.join(tempDir(), 'out.json');
    const r = cli(SAMPLE_PATH, out);
    assert.equal(r.status, 0, r.stderr);
    const parsed = parseReport(JSON.parse(readFileSync(out, 'utf8')));
    assert.ok(parsed.ok);
    assert.equal(parsed.report.year, 2024);
    assert.match(r.stderr, /四、存在的主要问题和不足 → 存在的不足和原因/);
    assert.match(r.stderr, /一、青石镇基本情况 → 自定义小节\n/);
    assert.match(r.stdout, /out\.json/);
  });

  test('fails clearly, writing nothing, for missing, empty, binary and unrelated input', () => {
    const bad: Array<[string, RegExp]> = [
      [path.join(tempDir(), 'missing.txt'), /找不到文件[\s\S]*File not found/],
      [tmp('cli-empty.txt', ''), /空[\s\S]*empty/],
      [tmp('cli-binary.txt', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7])), /不是文本[\s\S]*binary/],
      [
        tmp('cli-unrelated.txt', '今天天气很好，我们去公园散步，看到很多人在锻炼身体。'.repeat(10)),
        /不像法治政府建设情况报告[\s\S]*does not look like/,
      ],
    ];
    for (const [input, pattern] of bad) {
      const out = path.join(tempDir(), `never-${path.basename(input)}.json`);
      const r = cli(input, out);
      assert.equal(r.status, 1, input);
      assert.match(r.stderr, pattern);
      assert.equal(existsSync(out), false);
    }
    const usage = cli(SAMPLE_PATH);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /usage/);
  });

  test('--unit applies the unit-name rule: not a 乡, 镇 or 街道 is refused with exit 2, writing nothing', () => {
    const out = path.join(tempDir(), 'never-unit.json');
    const r = cli(SAMPLE_PATH, out, '--unit', '某某村');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /单位名称[\s\S]*must name a 乡, 镇 or 街道/);
    assert.equal(existsSync(out), false);
    const ok = path.join(tempDir(), 'unit.json');
    assert.equal(cli(SAMPLE_PATH, ok, '--unit', ' 云岭乡 ').status, 0);
    assert.equal(JSON.parse(readFileSync(ok, 'utf8')).unitName, '云岭乡');
  });
});
