import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
  buildDocx,
  addCharacterSpacingControl,
  disableHangingPunctuation,
  type ExportOptions,
} from '../../electron/services/docx-export.ts';
import { BODY_ADVANCE_TWIPS, SIGNATURE, TEXT_BLOCK } from '../../electron/core/layout.ts';
import { textWidthTwips } from '../../electron/core/text-width.ts';
import { unsealedSignatureLayout } from '../../electron/core/signature-layout.ts';
import { FONT_PRESETS } from '../../electron/core/fonts.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { demoReport, elementsReport, longReport } from '../fixtures/docx-reports.ts';

const WINDOWS: ExportOptions = { fontPreset: 'windows', boldHeadings: false };
const GB2312: ExportOptions = { fontPreset: 'gb2312', boldHeadings: false };

// ---------------------------------------------------------------------------------------------------------------
// Reading the package
// ---------------------------------------------------------------------------------------------------------------

type Parts = Record<string, string>;

async function exportParts(report: Report, options: ExportOptions = WINDOWS): Promise<Parts> {
  const files = unzipSync(await buildDocx(report, options));
  const out: Parts = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  return out;
}

interface Para {
  xml: string;
  pPr: string;
  text: string;
  runs: { rPr: string; text: string }[];
}

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1];
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs = [...inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1])?.[1] ?? '',
      text: [...r[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    return { xml: inner, pPr, text: runs.map((r) => r.text).join(''), runs };
  });
}

/** Attribute value of the first `<w:name …>` in a fragment. */
function attr(fragment: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<w:${element}\\b([^>]*)/?>`).exec(fragment)?.[1];
  if (el === undefined) return undefined;
  return new RegExp(`\\bw:${name}="([^"]*)"`).exec(el)?.[1];
}

function textPara(paras: Para[], text: string | RegExp): Para {
  const p = paras.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  assert.ok(p, `no paragraph ${String(text)}`);
  return p;
}

function fontOf(p: Para): string | undefined {
  return attr(p.runs[0]?.rPr ?? '', 'rFonts', 'eastAsia');
}

function sizeOf(p: Para): string | undefined {
  return attr(p.runs[0]?.rPr ?? '', 'sz', 'val');
}

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// ---------------------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------------------

test('page: A4, GB/T 9704 margins, footer distance, no character grid', async () => {
  const doc = (await exportParts(demoReport()))['word/document.xml'];
  const sect = /<w:sectPr>([\s\S]*?)<\/w:sectPr>/.exec(doc)![1];
  assert.equal(attr(sect, 'pgSz', 'w'), '11906');
  assert.equal(attr(sect, 'pgSz', 'h'), '16838');
  assert.equal(attr(sect, 'pgMar', 'top'), '2098');
  assert.equal(attr(sect, 'pgMar', 'bottom'), '1984');
  assert.equal(attr(sect, 'pgMar', 'left'), '1588');
  assert.equal(attr(sect, 'pgMar', 'right'), '1474');
  assert.equal(attr(sect, 'pgMar', 'footer'), '1446');
  assert.equal(attr(sect, 'docGrid', 'type'), 'default');
  assert.equal(attr(sect, 'docGrid', 'linePitch'), '579');
  assert.doesNotMatch(sect, /w:charSpace/);
});

test('every paragraph has exact 579-twip lines, nothing before or after, no widow control, no hanging punctuation', async () => {
  const parts = await exportParts(longReport(3));
  const doc = parts['word/document.xml'];
  const paras = paragraphs(doc);
  assert.ok(paras.length > 60, `${paras.length} paragraphs`);
  for (const p of paras) {
    assert.equal(attr(p.pPr, 'spacing', 'line'), '579', p.text);
    assert.equal(attr(p.pPr, 'spacing', 'lineRule'), 'exact', p.text);
    assert.equal(attr(p.pPr, 'spacing', 'before'), '0');
    assert.equal(attr(p.pPr, 'spacing', 'after'), '0');
    assert.match(p.pPr, /<w:widowControl w:val="(false|0)"\/>/);
    assert.match(p.pPr, /<w:overflowPunct w:val="0"\/><w:spacing /, 'overflowPunct in schema order, before spacing');
  }
  // Every w:spacing with a line attribute anywhere in the body says 579 exact.
  const lineSpacings = [...doc.matchAll(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g)].map((m) => m[0]);
  assert.equal(lineSpacings.length, paras.length);
  for (const s of lineSpacings) assert.match(s, /w:line="579" w:lineRule="exact"/);
  // The document defaults say the same.
  assert.match(
    parts['word/styles.xml'],
    /<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"\/><w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/,
  );
});

