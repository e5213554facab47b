import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presetFonts } from '../../electron/core/fonts.ts';
import { textWidthTwips } from '../../electron/core/text-width.ts';
import { demoReport, elementsReport } from '../fixtures/docx-reports.ts';
import { GB2312, WINDOWS, attr, exportParts, fontOf, paragraphs, sizeOf, textPara } from './docx-parts.ts';

test('title: 2号, centred, not bold, one paragraph per line the user broke it into; then one blank line', async () => {
  const paras = paragraphs((await exportParts(elementsReport()))['word/document.xml']);
  assert.equal(paras[0].text, '中共汤郎乡委员会 汤郎乡人民政府');
  assert.equal(paras[1].text, '关于2024年度法治政府建设情况的报告');
  for (const p of paras.slice(0, 2)) {
    assert.equal(sizeOf(p), '44');
    assert.equal(attr(p.pPr, 'jc', 'val'), 'center');
    assert.doesNotMatch(p.xml, /<w:b\/>/);
    assert.equal(fontOf(p), '宋体');
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

test('font presets: the title font and the body font come from the preset, the title falling back when missing', async () => {
  for (const options of [WINDOWS, GB2312]) {
    const paras = paragraphs((await exportParts(elementsReport(), options))['word/document.xml']);
    assert.equal(fontOf(paras[0]), presetFonts(options.fontPreset).title);
    assert.equal(fontOf(textPara(paras, '全年开展会前学法12次。')), presetFonts(options.fontPreset).body);
  }
  assert.equal(presetFonts('gb2312').title, '方正小标宋简体');
  assert.equal(presetFonts('gb2312').body, '仿宋_GB2312');
  // Stock Windows: 宋体 for the title unless this PC has 方正小标宋简体.
  const stock = ['SimSun', 'FangSong', 'KaiTi', 'SimHei'];
  const titleOf = async (installedFonts: string[]) =>
    fontOf(paragraphs((await exportParts(elementsReport(), { ...WINDOWS, installedFonts }))['word/document.xml'])[0]);
  assert.equal(await titleOf(stock), '宋体');
  assert.equal(await titleOf([...stock, '方正小标宋简体']), '方正小标宋简体');
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
