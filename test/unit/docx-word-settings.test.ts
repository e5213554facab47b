/**
 * What the export writes so Word and WPS lay the file out as the preview shows it, read back from the package:
 * the East Asian line-breaking settings, the font table, the theme language, the page number's cached value,
 * the styles, and the fifth heading level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TYPOGRAPHY } from '../../electron/core/typography.ts';
import { fontInfo } from '../../electron/core/fonts.ts';
import type { Section } from '../../electron/core/report-model.ts';
import { demoReport, elementsReport } from '../fixtures/docx-reports.ts';
import { GB2312, WINDOWS, attr, exportParts, paragraphs } from './docx-parts.ts';

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('settings: no compression, the 禁则 lists of assets/typography.json for zh-CN, zh-CN theme language, in schema order', async () => {
  const settings = (await exportParts(demoReport()))['word/settings.xml'];
  const after = /<w:noLineBreaksAfter w:lang="zh-CN" w:val="([^"]*)"\/>/.exec(settings);
  const before = /<w:noLineBreaksBefore w:lang="zh-CN" w:val="([^"]*)"\/>/.exec(settings);
  assert.ok(after && before, settings);
  assert.equal(unescape(after[1]), TYPOGRAPHY.noLineEnd, 'may not end a line');
  assert.equal(unescape(before[1]), TYPOGRAPHY.noLineStart, 'may not start a line');
  assert.match(settings, /<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"\/>/);
  const order = [
    'evenAndOddHeaders',
    'characterSpacingControl',
    'noLineBreaksAfter',
    'noLineBreaksBefore',
    'compat',
    'themeFontLang',
  ];
  const at = order.map((n) => settings.indexOf(`<w:${n}`));
  assert.ok(
    at.every((i) => i >= 0),
    `${order.join(',')}: ${at.join(',')}`,
  );
  assert.deepEqual(
    [...at].sort((a, b) => a - b),
    at,
    'schema order',
  );
});

test('every paragraph: kinsoku on, autoSpaceDE and autoSpaceDN off, punctuation not hung', async () => {
  const parts = await exportParts(elementsReport());
  for (const name of ['word/document.xml', 'word/footer1.xml', 'word/footer2.xml']) {
    for (const p of paragraphs(parts[name])) {
      assert.match(p.pPr, /<w:kinsoku w:val="1"\/>/, `${name}: ${p.text}`);
      assert.match(p.pPr, /<w:overflowPunct w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
    }
  }
});

test('font table: every font the runs name, with altName, panose, charset, family and pitch', async () => {
  for (const options of [WINDOWS, GB2312, { ...WINDOWS, fontPreset: 'uos' as const }]) {
    const parts = await exportParts(elementsReport(), options);
    const named = new Set(
      Object.entries(parts)
        .filter(([n]) => /^word\/(document|footer\d+)\.xml$/.test(n))
        .flatMap(([, xml]) => [...xml.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1])),
    );
    const table = parts['word/fontTable.xml'];
    const entries = [...table.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)];
    assert.deepEqual(new Set(entries.map((e) => e[1])), named, `${options.fontPreset}: one entry per named font`);
    for (const [, name, body] of entries) {
      const info = fontInfo(name)!;
      assert.equal(attr(body, 'altName', 'val'), info.altName, name);
      assert.match(attr(body, 'panose1', 'val') ?? '', /^[0-9A-F]{20}$/, name);
      assert.equal(attr(body, 'charset', 'val'), '86', `${name}: GB2312 charset`);
      assert.ok(attr(body, 'family', 'val'), name);
      assert.ok(attr(body, 'pitch', 'val'), name);
    }
  }
  const gb = (await exportParts(elementsReport(), GB2312))['word/fontTable.xml'];
  assert.match(
    gb,
    /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/,
    'a PC without 仿宋_GB2312 substitutes 仿宋',
  );
});

test('page number: a cached value in the field (1 on the odd-page footer, 2 on the even)', async () => {
  const parts = await exportParts(demoReport());
  const doc = parts['word/document.xml'];
  const rels = parts['word/_rels/document.xml.rels'];
  const target = (type: string) => {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)![1];
    return (
      'word/' +
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)
    );
  };
  for (const [type, value] of [
    ['default', '1'],
    ['even', '2'],
  ] as const) {
    const xml = parts[target(type)];
    const field = /<w:fldChar w:fldCharType="separate"\/><\/w:r>([\s\S]*?)<w:fldChar w:fldCharType="end"\/>/.exec(xml);
    assert.ok(field, `${type} footer has a PAGE field`);
    assert.match(field[1], new RegExp(`<w:t>${value}</w:t>`), `${type} footer caches ${value}`);
  }
});

test('styles: only the default styles and those the parts use; no blue Heading 1–6', async () => {
  const parts = await exportParts(elementsReport());
  const styles = parts['word/styles.xml'];
  const used =
    Object.values(parts)
      .join('')
      .match(/<w:[pr]Style w:val="[^"]+"/g) ?? [];
  const ids = [...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]);
  for (const id of ids) {
    const isDefault = new RegExp(`w:styleId="${id}" w:default="(1|true)"`).test(styles);
    assert.ok(isDefault || used.some((u) => u.endsWith(`"${id}"`)), `${id} is a default style or used`);
  }
  assert.ok(ids.includes('Normal'));
  assert.doesNotMatch(styles, /Heading\d|2E74B5|w:styleId="Title"/);
});

test('a fifth heading level: numbered ①, outline level 4 (level 4 is 3), set like level 4', async () => {
  const r = elementsReport();
  const deepest = (s: Section): Section => (s.children.length ? deepest(s.children[0]) : s);
  const four = deepest(r.sections[0]);
  four.children = [
    {
      id: 'l5',
      key: null,
      heading: '村级学法',
      paragraphs: [{ id: 'l5-p', text: '各村开展学法活动。' }],
      stats: [],
      children: [],
    },
  ];
  const paras = paragraphs((await exportParts(r))['word/document.xml']);
  const l4 = paras.find((p) => p.text === '（1）会前学法')!;
  const l5 = paras.find((p) => p.text === '①村级学法');
  assert.ok(l5, paras.map((p) => p.text).join('|'));
  assert.equal(attr(l4.pPr, 'outlineLvl', 'val'), '3');
  assert.equal(attr(l5.pPr, 'outlineLvl', 'val'), '4');
  assert.equal(attr(l5.runs[0].rPr, 'rFonts', 'eastAsia'), attr(l4.runs[0].rPr, 'rFonts', 'eastAsia'));
});
