import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import demoData from '../../assets/demo-report.json' with { type: 'json' };
import { carryForward, promiseItems, shiftYears } from '../../electron/core/carry-forward.ts';
import { createReport } from '../../electron/core/catalogue.ts';
import { parseReport, walkSections, type Report } from '../../electron/core/report-model.ts';
import { parseReportText } from '../../electron/core/import/index.ts';

const NOW = new Date('2026-01-05T08:00:00.000Z');

function demo(): Report {
  const parsed = parseReport(structuredClone(demoData));
  assert.ok(parsed.ok);
  return parsed.report;
}

function paragraphsOf(r: Report) {
  return [...walkSections(r.sections)].flatMap((w) => w.section.paragraphs);
}

function statsOf(r: Report) {
  return [...walkSections(r.sections)].flatMap((w) => w.section.stats);
}

describe('carryForward (新建下一年度报告)', () => {
  test('the next year: new id, year + 1, title regenerated, link to last year, timestamps now', () => {
    const old = demo();
    old.marks = { chief: { state: 'na', reason: '不适用' } };
    old.signature = { units: ['中共汤郎乡委员会', '汤郎乡人民政府'], date: '2025-01-15', sealed: true };
    const next = carryForward(old, NOW);
    assert.ok(parseReport(next).ok);
    assert.notEqual(next.id, old.id);
    assert.equal(next.previousId, old.id);
    assert.equal(next.year, 2025);
    assert.equal(next.title, '汤郎乡2025年度法治政府建设工作情况报告');
    assert.equal(next.titleAuto, true);
    assert.deepEqual(next.marks, {});
    assert.deepEqual(next.signature, { units: ['中共汤郎乡委员会', '汤郎乡人民政府'], date: '', sealed: true });
    assert.equal(next.createdAt, NOW.toISOString());
    assert.equal(next.updatedAt, NOW.toISOString());
    assert.equal(next.unitName, old.unitName);
    assert.equal(next.county, old.county);
    assert.equal(next.preamble, old.preamble);
    // Same structure, new ids.
    const shape = (r: Report) =>
      [...walkSections(r.sections)].map((w) => [w.depth, w.section.key, w.section.paragraphs.length]);
    assert.deepEqual(shape(next), shape(old));
    const oldIds = new Set(
      [...walkSections(old.sections)].flatMap((w) => [w.section.id, ...w.section.paragraphs.map((p) => p.id)]),
    );
    for (const w of walkSections(next.sections)) {
      assert.ok(!oldIds.has(w.section.id));
      for (const p of w.section.paragraphs) assert.ok(!oldIds.has(p.id));
    }
  });

  test('statistics are cleared, last year’s value kept in lastYear', () => {
    const old = demo();
    const next = carryForward(old, NOW);
    const before = statsOf(old);
    const after = statsOf(next);
    assert.equal(after.length, before.length);
    assert.ok(before.some((s) => s.value !== null));
    after.forEach((s, i) => {
      assert.equal(s.id, before[i].id);
      assert.equal(s.value, null);
      assert.equal(s.lastYear, before[i].value);
    });
    assert.equal(after.find((s) => s.id === 'disclosures')!.lastYear, 150);
    assert.equal(after.find((s) => s.id === 'certified-officers')!.lastYear, 21);
  });

  test('every paragraph is kept and marked inherited; editing one leaves the others flagged', () => {
    const old = demo();
    const next = carryForward(old, NOW);
    const ps = paragraphsOf(next);
    assert.deepEqual(
      ps.map((p) => p.text),
      paragraphsOf(old).map((p) => p.text),
    );
    assert.ok(ps.length > 5);
    assert.ok(ps.every((p) => p.inherited === true));
    // What the editor does on a change.
    ps[2].text = '2025年，我乡重新修订了学法制度。';
    delete ps[2].inherited;
    const again = paragraphsOf(next);
    assert.equal(again.filter((p) => p.inherited).length, ps.length - 1);
    assert.equal(again[2].inherited, undefined);
    assert.ok(parseReport(next).ok);
    // The old report is not touched.
    assert.ok(paragraphsOf(old).every((p) => p.inherited === undefined));
  });

  test('catalogue headings follow the year: the plan names the new year + 1', () => {
    const old = createReport({ unitName: '汤郎乡', county: '禄劝县', year: 2024 });
    const plan = () => old.sections.find((s) => s.key === 'plan')!;
    assert.equal(plan().heading, '2025年度推进法治政府建设的主要安排');
    const next = carryForward(old, NOW);
    assert.equal(next.sections.find((s) => s.key === 'measures')!.heading, '2025年度推进法治政府建设的主要举措和成效');
    assert.equal(next.sections.find((s) => s.key === 'plan')!.heading, '2026年度推进法治政府建设的主要安排');
    assert.equal(next.sections.find((s) => s.key === 'shortfalls')!.heading, '存在的不足和原因');
  });

  test('a title written by hand keeps its wording with the years moved on', () => {
    const old = demo();
    old.title = '中共汤郎乡委员会 汤郎乡人民政府\n关于2024年度法治政府建设情况的报告';
    old.titleAuto = false;
    const next = carryForward(old, NOW);
    assert.equal(next.title, '中共汤郎乡委员会 汤郎乡人民政府\n关于2025年度法治政府建设情况的报告');
    assert.equal(next.titleAuto, false);
  });

  test('shiftYears moves the report year and the year after it, nothing else', () => {
    assert.equal(shiftYears('2024年度工作和2025年打算', 2024), '2025年度工作和2026年打算');
    assert.equal(shiftYears('2018年以来，共12340人次', 2024), '2018年以来，共12340人次');
    assert.equal(shiftYears('二〇二四年度', 2024), '二〇二五年度');
    assert.equal(shiftYears('二○二五年', 2024), '二〇二六年');
  });
});

describe('promiseItems (去年承诺)', () => {
  test('the sample’s 下步工作计划 gives its four 一是…四是 items', () => {
    const items = promiseItems(demo());
    assert.equal(items.length, 4);
    assert.match(items[0], /^继续深入学习贯彻党的二十大和二十届三中全会精神/);
    assert.match(items[1], /^进一步加强法治教育培训.*社区矫正工作[,，]不断维护社会和谐稳定$/);
    assert.equal(items[3], '进一步完善规范性文件备案制度和监督制度');
  });

  test('numbered lines and plain sentences', () => {
    const filler =
      '我乡坚持依法行政，扎实推进法治政府建设，加强行政执法监督，落实重大行政决策程序，深入开展法治宣传教育，不断提高干部依法办事能力和水平，群众法治意识明显增强。';
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、2024年度推进法治政府建设的主要举措和成效',
      filler,
      '二、2025年度推进法治政府建设的主要安排',
      '1．进一步加强法治教育培训，增强干部法治意识，推动基层法治建设，不断维护社会和谐稳定。',
      '2．进一步完善规范性文件备案制度和监督制度。',
      '深化“法律明白人”培养工程。推进村法律顾问全覆盖。',
    ].join('\n');
    const { report } = parseReportText(text);
    assert.deepEqual(promiseItems(report), [
      '进一步加强法治教育培训，增强干部法治意识，推动基层法治建设，不断维护社会和谐稳定',
      '进一步完善规范性文件备案制度和监督制度',
      '深化“法律明白人”培养工程',
      '推进村法律顾问全覆盖',
    ]);
  });
});
