import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReport } from '../../electron/core/catalogue.ts';
import { carryForward } from '../../electron/core/carry-forward.ts';
import { applyYearMentions, yearMentions } from '../../electron/core/year-mentions.ts';
import { walkSections, type Report } from '../../electron/core/report-model.ts';

const NOW = new Date('2026-01-05T08:00:00.000Z');

/** A 2024 report of 青石镇 with years in every kind of place, carried forward to 2025. */
function carried(): Report {
  const r = createReport({ unitName: '青石镇', county: '云岭县', year: 2024 });
  r.preamble = '2024年，青石镇坚持依法行政。现将有关情况报告如下：';
  const section = (key: string) => [...walkSections(r.sections)].find((w) => w.section.key === key)!.section;
  section('study').paragraphs = [
    { id: 'a', text: '2024年，青石镇学习《云岭县2024年普法工作要点》，执行云政发〔2024〕12号文件。' },
    { id: 'b', text: '2021年以来未发生行政赔偿案件；2024年以来新建调解室3个；二〇二四年度述法1次。' },
    { id: 'c', text: '对照2021—2025年规划，2025年1月前完成评估。' },
  ];
  section('plan').paragraphs = [{ id: 'd', text: '2025年，青石镇将继续推进2024年启动的工作。' }];
  return carryForward(r, NOW);
}

const paragraphText = (r: Report, n: number) =>
  [...walkSections(r.sections)].flatMap((w) => w.section.paragraphs)[n].text;

describe('yearMentions (年份更新 after 新建下一年度报告)', () => {
  test('plain years in the text are proposed; titles, document numbers, spans and 以来 are not', () => {
    const r = carried();
    const list = yearMentions(r).map((m) => `${m.year}→${m.to} ${m.proposed ? '✓' : '·'} ${m.before.slice(-4)}|`);
    assert.deepEqual(list, [
      '2024→2025 ✓ |',
      '2024→2025 ✓ |',
      '2024→2025 · 《云岭县|',
      '2024→2025 · 云政发〔|',
      '2024→2025 · 偿案件；|',
      '二〇二四→二〇二五 ✓ 室3个；|',
      '2025→2026 · 021—|',
      '2025→2026 · 年规划，|',
      '2025→2026 ✓ |',
      '2024→2025 ✓ 继续推进|',
    ]);
  });

  test('each mention says why it is left alone, and shows its context', () => {
    const [, , inTitle, docNo, since] = yearMentions(carried());
    assert.match(inTitle.reason, /书名号/);
    assert.match(docNo.reason, /文号/);
    assert.match(since.reason, /以来/);
    assert.equal(
      inTitle.before + inTitle.year + inTitle.after,
      '2024年，青石镇学习《云岭县2024年普法工作要点》，执行云政发〔2',
    );
  });

  test('applying the proposed ones changes only those; the title and headings were already moved', () => {
    const r = carried();
    assert.equal(r.title, '青石镇2025年度法治政府建设工作情况报告');
    const mentions = yearMentions(r);
    assert.equal(
      applyYearMentions(
        r,
        mentions.filter((m) => m.proposed),
      ),
      5,
    );
    assert.equal(r.preamble, '2025年，青石镇坚持依法行政。现将有关情况报告如下：');
    assert.equal(paragraphText(r, 0), '2025年，青石镇学习《云岭县2024年普法工作要点》，执行云政发〔2024〕12号文件。');
    assert.equal(paragraphText(r, 1), '2021年以来未发生行政赔偿案件；2024年以来新建调解室3个；二〇二五年度述法1次。');
    assert.equal(paragraphText(r, 2), '对照2021—2025年规划，2025年1月前完成评估。');
    assert.equal(paragraphText(r, 3), '2026年，青石镇将继续推进2025年启动的工作。');
    // Changed paragraphs are no longer 沿用上年; untouched ones still are.
    const paras = [...walkSections(r.sections)].flatMap((w) => w.section.paragraphs);
    assert.deepEqual(
      paras.map((p) => !!p.inherited),
      [false, false, true, false],
    );
    assert.equal(r.titleAuto, true);
  });
});
