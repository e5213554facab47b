import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseReport, ReportSchema, generateTitle, type Report } from '../../electron/core/report-model.ts';
import { createReport, applyOrder, catalogue, customSection, retitleForYear } from '../../electron/core/catalogue.ts';
import { chineseNumeral, computeNumbers, headingNumber } from '../../electron/core/numbering.ts';
import { documentBlocks } from '../../electron/core/document.ts';
import { countChars, reportChars, resolveStats, sanitizeText } from '../../electron/core/text.ts';
import { formatChineseDate } from '../../electron/core/dates.ts';
import { parseStatInput } from '../../renderer/stat-input.ts';
import { parseReportYear } from '../../electron/core/limits.ts';

const demo = (): Report => JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));

test('the demo report and a new report validate against the model', () => {
  assert.equal(parseReport(demo()).ok, true);
  const r = createReport({ unitName: '城关镇', county: '禄劝县', year: 2025 });
  assert.equal(parseReport(r).ok, true);
  assert.equal(r.title, '城关镇2025年度法治政府建设工作情况报告');
  assert.equal(r.recipient, '中共禄劝县委、禄劝县人民政府：');
  assert.deepEqual(
    r.sections.map((s) => s.key),
    ['measures', 'chief', 'shortfalls', 'plan', 'other'],
  );
  assert.equal(r.sections[0].heading, '2025年度推进法治政府建设的主要举措和成效');
  assert.equal(r.sections[3].heading, '2026年度推进法治政府建设的主要安排');
});

test('validation rejects what is not a report, with a Chinese reason naming the place', () => {
  const bad = demo() as unknown as Record<string, unknown>;
  bad.year = '二〇二四';
  const r = parseReport(bad);
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.reason, /年度/);
  const pct = demo();
  pct.sections[0].children.find((c) => c.key === 'disputes')!.stats.find((s) => s.kind === 'percent')!.value = 120;
  const p = parseReport(pct);
  assert.equal(p.ok, false);
  if (!p.ok) assert.match(p.reason, /百分比必须在 0 到 100 之间/);
  const neg = demo();
  neg.sections[0].children.find((c) => c.key === 'enforcement')!.stats[0].value = -1;
  assert.equal(parseReport(neg).ok, false);
  assert.equal(
    parseReport({ ...demo(), signature: { units: ['a', 'b', 'c'], date: '', sealed: false } }).ok,
    false,
    'at most two signing units',
  );
  assert.equal(parseReport({ ...demo(), signature: { units: [], date: '2025/1/1', sealed: false } }).ok, false);
  assert.equal(parseReport(null).ok, false);
});

test('the JSON Schema in assets/ is the one the model generates, and the demo matches its required fields', async () => {
  const { z } = await import('zod');
  const generated = z.toJSONSchema(ReportSchema, { unrepresentable: 'any', io: 'input' });
  const stored = JSON.parse(readFileSync('assets/report.schema.json', 'utf8'));
  delete stored.$id;
  delete stored.title;
  delete stored.description;
  assert.deepEqual(stored, JSON.parse(JSON.stringify(generated)));
  for (const key of stored.required) assert.ok(key in demo(), `demo has ${key}`);
});

test('numbering: 一、（一）1.（1）from position; empty sections get no number and do not count', () => {
  assert.equal(chineseNumeral(1), '一');
  assert.equal(chineseNumeral(10), '十');
  assert.equal(chineseNumeral(12), '十二');
  assert.equal(chineseNumeral(20), '二十');
  assert.equal(chineseNumeral(35), '三十五');
  assert.deepEqual(
    [1, 2, 3, 4].map((d) => headingNumber(d, 2)),
    ['二、', '（二）', '2.', '（2）'],
  );
  const r = createReport({ unitName: '城关镇', county: '', year: 2025 });
  const [measures, chief, shortfalls] = r.sections;
  chief.paragraphs.push({ id: 'p1', text: '书记亲自部署。' });
  shortfalls.paragraphs.push({ id: 'p2', text: '不足。原因。' });
  let n = computeNumbers(r.sections, r.year);
  assert.equal(n.get(chief.id), '一、');
  assert.equal(n.get(shortfalls.id), '二、');
  assert.equal(n.has(measures.id), false);
  const study = measures.children[0];
  study.paragraphs.push({ id: 'p3', text: '学习。' });
  const own = customSection('自定义小节');
  own.paragraphs[0].text = '正文';
  const deeper = customSection('第四层');
  deeper.paragraphs[0].text = '正文';
  own.children.push(deeper);
  study.children.push(own);
  n = computeNumbers(r.sections, r.year);
  assert.equal(n.get(measures.id), '一、');
  assert.equal(n.get(chief.id), '二、');
  assert.equal(n.get(study.id), '（一）');
  assert.equal(n.get(own.id), '1.');
  assert.equal(n.get(deeper.id), '（1）');
  // Reordering renumbers.
  r.sections = applyOrder(r.sections, 'B');
  n = computeNumbers(r.sections, r.year);
  assert.equal(n.get(chief.id), '一、');
  assert.equal(n.get(measures.id), '二、');
  assert.deepEqual(
    r.sections.map((s) => s.key),
    catalogue.orders.B,
  );
});