test('runs: all four font slots with the eastAsia hint, -5 character spacing, East Asian language only', async () => {
  const parts = await exportParts(elementsReport());
  const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts['word/styles.xml'])![0];
  for (const [name, xml] of [
    ['word/document.xml', parts['word/document.xml']],
    ['word/footer1.xml', parts['word/footer1.xml']],
    ['word/footer2.xml', parts['word/footer2.xml']],
    ['docDefaults', docDefaults],
  ]) {
    const fonts = [...xml.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    assert.ok(fonts.length > 0, name);
    for (const f of fonts) {
      const a = attr(f, 'rFonts', 'ascii');
      assert.ok(a, f);
      for (const slot of ['hAnsi', 'eastAsia', 'cs']) assert.equal(attr(f, 'rFonts', slot), a, `${slot} in ${f}`);
      assert.equal(attr(f, 'rFonts', 'hint'), 'eastAsia');
    }
    const rPrs = [...xml.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map((m) => m[1]);
    for (const r of rPrs) {
      assert.match(r, /<w:spacing w:val="-5"\/>/);
      assert.match(r, /<w:lang w:eastAsia="zh-CN"\/>/);
      assert.doesNotMatch(r, /<w:lang [^>]*w:val=/, 'no Latin language: it makes LibreOffice break inside numbers');
    }
  }
});

test('settings: even/odd footers, no punctuation compression, in OOXML order', async () => {
  const settings = (await exportParts(demoReport()))['word/settings.xml'];
  assert.match(settings, /<w:evenAndOddHeaders\/>/);
  assert.match(settings, /<w:characterSpacingControl w:val="doNotCompress"\/>/);
  const order = ['defaultTabStop', 'evenAndOddHeaders', 'characterSpacingControl', 'compat'].map((n) =>
    settings.indexOf(`<w:${n}`),
  );
  assert.ok(
    order.every((i) => i >= 0),
    'all present',
  );
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
  );
});

