import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import demoData from '../../assets/demo-report.json' with { type: 'json' };
import {
  ImportError,
  checkReportText,
  headingOf,
  parseReportText,
  remapSection,
  remapTargets,
  type ImportResult,
} from '../../electron/core/import/index.ts';
import { decodeText, importFile } from '../../electron/services/import-file.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { documentBlocks } from '../../electron/core/document.ts';
import { hasContent } from '../../electron/core/numbering.ts';
import { parseReport, walkSections, type Report, type Section } from '../../electron/core/report-model.ts';
import { placeSample } from '../../electron/tools/make-demo.ts';
import { SAMPLE, SAMPLE_INFO, SAMPLE_PATH } from '../fixtures/sample-report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = new Date('2025-02-01T00:00:00.000Z');

let dir = '';
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-test-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tmp(name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers: what the source holds, what the report prints
// ---------------------------------------------------------------------------------------------------------------

const NUMBER_PREFIX =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,3}\s*[.．、](?![\d.．])|[（(]\s*\d{1,3}\s*[）)])\s*/;

/**
 * The source's characters as the report must keep them: whitespace removed, the number of each heading line
 * removed, and for a heading run in with its text ("（一）标题。正文") the full stop that ends the heading.
 */
function sourceChars(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .map((l) => {
      const m = NUMBER_PREFIX.exec(l);
      if (!m) return l;
      const rest = l.slice(m[0].length);
      const stop = rest.indexOf('。');
      return stop >= 0 && stop < rest.length - 1 ? rest.slice(0, stop) + rest.slice(stop + 1) : rest;
    })
    .join('')
    .replace(/\s+/g, '');
}

/** Every character the document shows (numbers excluded), in document order, whitespace removed. */
function documentChars(report: Report): string {
  const parts: string[] = [];
  for (const b of documentBlocks(report)) {
    if (b.type === 'title') parts.push(...b.lines);
    else if (b.type === 'attachments') parts.push(...b.items);
    else if (b.type === 'signature') parts.push(...b.units, b.date);
    else parts.push(b.text);
  }
  return parts.join('').replace(/\s+/g, '');
}

/** The body paragraphs of the document, in order (no title, headings, 落款). */
function documentParagraphs(report: Report): string[] {
  return documentBlocks(report).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

function sorted(s: string): string {
  return [...s].sort().join('');
}

/** Characters in `a` missing from `b` (as a multiset), for readable failures. */
function missing(a: string, b: string): string {
  const count = new Map<string, number>();
  for (const c of b) count.set(c, (count.get(c) ?? 0) + 1);
  let out = '';
  for (const c of a) {
    const n = count.get(c) ?? 0;
    if (n > 0) count.set(c, n - 1);
    else out += c;
  }
  return out;
}

/** The report shows every character of the source; `added` is text the import itself supplied (a catalogue heading). */
function assertKeepsEverything(source: string, report: Report, added = ''): void {
  const src = sourceChars(source);
  const doc = documentChars(report);
  assert.equal(missing(src, doc), '', 'characters of the source missing from the report');
  assert.equal(
    sorted(missing(doc, src)),
    sorted(added.replace(/\s+/g, '')),
    'characters in the report that are not in the source',
  );
  assert.equal(sorted(doc), sorted(src + added.replace(/\s+/g, '')));
}

/** A report's shape without ids and timestamps, for comparing two imports. */
function shape(report: Report): unknown {
  const sec = (s: Section): unknown => ({
    key: s.key,
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => p.text),
    stats: s.stats,
    children: s.children.map(sec),
  });
  const { id: _id, createdAt: _c, updatedAt: _u, sections, ...rest } = report;
  return { ...rest, sections: sections.map(sec) };
}

/** The sections with content: key, heading, paragraph texts, depth first. */
function contentOutline(sections: Section[]): unknown[] {
  return sections.filter(hasContent).map((s) => ({
    key: s.key,
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => p.text),
    children: contentOutline(s.children),
  }));
}

function top(report: Report, key: string): Section {
  const s = report.sections.find((x) => x.key === key);
  assert.ok(s, `section ${key}`);
  return s;
}