test('document blocks: reading order, stats woven into text, newline is a new paragraph, date format', () => {
  const r = createReport({ unitName: '城关镇', county: '禄劝县', year: 2025 });
  const enforcement = r.sections[0].children.find((c) => c.key === 'enforcement')!;
  enforcement.stats[0].value = 21;
  enforcement.paragraphs.push({ id: 'p', text: '全镇共有{{持证执法人员}}持证上岗。\n案件{{办理行政执法案件}}。' });
  r.signature = { units: ['中共城关镇委员会', '城关镇人民政府'], date: '2026-01-05', sealed: true };
  const blocks = documentBlocks(r);
  const texts = blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text);
  assert.deepEqual(texts, ['全镇共有21名持证上岗。', '案件XX件。']);
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['title', 'recipient', 'heading', 'heading', 'paragraph', 'paragraph', 'signature'],
  );
  const sig = blocks.at(-1) as { date: string; units: string[] };
  assert.equal(sig.date, '2026年1月5日');
  assert.equal(formatChineseDate('2026-11-30'), '2026年11月30日');
  assert.equal(resolveStats('{{不存在}}', r), '{{不存在}}');
});

test('text: sanitising and counting', () => {
  assert.equal(sanitizeText('a\u0001b\uFFFEc\uD800d\u000Be\tf'), 'abcde f');
  assert.equal(sanitizeText('😀'), '😀', 'paired surrogates are kept');
  assert.equal(countChars('一二 三\n四'), 4);
  assert.ok(reportChars(demo()) > 3500);
  // A blank report counts its title only: headings of sections with no text are not printed.
  const blank = createReport({ unitName: '青石镇', county: '禄劝县', year: 2025 });
  assert.equal(reportChars(blank), countChars(blank.title) + countChars(blank.recipient) + countChars(blank.preamble));
  blank.sections[0].paragraphs.push({ id: 'p1', text: '一段。' });
  const head = countChars(blank.title) + countChars(blank.recipient) + countChars(blank.preamble);
  assert.equal(reportChars(blank), head + 3 + countChars(blank.sections[0].heading));
  assert.equal(generateTitle('汤郎乡', 2024), '汤郎乡2024年度法治政府建设工作情况报告');
});

test('statistic input: numbers, non-negative, percentages 0–100, clear messages', () => {
  assert.deepEqual(parseStatInput('21', 'count'), { ok: true, value: 21 });
  assert.deepEqual(parseStatInput('', 'count'), { ok: true, value: null });
  assert.deepEqual(parseStatInput('２１', 'count'), { ok: true, value: 21 });
  assert.deepEqual(parseStatInput('1,200', 'count'), { ok: true, value: 1200 });
  assert.deepEqual(parseStatInput('98.5%', 'percent'), { ok: true, value: 98.5 });
  assert.equal(parseStatInput('-1', 'count').ok, false);
  assert.equal(parseStatInput('101', 'percent').ok, false);
  assert.equal(parseStatInput('4余', 'count').ok, false);
  assert.equal(parseStatInput('2.5', 'count').ok, false);
  // Figures that would print in exponent notation in the Word file (1e+21) are refused where they are typed.
  assert.deepEqual(parseStatInput('1000000000000000000000', 'count'), { ok: false, message: '数字太大，最多 1 万亿' });
  assert.deepEqual(parseStatInput('1000000000000', 'count'), { ok: true, value: 1e12 });
});

test('the demo report validates against assets/report.schema.json with a JSON Schema validator', async () => {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync('assets/report.schema.json', 'utf8')));
  assert.equal(validate(demo()), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...demo(), year: 'x' }), false);
});

test('changing the year moves generated headings with it and leaves headings the user wrote alone', () => {
  const r = createReport({ unitName: '城关镇', county: '', year: 2024 });
  r.sections[2].heading = '存在的问题和不足（2024年）';
  retitleForYear(r.sections, 2024, 2025);
  assert.equal(r.sections[0].heading, '2025年度推进法治政府建设的主要举措和成效');
  assert.equal(r.sections[3].heading, '2026年度推进法治政府建设的主要安排');
  assert.equal(r.sections[2].heading, '存在的问题和不足（2024年）');
});

test('report year as typed: 2025, 2025年, 2025年度 and full-width digits are the year; words are not', () => {
  for (const t of ['2025', ' 2025年', '2025年度', '２０２５', '2025 年']) assert.equal(parseReportYear(t), 2025, t);
  for (const t of ['明年', '25', '2025年3月', '20256', '']) assert.ok(Number.isNaN(parseReportYear(t)), t);
});