test('characterSpacingControl and overflowPunct are placed in schema order whatever the settings hold', () => {
  const wrap = (inner: string) => `<w:settings xmlns:w="x">${inner}</w:settings>`;
  assert.equal(
    addCharacterSpacingControl(wrap('<w:zoom/>')),
    wrap('<w:zoom/><w:characterSpacingControl w:val="doNotCompress"/>'),
  );
  assert.equal(
    addCharacterSpacingControl(wrap('<w:evenAndOddHeaders/><w:footnotePr/><w:compat/>')),
    wrap('<w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr/><w:compat/>'),
  );
  assert.equal(
    addCharacterSpacingControl(wrap('<w:characterSpacingControl w:val="compressPunctuation"/><w:compat/>')),
    wrap('<w:characterSpacingControl w:val="doNotCompress"/><w:compat/>'),
  );
  assert.equal(
    disableHangingPunctuation('<w:p><w:pPr><w:keepNext/><w:jc w:val="both"/></w:pPr></w:p><w:p><w:pPr></w:pPr></w:p>'),
    '<w:p><w:pPr><w:keepNext/><w:overflowPunct w:val="0"/><w:jc w:val="both"/></w:pPr></w:p><w:p><w:pPr><w:overflowPunct w:val="0"/></w:pPr></w:p>',
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Elements
// ---------------------------------------------------------------------------------------------------------------

test('title: 2号, centred, not bold, one paragraph per line the user broke it into; then one blank line', async () => {
  const paras = paragraphs((await exportParts(elementsReport()))['word/document.xml']);
  assert.equal(paras[0].text, '中共汤郎乡委员会 汤郎乡人民政府');
  assert.equal(paras[1].text, '关于2024年度法治政府建设情况的报告');
  for (const p of paras.slice(0, 2)) {
    assert.equal(sizeOf(p), '44');
    assert.equal(attr(p.pPr, 'jc', 'val'), 'center');
    assert.doesNotMatch(p.xml, /<w:b\/>/);
    assert.equal(fontOf(p), '华文中宋');
    assert.match(p.pPr, /<w:keepNext\/>/);
  }
  assert.equal(paras[2].text, '', 'one blank line under the title');
  assert.equal(paras[3].text, '中共禄劝县委、禄劝县人民政府：', '主送机关 with one full-width colon');
  assert.equal(attr(paras[3].pPr, 'ind', 'firstLine'), undefined, '主送机关 flush left');
});

test('body: 3号 仿宋, justified, first line indented 640 twips and 200 hundredths of a character', async () => {
  const paras = paragraphs((await exportParts(demoReport()))['word/document.xml']);
  const body = paras.filter(
    (p) => p.text.startsWith('汤郎乡位于') || p.text.startsWith('现将') || p.text.startsWith('汤郎乡在县委'),
  );
  assert.ok(body.length >= 2, 'body paragraphs found');
  for (const p of body) {
    assert.equal(sizeOf(p), '32');
    assert.equal(fontOf(p), '仿宋');
    assert.equal(attr(p.pPr, 'jc', 'val'), 'both');
    assert.equal(attr(p.pPr, 'ind', 'firstLine'), '640');
    assert.equal(attr(p.pPr, 'ind', 'firstLineChars'), '200');
  }
});

test('headings: 黑体 / 楷体 / 仿宋 / 仿宋 by level, numbered, indented, kept with the next paragraph; bold only when asked, levels 2–3', async () => {
  for (const [options, fonts] of [
    [WINDOWS, ['黑体', '楷体', '仿宋', '仿宋']],
    [GB2312, ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']],
  ] as const) {
    for (const bold of [false, true]) {
      const paras = paragraphs(
        (await exportParts(elementsReport(), { ...options, boldHeadings: bold }))['word/document.xml'],
      );
      const h = [
        textPara(paras, '一、主要举措和成效'),
        textPara(paras, '（一）加强组织领导'),
        textPara(paras, '1.健全制度'),
        textPara(paras, '（1）会前学法'),
      ];
      h.forEach((p, i) => {
        assert.equal(fontOf(p), fonts[i], `level ${i + 1}`);
        assert.equal(sizeOf(p), '32');
        assert.match(p.pPr, /<w:keepNext\/>/);
        assert.equal(attr(p.pPr, 'ind', 'firstLine'), '640');
        assert.equal(attr(p.pPr, 'outlineLvl', 'val'), String(i));
        const isBold = /<w:b\/>/.test(p.runs[0].rPr);
        assert.equal(isBold, bold && (i === 1 || i === 2), `bold at level ${i + 1} with boldHeadings=${bold}`);
      });
      const body = textPara(paras, '全年开展会前学法12次。');
      assert.doesNotMatch(body.xml, /<w:b\/>/);
    }
  }
});

test('font presets: the title font and the body font come from the preset', async () => {
  for (const options of [WINDOWS, GB2312]) {
    const paras = paragraphs((await exportParts(elementsReport(), options))['word/document.xml']);
    assert.equal(fontOf(paras[0]), FONT_PRESETS[options.fontPreset].word.title);
    assert.equal(fontOf(textPara(paras, '全年开展会前学法12次。')), FONT_PRESETS[options.fontPreset].word.body);
  }
  assert.equal(FONT_PRESETS.gb2312.word.title, '方正小标宋简体');
  assert.equal(FONT_PRESETS.gb2312.word.body, '仿宋_GB2312');
});

test('附件说明: one blank line under the body, "附件：1.…" indented two characters, later items aligned with the first name', async () => {
  const paras = paragraphs((await exportParts(elementsReport()))['word/document.xml']);
  const i = paras.findIndex((p) => p.text.startsWith('附件：'));
  assert.ok(i > 0, '附件 paragraph found');
  assert.equal(paras[i - 1].text, '');
  const first = paras[i];
  const second = paras[i + 1];
  assert.equal(first.text, '附件：1.汤郎乡2024年度法治政府建设工作台账');
  assert.equal(second.text, '2.汤郎乡法律顾问服务情况统计表');
  const label = textWidthTwips('附件：');
  const num = textWidthTwips('1.');
  // First line starts two characters in; wrapped lines and the next item's name line up with the first name.
  assert.equal(Number(attr(first.pPr, 'ind', 'left')) - Number(attr(first.pPr, 'ind', 'hanging')), 640);
  assert.equal(Number(attr(first.pPr, 'ind', 'left')), Math.round(640 + label + num));
  assert.equal(Number(attr(second.pPr, 'ind', 'left')), Number(attr(first.pPr, 'ind', 'left')));
  assert.equal(Number(attr(second.pPr, 'ind', 'hanging')), Math.round(num));
});

test('unsealed signature (7.3.5.2): one blank line, unit right-indented 2 characters, date starting 2 characters right of the unit', async () => {
  const r = elementsReport(false);
  r.signature.units = ['禄劝彝族苗族自治县汤郎乡人民政府'];
  const paras = paragraphs((await exportParts(r))['word/document.xml']);
  const u = paras.length - 2;
  const [blank, unit, date] = paras.slice(u - 1);
  assert.equal(blank.text, '');
  assert.match(blank.pPr, /<w:keepNext\/>/);
  assert.equal(paras[u - 2].text, '2.汤郎乡法律顾问服务情况统计表', 'only one blank line above');
  assert.equal(unit.text, '禄劝彝族苗族自治县汤郎乡人民政府');
  assert.equal(date.text, '2025年1月15日');
  assert.match(unit.pPr, /<w:keepNext\/>/);
  const unitLeft = Number(attr(unit.pPr, 'ind', 'left'));
  const dateLeft = Number(attr(date.pPr, 'ind', 'left'));
  // Unit ends two characters from the right edge; 16 Chinese characters at 315 twips each.
  assert.equal(TEXT_BLOCK.widthTwips - unitLeft - 16 * BODY_ADVANCE_TWIPS, 640);
  assert.equal(dateLeft - unitLeft, 2 * BODY_ADVANCE_TWIPS);
  for (const p of [unit, date]) assert.equal(attr(p.pPr, 'jc', 'val'), 'left');
});

test('unsealed signature: a date longer than the unit keeps two characters of right space and moves the units left', () => {
  const date = '2025年12月15日';
  const { unitLeft, dateLeft } = unsealedSignatureLayout(['中共汤郎乡委员会', '汤郎乡人民政府'], date);
  assert.equal(dateLeft - unitLeft, 2 * BODY_ADVANCE_TWIPS);
  const dateRight = TEXT_BLOCK.widthTwips - dateLeft - textWidthTwips(date);
  assert.ok(Math.abs(dateRight - SIGNATURE.unsealedDateMinRightChars * 320) <= 1, `date right space ${dateRight}`);
  const unitRight = TEXT_BLOCK.widthTwips - unitLeft - 8 * BODY_ADVANCE_TWIPS;
  assert.ok(unitRight > 640, 'unit moved left of the two-character position');
});

test('unsealed signature with two units: both stand at the same starting position, the date two characters to the right', async () => {
  const paras = paragraphs((await exportParts(longReport(1)))['word/document.xml']);
  const [u1, u2, date] = paras.slice(-3);
  assert.equal(u1.text, '中共汤郎乡委员会');
  assert.equal(u2.text, '汤郎乡人民政府');
  assert.equal(attr(u1.pPr, 'ind', 'left'), attr(u2.pPr, 'ind', 'left'));
  assert.equal(Number(attr(date.pPr, 'ind', 'left')) - Number(attr(u1.pPr, 'ind', 'left')), 630);
  assert.match(u1.pPr, /<w:keepNext\/>/);
  assert.match(u2.pPr, /<w:keepNext\/>/);
});

test('sealed signature (7.3.5.1): date right-indented 4 characters, unit centred over the date, two blank lines for the seal', async () => {
  const paras = paragraphs((await exportParts(elementsReport(true)))['word/document.xml']);
  const [b1, b2, unit, date] = paras.slice(-4);
  assert.deepEqual([b1.text, b2.text], ['', '']);
  for (const b of [b1, b2]) assert.match(b.pPr, /<w:keepNext\/>/);
  assert.equal(date.text, '2025年1月15日');
  assert.equal(attr(date.pPr, 'jc', 'val'), 'right');
  assert.equal(attr(date.pPr, 'ind', 'right'), '1280');
  assert.equal(unit.text, '汤郎乡人民政府');
  assert.equal(attr(unit.pPr, 'jc', 'val'), 'right');
  const unitRight = Number(attr(unit.pPr, 'ind', 'right'));
  const centreOfDate = 1280 + textWidthTwips('2025年1月15日') / 2;
  const centreOfUnit = unitRight + (7 * BODY_ADVANCE_TWIPS) / 2;
  assert.ok(Math.abs(centreOfDate - centreOfUnit) <= 1, `unit centre ${centreOfUnit} vs date centre ${centreOfDate}`);
});

test('sealed signature with two units: side by side on one line, the second centred over the date', async () => {
  const r = elementsReport(true);
  r.signature.units = ['中共汤郎乡委员会', '汤郎乡人民政府'];
  const paras = paragraphs((await exportParts(r))['word/document.xml']);
  const [pair, date] = paras.slice(-2);
  assert.equal(pair.text, '中共汤郎乡委员会汤郎乡人民政府');
  assert.equal((pair.xml.match(/<w:tab\/>/g) ?? []).length, 2);
  const tabs = [...pair.pPr.matchAll(/<w:tab w:val="center" w:pos="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.equal(tabs.length, 2);
  const dateCentre = TEXT_BLOCK.widthTwips - 1280 - textWidthTwips('2025年1月15日') / 2;
  assert.ok(Math.abs(tabs[1] - dateCentre) <= 1, `second unit centre ${tabs[1]} vs date centre ${dateCentre}`);
  assert.ok(tabs[0] < tabs[1], 'first unit left of the second');
  assert.equal(attr(date.pPr, 'ind', 'right'), '1280');
});

test('a line break inside a paragraph field makes two paragraphs', async () => {
  const r = elementsReport();
  r.sections[1].paragraphs[0].text = '第一段文字。\n\n第二段文字。';
  const paras = paragraphs((await exportParts(r))['word/document.xml']);
  const a = paras.findIndex((p) => p.text === '第一段文字。');
  assert.ok(a > 0, 'first paragraph found');
  assert.equal(paras[a + 1].text, '第二段文字。');
  assert.equal(attr(paras[a + 1].pPr, 'ind', 'firstLine'), '640');
  assert.ok(!paras.some((p) => p.text.includes('\n')), 'no line break inside a paragraph');
});

test('footers: odd right with one 4号 character of space, even left; "— PAGE —" in 4号 宋体', async () => {
  const parts = await exportParts(demoReport());
  const doc = parts['word/document.xml'];
  const rels = parts['word/_rels/document.xml.rels'];
  const target = (type: string) => {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)?.[1];
    assert.ok(id, `${type} footer referenced`);
    return 'word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  };
  const check = (name: string, jc: string, side: 'left' | 'right') => {
    const xml = parts[name];
    const [p] = paragraphs(xml);
    assert.equal(attr(p.pPr, 'jc', 'val'), jc);
    assert.equal(attr(p.pPr, 'ind', side), '280');
    assert.match(
      p.xml,
      /<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/,
    );
    for (const r of p.runs) {
      assert.equal(attr(r.rPr, 'sz', 'val'), '28');
      assert.equal(attr(r.rPr, 'rFonts', 'eastAsia'), '宋体');
    }
    // The footer line stays lower than bottom margin − footer distance, or the text block loses a line.
    assert.equal(attr(p.pPr, 'spacing', 'lineRule'), 'exact');
    assert.ok(Number(attr(p.pPr, 'spacing', 'line')) <= 1984 - 1446, 'footer line fits under the text block');
  };
  check(target('default'), 'right', 'right');
  check(target('even'), 'left', 'left');
});

test('no control characters anywhere in the package, whatever the report text holds', async () => {
  const r = elementsReport();
  const nasty = 'A\u0001B\u0008C\u000BD\u000CE\u001FF\uFFFEG\uFFFFH\uD800I\uDC00J\tK';
  r.title = `汤郎乡${nasty}报告`;
  r.unitName = `汤郎乡${nasty}`;
  r.recipient = `县委${nasty}`;
  r.preamble = `导语${nasty}`;
  r.sections[0].heading = `标题${nasty}`;
  r.sections[1].paragraphs[0].text = `正文${nasty}😀`;
  r.attachments = [`附件${nasty}`];
  r.signature.units = [`单位${nasty}`];
  const parts = await exportParts(r);
  for (const [name, xml] of Object.entries(parts)) {
    assert.doesNotMatch(xml, FORBIDDEN, name);
    assert.doesNotMatch(xml, /&#x?[0-9a-f]+;/i, `${name}: no escaped control characters`);
  }
  const doc = parts['word/document.xml'];
  assert.match(
    doc,
    /正文ABCDEFGHIJ K😀/,
    'text around the removed characters survives, a tab becomes a space, pairs are kept',
  );
  assert.match(parts['docProps/core.xml'], /<dc:title>汤郎乡ABCDEFGHIJ K报告<\/dc:title>/);
});

test('export is deterministic in content and quick for the demo', async () => {
  const a = await exportParts(demoReport());
  const b = await exportParts(demoReport());
  assert.equal(a['word/document.xml'], b['word/document.xml']);
  assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
});

// ---------------------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------------------

const CLI = path.resolve('electron/cli/docx-cli.ts');

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
}

test('CLI: writes the file and prints one line; errors go to stderr with a non-zero exit and write nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-cli-'));
  try {
    const out = path.join(dir, 'out.docx');
    const ok = cli(['assets/demo-report.json', out, '--preset', 'gb2312', '--bold']);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout.trim().split('\n').length, 1);
    assert.equal(ok.stderr, '');
    const files = unzipSync(readFileSync(out));
    assert.match(strFromU8(files['word/document.xml']), /方正小标宋简体/);

    const missing = cli([path.join(dir, 'nope.json'), path.join(dir, 'a.docx')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /找不到报告文件.*not found/);

    const badJson = path.join(dir, 'bad.json');
    writeFileSync(badJson, '{"schemaVersion": 1,');
    const bad = cli([badJson, path.join(dir, 'b.docx')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /不是有效的 JSON.*not valid JSON/);

    const invalidPath = path.join(dir, 'invalid.json');
    writeFileSync(invalidPath, JSON.stringify({ ...demoReport(), year: '二〇二四' }));
    const invalid = cli([invalidPath, path.join(dir, 'c.docx')]);
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /报告内容不符合格式.*not valid.*year/);

    const usage = cli(['assets/demo-report.json']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /usage/);
    const preset = cli(['assets/demo-report.json', path.join(dir, 'd.docx'), '--preset', 'mac']);
    assert.equal(preset.status, 2);

    const noDir = cli(['assets/demo-report.json', path.join(dir, 'missing-dir', 'e.docx')]);
    assert.equal(noDir.status, 1);
    assert.match(noDir.stderr, /无法写入/);

    for (const f of ['a.docx', 'b.docx', 'c.docx', 'd.docx']) assert.equal(existsSync(path.join(dir, f)), false, f);
    for (const r of [missing, bad, invalid, usage, preset, noDir]) assert.equal(r.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
