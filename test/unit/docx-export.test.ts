import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCliBundle } from './cli-bundle.ts';
import {
  addCharacterSpacingControl,
  disableHangingPunctuation,
  EAST_ASIAN_PPR,
} from '../../electron/services/docx-package.ts';
import { demoReport, elementsReport, longReport } from '../fixtures/docx-reports.ts';
import { attr, exportParts, paragraphs } from './docx-parts.ts';

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// ---------------------------------------------------------------------------------------------------------------
// Page and package
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
    assert.ok(p.pPr.includes(`<w:widowControl w:val="false"/>${EAST_ASIAN_PPR}<w:spacing `), 'in schema order');
  }
  // Every w:spacing with a line attribute anywhere in the body says 579 exact.
  const lineSpacings = [...doc.matchAll(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g)].map((m) => m[0]);
  assert.equal(lineSpacings.length, paras.length);
  for (const s of lineSpacings) assert.match(s, /w:line="579" w:lineRule="exact"/);
  // The document defaults say the same.
  assert.match(
    parts['word/styles.xml'],
    /<w:pPrDefault><w:pPr><w:kinsoku w:val="1"\/><w:wordWrap w:val="1"\/><w:overflowPunct w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/,
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
    `<w:p><w:pPr><w:keepNext/>${EAST_ASIAN_PPR}<w:jc w:val="both"/></w:pPr></w:p><w:p><w:pPr>${EAST_ASIAN_PPR}</w:pPr></w:p>`,
  );
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

function cli(args: string[]) {
  return runCliBundle('docx', args);
}

test('CLI: writes the file, prints one line and the review; errors go to stderr with a non-zero exit and write nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-cli-'));
  try {
    const out = path.join(dir, 'out.docx');
    const ok = cli(['assets/demo-report.json', out, '--preset', 'gb2312', '--bold']);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout.trim().split('\n').length, 1);
    // What the app's review before export lists goes to stderr; the file is written all the same.
    assert.match(ok.stderr, /^导出前请核对 \/ review before sending:\n/);
    assert.match(ok.stderr, /incomplete mandatory item: 党政主要负责人履行第一责任人职责/);
    assert.match(ok.stderr, /finding \(warning\): 一、（二）：这一分项只有表述/);
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
    assert.match(invalid.stderr, /报告内容不符合格式.*not valid.*年度/);

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