function findHeading(report: Report, heading: string): { section: Section; depth: number } {
  const hit = [...walkSections(report.sections)].find((w) => w.section.heading === heading);
  assert.ok(hit, `heading ${heading}`);
  return hit;
}

function importText(text: string): ImportResult {
  return parseReportText(text, { now: NOW });
}

/** A little more than the minimum of text, about 法治, to make a report of a few lines. */
const FILLER =
  '我乡坚持依法行政，扎实推进法治政府建设，加强行政执法监督，落实重大行政决策程序，深入开展法治宣传教育，不断提高干部依法办事能力和水平，群众法治意识明显增强，基层治理法治化水平稳步提升，为全乡经济社会高质量发展提供了有力法治保障。';

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
// The sample report
// ---------------------------------------------------------------------------------------------------------------

describe('importing the sample report (variant C headings)', () => {
  const result = importText(SAMPLE);
  const { report } = result;

  test('validates as a report; title, unit, county and year are recognised', () => {
    assert.ok(parseReport(report).ok);
    assert.equal(report.title, '青石镇2024年度法治政府建设工作情况报告');
    assert.equal(report.titleAuto, true);
    assert.equal(report.unitName, '青石镇');
    assert.equal(report.county, '松川县');
    assert.equal(report.year, 2024);
    assert.equal(report.order, 'A');
    assert.equal(report.recipient, '');
    assert.deepEqual(report.signature, { units: [], date: '', sealed: false });
    assert.match(report.preamble, /^青石镇在县委、县政府的坚强领导下.*现将有关情况报告如下：$/);
    assert.deepEqual(result.warnings, []);
  });

  test('every mandated section is there, in the mandated order', () => {
    assert.deepEqual(
      report.sections.map((s) => s.key),
      ['measures', 'chief', 'shortfalls', 'plan', 'other'],
    );
    assert.deepEqual(
      top(report, 'measures')
        .children.filter((c) => c.key)
        .map((c) => c.key),
      ['study', 'functions', 'decisions', 'enforcement', 'disputes', 'oversight', 'education', 'emergency', 'digital'],
    );
  });

  test('存在的主要问题和不足 lands in shortfalls and 下一步工作计划 in plan, under their own headings', () => {
    const s = top(report, 'shortfalls');
    assert.equal(s.heading, '存在的主要问题和不足');
    assert.equal(s.paragraphs.length, 1);
    assert.match(s.paragraphs[0].text, /^一年来，我镇法治政府建设取得了一定成效.*执法案卷质量有待进一步提高。$/);
    const p = top(report, 'plan');
    assert.equal(p.heading, '下一步工作计划');
    assert.match(
      p.paragraphs[0].text,
      /^一是持续深入学习贯彻习近平法治思想.*五是加强基层法治队伍建设，充实调解员和法律明白人力量。$/,
    );
    assert.equal(top(report, 'measures').heading, '法治政府建设工作开展情况');
  });

  test('基本情况 and 法治创建工作成效 are kept as the user’s own sub-sections of 举措和成效', () => {
    const basic = findHeading(report, '青石镇基本情况');
    assert.equal(basic.section.key, null);
    assert.equal(basic.depth, 2);
    assert.equal(basic.section.paragraphs.length, 2);
    const results = findHeading(report, '法治创建工作成效');
    assert.equal(results.section.key, null);
    assert.equal(results.depth, 2);
    assert.deepEqual(
      results.section.children.map((c) => [c.key, c.heading]),
      [
        [null, '依法行政能力稳步提升，制度建设更加完善'],
        [null, '政务公开持续深化，便民服务更加高效'],
        [null, '法治宣传深入人心，群众守法意识明显增强'],
        [null, '基层治理法治化水平提高，社会大局和谐稳定'],
      ],
    );
    const measures = top(report, 'measures');
    assert.ok(measures.children.includes(basic.section) && measures.children.includes(results.section));
  });

  test('the sub-headings of 工作开展情况 map to sub-areas by their words; run-in headings are split', () => {
    const byKey = (k: string) => top(report, 'measures').children.find((c) => c.key === k)!;
    assert.equal(byKey('study').heading, '深学笃行习近平法治思想，筑牢法治建设思想根基');
    assert.equal(byKey('functions').heading, '优化法治化营商环境，服务保障镇域经济发展');
    // 决策 comes before 执法 in the heading: the earliest word decides.
    assert.equal(byKey('decisions').heading, '健全依法决策机制，持续规范行政执法行为');
    assert.equal(byKey('disputes').heading, '坚持和发展新时代枫桥经验，化解矛盾纠纷');
    assert.equal(byKey('oversight').heading, '强化行政权力监督，推进政务公开');
    // 一是…二是… stay inside the one paragraph.
    assert.equal(byKey('study').paragraphs.length, 1);
    assert.match(
      byKey('study').paragraphs[0].text,
      /^一是坚持把学习贯彻习近平法治思想.*二是加强干部学法，.*四是结合“八五”普法规划，.*做到学用结合。$/,
    );
    // The mandated sub-areas carry their figures, empty.
    assert.deepEqual(
      byKey('oversight').stats.map((s) => [s.id, s.value]),
      [['disclosures', null]],
    );
    for (const k of ['enforcement', 'education', 'emergency', 'digital']) assert.equal(hasContent(byKey(k)), false, k);
  });

  test('mapping lists every source heading with where it went', () => {
    const brief = result.mapping.map((m) => [m.sourceHeading, m.level, m.target]);
    assert.deepEqual(brief, [
      ['一、青石镇基本情况', 1, 'custom'],
      ['二、法治政府建设工作开展情况', 1, 'measures'],
      ['(一)深学笃行习近平法治思想，筑牢法治建设思想根基', 2, 'study'],
      ['(二)优化法治化营商环境，服务保障镇域经济发展', 2, 'functions'],
      ['(三)健全依法决策机制，持续规范行政执法行为', 2, 'decisions'],
      ['(四)坚持和发展新时代枫桥经验，化解矛盾纠纷', 2, 'disputes'],
      ['(五)强化行政权力监督，推进政务公开', 2, 'oversight'],
      ['三、法治创建工作成效', 1, 'custom'],
      ['(一)依法行政能力稳步提升，制度建设更加完善', 2, 'custom'],
      ['(二)政务公开持续深化，便民服务更加高效', 2, 'custom'],
      ['(三)法治宣传深入人心，群众守法意识明显增强', 2, 'custom'],
      ['(四)基层治理法治化水平提高，社会大局和谐稳定', 2, 'custom'],
      ['四、存在的主要问题和不足', 1, 'shortfalls'],
      ['五、下一步工作计划', 1, 'plan'],
    ]);
    for (const m of result.mapping) {
      const s = [...walkSections(report.sections)].find((w) => w.section.id === m.sectionId);
      assert.ok(s, m.sourceHeading);
      assert.ok(m.sourceHeading.endsWith(s.section.heading), m.sourceHeading);
      assert.ok(m.targetLabel.length > 0);
    }
    assert.match(result.mapping[0].targetLabel, /主要举措和成效 › 自定义小节$/);
    assert.equal(result.mapping[12].targetLabel, '存在的不足和原因');
    assert.equal(result.mapping[13].targetLabel, '2025年度推进法治政府建设的主要安排');
  });

  test('no character of the source is dropped (besides heading numbers and whitespace)', () => {
    assertKeepsEverything(SAMPLE, report);
  });

  test('every sentence of the body is in the report, in order', () => {
    const src = SAMPLE.split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(1) // title
      .flatMap((l) => {
        const m = NUMBER_PREFIX.exec(l);
        if (!m) return [l];
        const rest = l.slice(m[0].length);
        const stop = rest.indexOf('。');
        return stop >= 0 && stop < rest.length - 1 ? [rest.slice(stop + 1)] : [];
      });
    assert.deepEqual(documentParagraphs(report), src);
    const sentences = src
      .join('')
      .split(/(?<=[。！？；;])/)
      .filter(Boolean);
    const doc = documentParagraphs(report).join('');
    let at = 0;
    for (const s of sentences) {
      const i = doc.indexOf(s, at);
      assert.ok(i >= at, `sentence out of place or missing: ${s}`);
      at = i + s.length;
    }
    assert.ok(sentences.length > 50, `${sentences.length} sentences`);
  });

  test('the sections with text are the ones the demo tool places by hand', () => {
    const byHand = placeSample(SAMPLE, SAMPLE_INFO, NOW);
    assert.ok(parseReport(byHand).ok);
    assert.deepEqual(contentOutline(report.sections), contentOutline(byHand.sections));
  });
});

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
// Heading forms, run-in headings, 主送机关, 落款, 成文日期
// ---------------------------------------------------------------------------------------------------------------

