/**
 * An import that repeats a report of the library is named before anything is added: the same text (one file
 * imported twice) or the same unit and year. Checked on the pure comparison and through the real IPC routes on a
 * real data folder.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importMatches, printedText } from '../../electron/core/import/duplicates.ts';
import { parseReportText } from '../../electron/core/import/index.ts';
import type { Report, ReportSummary } from '../../electron/core/report-model.ts';
import { reportChars } from '../../electron/core/text.ts';
import type { ImportPreview } from '../../electron/contract.ts';
import { ipcFixture, okValue } from './ipc-fixture.ts';

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/sample-report.txt'), 'utf8');
const parse = (text: string) => parseReportText(text).report;

function summary(r: Report, id: string, updatedAt = '2025-02-01T08:00:00.000Z'): ReportSummary {
  const { title, unitName, county, year } = r;
  return { id, title, unitName, county, year, updatedAt, chars: reportChars(r) };
}

describe('importMatches', () => {
  const first = parse(SAMPLE);

  test('the same text matches, wherever the copy came from; reading is asked only of likely matches', () => {
    const again = parse(SAMPLE);
    const other = parse(SAMPLE.replaceAll('青石镇', '白云镇'));
    const read: string[] = [];
    const stored = new Map([
      ['a', first],
      ['b', other],
    ]);
    const matches = importMatches(again, [summary(first, 'a'), summary(other, 'b')], (id) => {
      read.push(id);
      return stored.get(id) ?? null;
    });
    assert.deepEqual(
      matches.map((m) => [m.id, m.sameText]),
      [['a', true]],
    );
    // 白云镇 has as many characters, so it is read and compared, and found different.
    assert.deepEqual(read.sort(), ['a', 'b']);
    assert.equal(printedText(again), printedText(first));
  });

  test('the same unit and year matches with other text; an unreadable report matches on unit and year only', () => {
    const edited = parse(SAMPLE.replace('全年开展集体学法9次', '全年开展集体学法10次'));
    const matches = importMatches(edited, [summary(first, 'a')], () => first);
    assert.deepEqual(
      matches.map((m) => [m.id, m.unitName, m.year, m.sameText]),
      [['a', '青石镇', 2024, false]],
    );
    assert.deepEqual(
      importMatches(parse(SAMPLE), [summary(first, 'a')], () => null).map((m) => m.sameText),
      [false],
    );
  });

  test('another year of the same unit, or a report with no unit name, is not a repeat', () => {
    const next = parse(SAMPLE.replaceAll('2024', '2025'));
    assert.equal(next.year, 2025);
    assert.deepEqual(
      importMatches(next, [summary(first, 'a')], () => first),
      [],
    );
    const noUnit = { ...first, unitName: '' };
    const bare = { ...parse(SAMPLE), unitName: '', title: '别的标题' };
    assert.deepEqual(
      importMatches(bare, [summary(noUnit, 'a')], () => noUnit),
      [],
    );
  });

  test('the same text is named before a newer report of the same unit and year', () => {
    const edited = parse(SAMPLE.replace('9次', '10次'));
    const matches = importMatches(
      parse(SAMPLE),
      [summary(edited, 'newer', '2025-03-01T08:00:00.000Z'), summary(first, 'older', '2025-01-01T08:00:00.000Z')],
      (id) => (id === 'newer' ? edited : first),
    );
    assert.deepEqual(
      matches.map((m) => m.id),
      ['older', 'newer'],
    );
  });
});

describe('through IPC: the second import of one text names the report the first one made', () => {
  async function setup() {
    const { call: raw, services } = await ipcFixture();
    const call = async <T>(channel: string, arg: unknown) => okValue(await raw<T>(channel, arg));
    return { call, store: services.store };
  }

  test('first import: no match (the demo is another unit); second: the first report, same text', async () => {
    const { call, store } = await setup();
    const first = await call<ImportPreview>('import:text', { text: SAMPLE });
    assert.deepEqual(first.matches, []);
    const made = await call<Report>('import:commit', { token: first.token });
    const second = await call<ImportPreview>('import:text', { text: SAMPLE });
    assert.deepEqual(
      second.matches.map((m) => [m.id, m.title, m.sameText]),
      [[made.id, made.title, true]],
    );
    assert.equal(second.matches[0].updatedAt, store.list().find((s) => s.id === made.id)!.updatedAt);
    // Every later answer of the preview (here: the year confirmed) names it again.
    const moved = await call<ImportPreview>('import:year', { token: second.token, year: 2024 });
    assert.equal(moved.matches.length, 1);
  });
});
