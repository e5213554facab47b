import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, dueItems, dueNotices, nextDue, sortByDue } from '../../electron/core/due.ts';
import { EMPTY_PROGRESS, type Progress } from '../../electron/core/progress.ts';

const filed = (date: string): Progress => ({ ...EMPTY_PROGRESS, filed: { date, docNo: '青政报〔2026〕3号' } });

test('days are counted between calendar days, across a leap February', () => {
  assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
  assert.equal(daysBetween('2027-02-28', '2027-03-01'), 1);
  assert.equal(daysBetween('2026-03-05', '2026-03-01'), -4);
});

test('a report year has its 报送 and 公开 deadlines in the next year', () => {
  const [f, p] = dueItems({ year: 2025 }, '2026-02-20');
  assert.deepEqual([f.kind, f.date, f.daysLeft, f.open], ['filing', '2026-03-01', 9, true]);
  assert.deepEqual([p.kind, p.date, p.daysLeft, p.open], ['publication', '2026-04-01', 40, true]);
});

test("a county's earlier dates replace the national ones", () => {
  const dates = { filing: { month: 2, day: 15 }, publication: { month: 3, day: 20 } };
  const [f, p] = dueItems({ year: 2025 }, '2026-02-10', dates);
  assert.equal(f.date, '2026-02-15');
  assert.equal(f.daysLeft, 5);
  assert.equal(p.date, '2026-03-20');
});

test('a filed report is done with 报送; what is left is 公开', () => {
  const items = dueItems({ year: 2025, progress: filed('2026-02-18') }, '2026-02-20');
  assert.equal(items[0].done, true);
  assert.equal(items[0].open, false);
  assert.equal(nextDue(items)?.kind, 'publication');
});

test('long past deadlines of old reports are not open any more', () => {
  const items = dueItems({ year: 2020 }, '2026-02-20');
  assert.equal(items[0].daysLeft < -60, true);
  assert.equal(nextDue(items), null);
});

test('the library order puts the nearest open deadline first and keeps the rest as they were', () => {
  const reports = [
    { title: '旧', year: 2019 },
    { title: '已报送', year: 2025, progress: filed('2026-02-01') },
    { title: '未报送', year: 2025 },
    { title: '更旧', year: 2018 },
  ];
  assert.deepEqual(
    sortByDue(reports, '2026-02-20').map((r) => r.title),
    ['未报送', '已报送', '旧', '更旧'],
  );
});

test('the start-up notice names what falls due within 14 days, and only that', () => {
  const reports = [
    { title: '青石镇2025年度法治政府建设工作情况报告', year: 2025 },
    { title: '青石镇2024年度法治政府建设工作情况报告', year: 2024 },
  ];
  assert.deepEqual(dueNotices(reports, '2026-02-20'), [
    '《青石镇2025年度法治政府建设工作情况报告》报送期限 2026年3月1日，还有 9 天。',
  ]);
  assert.deepEqual(dueNotices(reports, '2026-01-20'), []);
  assert.deepEqual(dueNotices(reports, '2026-03-20'), [
    '《青石镇2025年度法治政府建设工作情况报告》报送期限 2026年3月1日，已逾期 19 天；公开期限 2026年4月1日，还有 12 天。',
  ]);
});