describe('heading forms', () => {
  test('headingOf: all four levels, full- and half-width brackets and points', () => {
    const cases: Array<[string, number, string]> = [
      ['一、基本情况', 1, '基本情况'],
      ['十二、其他', 1, '其他'],
      ['一．基本情况', 1, '基本情况'],
      ['（一）加强学习', 2, '加强学习'],
      ['(一)加强学习', 2, '加强学习'],
      ['（ 三 ） 加强学习', 2, '加强学习'],
      ['1.健全制度', 3, '健全制度'],
      ['1．健全制度', 3, '健全制度'],
      ['12、健全制度', 3, '健全制度'],
      ['（1）会前学法', 4, '会前学法'],
      ['(2)会前学法', 4, '会前学法'],
    ];
    for (const [line, style, heading] of cases) {
      const h = headingOf(line);
      assert.ok(h, line);
      assert.equal(h.style, style, line);
      assert.equal(h.heading, heading, line);
    }
    for (const line of [
      '一是坚持知行合一。',
      '2018年以来，我乡未发生行政复议案件。',
      '1.5万元用于普法阵地建设。',
      '青石镇位于松川县东南部。',
    ]) {
      assert.equal(headingOf(line), null, line);
    }
  });

  test('full-width and half-width forms give the same report', () => {
    const full = SAMPLE.replace(/^\(([一二三四五六七八九十]+)\)/gm, '（$1）');
    assert.notEqual(full, SAMPLE);
    assert.deepEqual(shape(importText(full).report), shape(importText(SAMPLE).report));
  });

  test('four levels nest; 1. and （1） headings under a sub-area stay the user’s own', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '中共禄劝县委、禄劝县人民政府：',
      FILLER + '现将有关情况报告如下：',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '(一)深入学习贯彻习近平法治思想',
      '1．健全学法制度',
      '（1）会前学法',
      '全年开展会前学法12次。',
      '(2)专题学法',
      '开展专题学法4次。',
      '2.领导干部述法',
      '年终述法9人。',
      '（二）严格规范公正文明执法',
      FILLER,
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '乡党委书记亲自部署法治建设工作。',
      '三、存在的不足和原因',
      '法治宣传的针对性不强，原因是普法队伍力量薄弱。',
      '四、2025年度推进法治政府建设的主要安排',
      '一是加强法治宣传。二是规范行政执法。',
    ].join('\n');
    const { report, warnings } = importText(text);
    assert.deepEqual(warnings, []);
    assert.equal(report.recipient, '中共禄劝县委、禄劝县人民政府：');
    assert.equal(report.county, '禄劝县');
    assert.deepEqual(
      report.sections.map((s) => s.key),
      ['measures', 'chief', 'shortfalls', 'plan', 'other'],
    );
    const study = top(report, 'measures').children.find((c) => c.key === 'study')!;
    assert.deepEqual(
      study.children.map((c) => [c.key, c.heading, c.children.map((g) => g.heading)]),
      [
        [null, '健全学法制度', ['会前学法', '专题学法']],
        [null, '领导干部述法', []],
      ],
    );
    assert.equal(top(report, 'measures').children.find((c) => c.key === 'enforcement')!.paragraphs[0].text, FILLER);
    assert.equal(findHeading(report, '专题学法').depth, 4);
    assertKeepsEverything(text, report);
  });

  test('variant B (第一责任人 first) is recognised and keeps its order', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、党政主要负责人履行推进法治建设第一责任人职责情况',
      '乡党委书记、乡长亲自部署、亲自过问法治建设工作，主持召开专题会议3次。',
      '二、2024年度推进法治政府建设的主要举措和成效',
      FILLER,
      '三、存在的不足和原因',
      '一是法治宣传方式单一。主要原因是普法力量薄弱。',
      '四、2025年度推进法治政府建设的主要安排',
      '2025年，我乡将继续深入学习贯彻习近平法治思想。',
    ].join('\n');
    const { report } = importText(text);
    assert.equal(report.order, 'B');
    assert.deepEqual(
      report.sections.map((s) => s.key),
      ['chief', 'measures', 'shortfalls', 'plan', 'other'],
    );
    assert.equal(top(report, 'plan').heading, '2025年度推进法治政府建设的主要安排');
    assertKeepsEverything(text, report);
  });

  test('a heading run in with its text becomes heading + paragraph; a one-sentence numbered item stays a paragraph', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、主要举措和成效',
      '（一）加强组织领导。乡党委把法治建设纳入全局工作统筹谋划。' + FILLER,
      '二、下一步工作打算',
      '1．进一步加强法治教育培训，增强干部法治意识，推动基层法治建设，不断维护社会和谐稳定。',
      '2．进一步完善规范性文件备案制度和监督制度。',
    ].join('\n');
    const { report } = importText(text);
    const lead = findHeading(report, '加强组织领导');
    assert.equal(lead.section.key, 'study');
    assert.equal(lead.section.paragraphs[0].text, '乡党委把法治建设纳入全局工作统筹谋划。' + FILLER);
    const plan = top(report, 'plan');
    assert.equal(plan.heading, '下一步工作打算');
    assert.deepEqual(
      plan.paragraphs.map((p) => p.text),
      [
        '1．进一步加强法治教育培训，增强干部法治意识，推动基层法治建设，不断维护社会和谐稳定。',
        '2．进一步完善规范性文件备案制度和监督制度。',
      ],
    );
    assert.equal(plan.children.length, 0);
  });

  test('a text with no numbered headings keeps everything, in 导语 and 举措和成效, with a warning', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      FILLER,
      FILLER.replace('我乡', '全乡'),
      '下一年，我乡将继续推进法治政府建设。',
    ].join('\n');
    const { report, warnings } = importText(text);
    assert.equal(report.preamble, FILLER);
    assert.equal(top(report, 'measures').paragraphs.length, 2);
    assert.ok(warnings.some((w) => w.includes('没有“一、”')));
    // The section heading is the catalogue's: the only text the import adds.
    assertKeepsEverything(text, report, '2024年度推进法治政府建设的主要举措和成效');
  });

  test('headings nested deeper than four levels are kept as paragraphs with their numbers', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、基本情况',
      FILLER,
      '（一）机构设置',
      '1．党政机构',
      '（1）综合办公室',
      '① 不是标题的行保持原样。',
      '二、工作开展情况',
      '（一）加强学习',
      '（1）第一议题学习',
      '1．学习内容',
      '全年学习12次。',
    ].join('\n');
    const result = importText(text);
    const { report } = result;
    // 基本情况 sits under 举措和成效 (depth 2), so its 1. is at depth 4 and （1） would be depth 5.
    const party = findHeading(report, '党政机构');
    assert.equal(party.depth, 4);
    assert.deepEqual(
      party.section.paragraphs.map((p) => p.text),
      ['（1）综合办公室', '① 不是标题的行保持原样。'],
    );
    const merged = result.mapping.find((m) => m.sourceHeading === '（1）综合办公室')!;
    assert.equal(merged.merged, true);
    assert.equal(merged.sectionId, party.section.id);
    assert.ok(result.warnings.some((w) => w.includes('层级')));
    // （1） directly under （一） is one level down; a 1. after it ranks above （1）, so it is its sibling.
    assert.equal(findHeading(report, '第一议题学习').depth, 3);
    assert.equal(findHeading(report, '学习内容').depth, 3);
    // 第一议题学习 has no text under it: kept as a heading in the report (not shown until written), with a warning.
    assert.equal(hasContent(findHeading(report, '第一议题学习').section), false);
    assert.ok(result.warnings.some((w) => w.includes('“（1）第一议题学习”下没有正文')));
    const src = sourceChars(text);
    const doc = documentChars(report) + '第一议题学习';
    assert.equal(missing(src, doc), '');
    // The flattened heading keeps its number: the report has exactly those characters more.
    assert.equal(sorted(missing(doc, src)), sorted('（1）'));
  });
});

