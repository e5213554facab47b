/**
 * A report written in traditional characters (invented for the test: 青石鎮, 2025): read in simplified so its
 * parts are mapped, created in simplified by default or kept in its own characters by choice, offered only
 * when the text is clearly traditional, and the same through a file and through IPC.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { keepTraditional, parseReportText } from '../../electron/core/import/index.ts';
import { isClearlyTraditional, simplifiedForCheck } from '../../electron/core/text/traditional.ts';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import { walkSections, type Report } from '../../electron/core/report-model.ts';
import { toSimplified } from '../../electron/services/simplified.ts';
import { importFile } from '../../electron/services/import-file.ts';
import type { ImportPreview } from '../../electron/contract.ts';
import { ipcFixture, okValue } from './ipc-fixture.ts';
import { SAMPLE } from '../fixtures/sample-report.ts';
import { NOW, useTempDir } from './import-helpers.ts';

const TRADITIONAL = readFileSync(new URL('../fixtures/traditional-report.txt', import.meta.url), 'utf8');
const { tmp } = useTempDir();

/** Every heading and paragraph of the report, in order, as one string. */
function allText(report: Report): string {
  const parts = [report.title, report.recipient, report.preamble];
  for (const { section } of walkSections(report.sections))
    parts.push(section.heading, ...section.paragraphs.map((p) => p.text));
  return parts.join('\n');
}

const targets = (r: { mapping: Array<{ sourceHeading: string; target: string }> }) =>
  r.mapping.map((m) => [m.sourceHeading, m.target]);

describe('import of a report in traditional characters', () => {
  test('without conversion the sub-areas and the 第一责任人 part are not recognised: the fault this fixes', () => {
    const r = parseReportText(TRADITIONAL, { now: NOW });
    assert.equal(r.traditional, undefined);
    const custom = r.mapping.filter((m) => m.target === 'custom').map((m) => m.sourceHeading);
    assert.ok(custom.length >= 3, JSON.stringify(targets(r)));
    assert.ok(custom.includes('二、黨政主要負責人履行推進法治建設第一責任人職責情況'));
  });

  test('read in simplified, every part is mapped as the simplified text maps it', () => {
    const r = parseReportText(TRADITIONAL, { now: NOW, toSimplified });
    const simplified = parseReportText(toSimplified(TRADITIONAL), { now: NOW });
    assert.deepEqual(targets(r), targets(simplified));
    const mapped = r.mapping.filter((m) => m.target !== 'custom').map((m) => m.target);
    assert.equal(mapped.length, r.mapping.length, `mapped: ${mapped.join(', ')}`);
    assert.equal(r.report.unitName, '青石镇');
    assert.equal(r.report.year, 2025);
    assert.ok(r.traditional, 'the result says the source was traditional');
    assert.match(r.warnings[0], /原文是繁体字/);
  });

  test('by default the report is created in simplified characters', () => {
    const text = allText(parseReportText(TRADITIONAL, { now: NOW, toSimplified }).report);
    assert.match(text, /扎实推进依法行政各项工作/);
    assert.match(text, /严格规范公正文明执法/);
    assert.doesNotMatch(text, /鎮|黨|幹部|嚴格/);
  });

  test('kept in its own characters when the user unticks the conversion, with the same mapping', () => {
    const r = parseReportText(TRADITIONAL, { now: NOW, toSimplified });
    const kept = keepTraditional(r);
    const text = allText(kept.report);
    for (const phrase of [
      '紮實推進依法行政各項工作',
      '嚴格規範公正文明執法',
      '鎮黨委書記、鎮長認真履行',
      '推動法治政府建設再上新臺階',
    ])
      assert.ok(text.includes(phrase), phrase);
    assert.equal(kept.report.title, '青石鎮2025年度法治政府建設工作情況報告');
    assert.equal(
      kept.report.recipient,
      r.report.recipient.replace('县委全面依法治县委员会办公室', '縣委全面依法治縣委員會辦公室'),
    );
    assert.deepEqual(kept.report.signature.units, ['中共青石鎮委員會', '青石鎮人民政府']);
    assert.deepEqual(
      [...walkSections(kept.report.sections)].map((w) => w.section.key),
      [...walkSections(r.report.sections)].map((w) => w.section.key),
    );
    assert.match(allText(r.report), /扎实推进/, 'the converted result is not changed');
  });

  test('a report kept in traditional characters is checked as its simplified form', () => {
    const r = parseReportText(TRADITIONAL, { now: NOW, toSimplified });
    const kept = keepTraditional(r).report;
    const states = (c: CheckResult) => c.checklist.map((i) => `${i.id}:${i.computedState}`);
    const simplified = states(checkReport(r.report, { today: NOW }));
    assert.deepEqual(states(checkReport(kept, { today: NOW, toSimplified })), simplified);
    const unread = states(checkReport(kept, { today: NOW }));
    assert.notDeepEqual(unread, simplified, 'without the conversion the checklist misses what the text says');
    // A simplified report is checked as it stands: the same object reaches the checks.
    assert.equal(simplifiedForCheck(r.report, toSimplified), r.report);
  });

  test('conversion is offered only for a clearly traditional text', () => {
    const mixed = SAMPLE + '\n附：參考資料來自臺灣地區法規彙編。';
    assert.equal(isClearlyTraditional(mixed, toSimplified(mixed)), false);
    assert.equal(parseReportText(mixed, { now: NOW, toSimplified }).traditional, undefined);
    assert.equal(parseReportText(SAMPLE, { now: NOW, toSimplified }).traditional, undefined);
    assert.equal(isClearlyTraditional(TRADITIONAL, toSimplified(TRADITIONAL)), true);
  });

  test('a .txt file in traditional characters imports with its parts mapped', async () => {
    const r = await importFile(tmp('traditional.txt', TRADITIONAL), { now: NOW });
    assert.ok(r.traditional);
    assert.ok(
      r.mapping.every((m) => m.target !== 'custom'),
      JSON.stringify(targets(r)),
    );
  });
});

describe('through IPC: the preview says traditional, the commit applies the choice', () => {
  async function setup() {
    const { call } = await ipcFixture();
    return async <T>(channel: string, arg: unknown) => okValue(await call<T>(channel, arg));
  }

  test('default: simplified; keepTraditional: the source characters', async () => {
    const call = await setup();
    const first = await call<ImportPreview>('import:text', { text: TRADITIONAL });
    assert.equal(first.traditional, true);
    const converted = await call<Report>('import:commit', { token: first.token });
    assert.match(allText(converted), /扎实推进依法行政/);
    const second = await call<ImportPreview>('import:text', { text: TRADITIONAL });
    const kept = await call<Report>('import:commit', { token: second.token, keepTraditional: true });
    assert.match(allText(kept), /紮實推進依法行政/);
    const plain = await call<ImportPreview>('import:text', { text: SAMPLE });
    assert.equal(plain.traditional, undefined);
  });
});