describe('主送机关, 落款 and 成文日期', () => {
  const withFormalities = (tail: string[], recipient = '中共松川县委、松川县人民政府：') => {
    const lines = SAMPLE.split('\n');
    return [lines[0], recipient, ...lines.slice(1), ...tail].join('\n');
  };

  test('two signing units and an Arabic date', () => {
    const text = withFormalities(['中共青石镇委员会', '青石镇人民政府', '2025年1月15日']);
    const { report } = importText(text);
    assert.equal(report.recipient, '中共松川县委、松川县人民政府：');
    assert.deepEqual(report.signature, {
      units: ['中共青石镇委员会', '青石镇人民政府'],
      date: '2025-01-15',
      sealed: false,
    });
    assert.match(top(report, 'plan').paragraphs.at(-1)!.text, /法律明白人力量。$/);
    assertKeepsEverything(text, report);
  });

  test('a date in Chinese numerals, one unit, half-width colon', () => {
    const text = withFormalities(['青石镇人民政府', '二〇二五年一月二十一日'], '中共松川县委、松川县人民政府:');
    const { report } = importText(text);
    assert.equal(report.recipient, '中共松川县委、松川县人民政府:');
    assert.deepEqual(report.signature.units, ['青石镇人民政府']);
    assert.equal(report.signature.date, '2025-01-21');
    const src = sourceChars(text).replace('二〇二五年一月二十一日', '2025年1月21日');
    assert.equal(sorted(documentChars(report)), sorted(src));
  });

  test('two units on one line (as a sealed 落款 is laid out) and a date with a leading zero', () => {
    const { report } = importText(withFormalities(['\t中共青石镇委员会\t青石镇人民政府', '2025年01月05日']));
    assert.deepEqual(report.signature.units, ['中共青石镇委员会', '青石镇人民政府']);
    assert.equal(report.signature.date, '2025-01-05');
  });

  test('an impossible date is kept as text and reported', () => {
    const text = withFormalities(['青石镇人民政府', '2025年2月30日']);
    const { report, warnings } = importText(text);
    assert.equal(report.signature.date, '');
    assert.ok(warnings.some((w) => w.includes('2025年2月30日')));
    assertKeepsEverything(text, report);
  });

  test('附件 lines above the 落款 become the attachment list', () => {
    const text = withFormalities([
      '附件：1.青石镇2024年度法治政府建设工作台账',
      '2.青石镇法律顾问服务情况统计表',
      '青石镇人民政府',
      '2025年1月15日',
    ]);
    const { report } = importText(text);
    assert.deepEqual(report.attachments, ['青石镇2024年度法治政府建设工作台账', '青石镇法律顾问服务情况统计表']);
    assert.deepEqual(report.signature.units, ['青石镇人民政府']);
  });

  test('a title on two lines (党委、政府 联合报告): unit from the title, title kept as written', () => {
    const lines = SAMPLE.split('\n');
    const text = ['中共青石镇委员会 青石镇人民政府', '关于2024年度法治政府建设情况的报告', ...lines.slice(1)].join(
      '\n',
    );
    const { report } = importText(text);
    assert.equal(report.title, '中共青石镇委员会 青石镇人民政府\n关于2024年度法治政府建设情况的报告');
    assert.equal(report.titleAuto, false);
    assert.equal(report.unitName, '青石镇');
    assert.equal(report.year, 2024);
    assertKeepsEverything(text, report);
  });

  test('options override what is inferred', () => {
    const { report } = parseReportText(SAMPLE, { unitName: '青石白族镇', county: '松川白族自治县', year: 2024 });
    assert.equal(report.unitName, '青石白族镇');
    assert.equal(report.county, '松川白族自治县');
    assert.equal(report.titleAuto, false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What is not a report
// ---------------------------------------------------------------------------------------------------------------

describe('refusing what is not a report', () => {
  const expectImportError = async (file: string, code: string, pattern: RegExp) => {
    await assert.rejects(importFile(file), (err: unknown) => {
      assert.ok(err instanceof ImportError, String(err));
      assert.equal(err.code, code);
      assert.match(err.message, pattern);
      assert.ok(err.english.length > 0);
      return true;
    });
  };

  test('missing, empty and blank files', async () => {
    await expectImportError(path.join(dir, 'nope.txt'), 'not-found', /找不到文件/);
    await expectImportError(tmp('empty.txt', ''), 'empty', /空/);
    await expectImportError(tmp('blank.txt', '  \r\n\t\n　\n'), 'empty', /空/);
    await expectImportError(dir, 'unreadable', /文件夹/);
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
      /另存为/,
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
// Changing a mapping before the report is created
// ---------------------------------------------------------------------------------------------------------------

describe('remapSection', () => {
  const base = importText(SAMPLE);
  const idOf = (r: ImportResult, heading: string) => findHeading(r.report, heading).section.id;
  const entry = (r: ImportResult, heading: string) => r.mapping.find((m) => m.sourceHeading.endsWith(heading))!;

  test('offers every mandated section and sub-area, and custom', () => {
    const keys = remapTargets(2024).map((t) => t.key);
    assert.deepEqual(keys.slice(0, 2), ['measures', 'study']);
    assert.ok(keys.includes('shortfalls') && keys.includes('digital') && keys.at(-1) === 'custom');
  });

  test('onto an empty mandated section: the content takes its place, key and figures', () => {
    const r = remapSection(base, idOf(base, '青石镇基本情况'), 'other');
    const other = top(r.report, 'other');
    assert.equal(other.heading, '青石镇基本情况');
    assert.equal(other.paragraphs.length, 2);
    assert.ok(!top(r.report, 'measures').children.some((c) => c.heading === '青石镇基本情况'));
    assert.equal(entry(r, '青石镇基本情况').target, 'other');
    assert.equal(entry(r, '青石镇基本情况').targetLabel, '其他需要报告的情况');
    assertKeepsEverything(SAMPLE, r.report);
    assert.ok(parseReport(r.report).ok);
    // The original result is untouched.
    assert.equal(top(base.report, 'other').heading, '其他需要报告的情况');
  });

  test('a custom sub-section onto an empty sub-area', () => {
    const r = remapSection(base, idOf(base, '法治宣传深入人心，群众守法意识明显增强'), 'education');
    const edu = top(r.report, 'measures').children.find((c) => c.key === 'education')!;
    assert.equal(edu.heading, '法治宣传深入人心，群众守法意识明显增强');
    assert.deepEqual(
      edu.stats.map((s) => s.id),
      ['education-events', 'materials', 'consultations', 'legal-literate'],
    );
    assert.equal(findHeading(r.report, '法治创建工作成效').section.children.length, 3);
    assertKeepsEverything(SAMPLE, r.report);
  });

  test('onto a section that already has text: it becomes a sub-section there', () => {
    const r = remapSection(base, idOf(base, '青石镇基本情况'), 'shortfalls');
    const s = top(r.report, 'shortfalls');
    assert.equal(s.heading, '存在的主要问题和不足');
    assert.deepEqual(
      s.children.map((c) => [c.key, c.heading]),
      [[null, '青石镇基本情况']],
    );
    assert.equal(entry(r, '青石镇基本情况').target, 'custom');
    assert.match(entry(r, '青石镇基本情况').targetLabel, /^存在的不足和原因 › 自定义小节$/);
    assertKeepsEverything(SAMPLE, r.report);
  });

  test('a mapped section made custom: its mandated slot is refilled empty, nothing is lost', () => {
    const r = remapSection(base, idOf(base, '存在的主要问题和不足'), 'custom');
    assert.deepEqual(
      r.report.sections.map((s) => s.key),
      ['measures', 'chief', 'shortfalls', null, 'plan', 'other'],
    );
    assert.equal(top(r.report, 'shortfalls').heading, '存在的不足和原因');
    assert.equal(hasContent(top(r.report, 'shortfalls')), false);
    assert.equal(entry(r, '存在的主要问题和不足').target, 'custom');
    assertKeepsEverything(SAMPLE, r.report);
    // …and back again.
    const back = remapSection(r, idOf(r, '存在的主要问题和不足'), 'shortfalls');
    assert.deepEqual(
      back.report.sections.map((s) => s.key),
      ['measures', 'chief', 'shortfalls', 'plan', 'other'],
    );
    assert.equal(top(back.report, 'shortfalls').heading, '存在的主要问题和不足');
    assertKeepsEverything(SAMPLE, back.report);
  });

  test('moving 举措和成效 itself leaves its sub-areas with the mandated section', () => {
    const r = remapSection(base, idOf(base, '法治政府建设工作开展情况'), 'custom');
    const measures = top(r.report, 'measures');
    assert.equal(measures.heading, '2024年度推进法治政府建设的主要举措和成效');
    assert.deepEqual(
      measures.children.map((c) => c.key),
      ['study', 'functions', 'decisions', 'enforcement', 'oversight', 'disputes', 'education', 'emergency', 'digital'],
    );
    const moved = findHeading(r.report, '法治政府建设工作开展情况');
    assert.equal(moved.section.key, null);
    assert.deepEqual(
      moved.section.children.map((c) => c.heading),
      ['青石镇基本情况', '法治创建工作成效'],
    );
    // The refilled mandated section now shows its catalogue heading.
    assertKeepsEverything(SAMPLE, r.report, measures.heading);
    assert.ok(parseReport(r.report).ok);
  });

  test('a sub-area moved onto another sub-area with text, and unknown keys refused', () => {
    const r = remapSection(base, idOf(base, '深学笃行习近平法治思想，筑牢法治建设思想根基'), 'decisions');
    const decisions = top(r.report, 'measures').children.find((c) => c.key === 'decisions')!;
    assert.deepEqual(
      decisions.children.map((c) => [c.key, c.heading]),
      [[null, '深学笃行习近平法治思想，筑牢法治建设思想根基']],
    );
    const study = top(r.report, 'measures').children.find((c) => c.key === 'study')!;
    assert.equal(hasContent(study), false);
    assertKeepsEverything(SAMPLE, r.report);
    assert.throws(() => remapSection(base, idOf(base, '青石镇基本情况'), 'nonsense'));
    assert.throws(() => remapSection(base, 'no-such-id', 'plan'));
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
// Command line
// ---------------------------------------------------------------------------------------------------------------

describe('npm run import', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/import-cli.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  test('writes a valid report and prints the mapping', () => {
    const out = path.join(dir, 'out.json');
    const r = cli(SAMPLE_PATH, out);
    assert.equal(r.status, 0, r.stderr);
    const parsed = parseReport(JSON.parse(readFileSync(out, 'utf8')));
    assert.ok(parsed.ok);
    assert.equal(parsed.report.year, 2024);
    assert.match(r.stderr, /四、存在的主要问题和不足 → 存在的不足和原因/);
    assert.match(r.stderr, /一、青石镇基本情况 → .*主要举措和成效 › 自定义小节/);
    assert.match(r.stdout, /out\.json/);
  });

  test('fails clearly, writing nothing, for missing, empty, binary and unrelated input', () => {
    const bad: Array<[string, RegExp]> = [
      [path.join(dir, 'missing.txt'), /找不到文件[\s\S]*File not found/],
      [tmp('cli-empty.txt', ''), /空[\s\S]*empty/],
      [tmp('cli-binary.txt', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7])), /不是文本[\s\S]*binary/],
      [
        tmp('cli-unrelated.txt', '今天天气很好，我们去公园散步，看到很多人在锻炼身体。'.repeat(10)),
        /不像法治政府建设情况报告[\s\S]*does not look like/,
      ],
    ];
    for (const [input, pattern] of bad) {
      const out = path.join(dir, `never-${path.basename(input)}.json`);
      const r = cli(input, out);
      assert.equal(r.status, 1, input);
      assert.match(r.stderr, pattern);
      assert.equal(existsSync(out), false);
    }
    const usage = cli(SAMPLE_PATH);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /usage/);
  });
});
