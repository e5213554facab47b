import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CountyWorkspace, CountyError } from '../../electron/services/county/workspace.ts';
import { SourceError } from '../../electron/services/county/read-source.ts';
import { CELL_MARK, PROMISES_COLUMN } from '../../electron/core/county/matrix.ts';
import { DEFAULT_QUERY, visibleRows } from '../../electron/core/county/view.ts';
import { writeBackupFile } from '../../electron/services/backup-file.ts';
import { DEFAULT_SETTINGS } from '../../electron/core/settings.ts';
import { countyFolder } from './county-fixture.ts';
import { writeDataFile } from '../../electron/services/json-file.ts';

async function filled(): Promise<{ ws: CountyWorkspace; dataDir: string; failed: string[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'county-data-'));
  const ws = await CountyWorkspace.open(dataDir);
  const dir = countyFolder();
  const failed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    try {
      await ws.addFile(path.join(dir, name));
    } catch (e) {
      assert.ok(e instanceof SourceError, String(e));
      failed.push(name);
    }
  }
  return { ws, dataDir, failed };
}

describe('county workspace', () => {
  test('a folder with one broken file: the file is refused with a reason, the others are added', async () => {
    const { ws, failed } = await filled();
    assert.deepEqual(failed, ['损坏的报告.docx']);
    assert.deepEqual(
      ws
        .entries()
        .map((e) => `${e.unitName}${e.year}`)
        .sort(),
      ['云岭街道2025', '柳溪镇2025', '白沙乡2024', '白沙乡2025', '青石镇2025'],
    );
    const qs = ws.entries().find((e) => e.unitName === '青石镇')!;
    assert.equal(qs.receivedAt, '2026-02-20');
    assert.equal(qs.format, 'txt');
    assert.ok(qs.mapping && qs.mapping.headings >= 5);
  });

  test('the matrix: the newest year, cells by state, late reports, items missed two years running', async () => {
    const { ws } = await filled();
    const m = ws.matrix();
    assert.equal(m.year, 2025);
    assert.deepEqual(m.years, [2025, 2024]);
    const row = (u: string) => m.rows.find((r) => r.unitName === u)!;
    assert.equal(m.rows.length, 4);
    assert.equal(row('青石镇').cells.chief.state, 'covered');
    assert.equal(row('白沙乡').cells.chief.state, 'missing');
    assert.ok(row('白沙乡').cells.chief.twoYears, 'chief was missing in 2024 too');
    assert.ok(!row('青石镇').cells.chief.twoYears);
    assert.equal(row('云岭街道').late, true);
    assert.equal(row('白沙乡').late, false, '3月1日 itself is in time');
    assert.equal(row('青石镇').late, false);
    // last year's promises: 白沙乡 promised three things in 2024 and took up none fully
    assert.equal(row('白沙乡').cells[PROMISES_COLUMN].state, 'partial');
    assert.match(row('白沙乡').cells[PROMISES_COLUMN].reason, /村级法律顾问全覆盖/);
    assert.equal(row('青石镇').cells[PROMISES_COLUMN].state, 'na');
    // column totals count the townships that miss an item
    assert.equal(m.columnTotals.chief.missing, m.rows.filter((r) => r.cells.chief.state === 'missing').length);
    assert.ok(row('青石镇').completeness > row('白沙乡').completeness);
    assert.ok(row('白沙乡').findings.error + row('白沙乡').findings.warning > 0);
    const ev = row('青石镇').cells.chief.evidence;
    assert.ok(ev?.paragraphId && ev.excerpt.includes('亲自部署'));
  });

  test('sort by completeness, filter late reports and gaps in one item', async () => {
    const { ws } = await filled();
    const m = ws.matrix();
    const desc = visibleRows(m, { ...DEFAULT_QUERY, sort: 'completeness', descending: true }).map(
      (r) => r.completeness,
    );
    assert.deepEqual(
      desc,
      [...desc].sort((a, b) => b - a),
    );
    assert.notDeepEqual(desc, [...desc].reverse());
    assert.deepEqual(
      visibleRows(m, { ...DEFAULT_QUERY, received: 'late' }).map((r) => r.unitName),
      ['云岭街道'],
    );
    const gaps = visibleRows(m, { ...DEFAULT_QUERY, gapIn: 'chief' }).map((r) => r.unitName);
    assert.ok(gaps.includes('白沙乡') && !gaps.includes('青石镇'));
  });

  test('county items become columns; a mark tells every state apart without colour', async () => {
    const { ws } = await filled();
    await ws.setCountyItems(['开展“法律明白人”培养工程', '']);
    const m = ws.matrix();
    const col = m.columns.find((c) => c.source === 'county');
    assert.ok(col, 'a column for the county item');
    assert.notEqual(m.rows.find((r) => r.unitName === '青石镇')!.cells[col.id].state, 'missing');
    assert.equal(m.rows.find((r) => r.unitName === '白沙乡')!.cells[col.id].state, 'missing');
    assert.equal(new Set(Object.values(CELL_MARK)).size, 4);
  });

  test('kept on disk apart from the reports: reopened as it was; bad input changes nothing', async () => {
    const { ws, dataDir } = await filled();
    const id = ws.entries()[0].id;
    await ws.setReceived(id, '2026-02-01');
    await assert.rejects(ws.setReceived(id, '2月1日'), CountyError);
    await assert.rejects(ws.setReceived(id, '2026-13-45'), CountyError);
    const again = await CountyWorkspace.open(dataDir);
    assert.equal(again.entries().length, 5);
    assert.equal(again.entries()[0].receivedAt, '2026-02-01');
    assert.ok(readdirSync(path.join(dataDir, 'county', 'reports')).length === 5);
    await again.remove(id);
    assert.equal((await CountyWorkspace.open(dataDir)).entries().length, 4);
  });

  test('a damaged list is set aside with a notice, not overwritten; the reports are found again', async () => {
    const { dataDir } = await filled();
    writeFileSync(path.join(dataDir, 'county', 'workspace.json'), '{"version":1,');
    const ws = await CountyWorkspace.open(dataDir);
    assert.equal(ws.entries().length, 5);
    assert.match(ws.notices[0], /已损坏.*已从报告文件中找回/);
    const aside = readdirSync(path.join(dataDir, 'county')).find((n) => n.startsWith('workspace.json.damaged-'));
    assert.ok(aside);
    assert.equal(readFileSync(path.join(dataDir, 'county', aside), 'utf8'), '{"version":1,');
  });

  test('a batch writes the list once, at its end; a batch cut short is found again at the next start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'county-batch-'));
    const lists: string[] = [];
    const writer = async (file: string, text: string) => {
      if (path.basename(file) === 'workspace.json') lists.push(text);
      await writeDataFile(file, text);
    };
    const ws = await CountyWorkspace.open(dataDir, { writer });
    const dir = countyFolder();
    const names = ['青石镇2025.txt', '柳溪镇2025.txt', '白沙乡2025.txt'];
    for (const n of names.slice(0, 2)) await ws.addFile(path.join(dir, n), { batch: true });
    assert.equal(lists.length, 0, 'no list write inside the batch');
    assert.equal(ws.matrix().rows.length, 2, 'the batch is in the matrix at once');
    await ws.endBatch();
    assert.equal(lists.length, 1);
    assert.equal(JSON.parse(lists[0]).entries.length, 2);

    // The app closes before the next batch ends: its report is on disk and comes back, received date and all.
    await ws.addFile(path.join(dir, names[2]), { batch: true });
    const again = await CountyWorkspace.open(dataDir);
    assert.deepEqual(
      again.entries().map((e) => `${e.unitName} ${e.receivedAt}`),
      ['青石镇 2026-02-20', '柳溪镇 2026-02-27', '白沙乡 2026-03-01'],
    );
    await again.endBatch();
    assert.equal((await CountyWorkspace.open(dataDir)).entries().length, 3);
  });

  test('a list write that fails adds nothing, now or at the next start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'county-full-'));
    const writer = async (file: string, text: string) => {
      if (path.basename(file) === 'workspace.json') throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      await writeDataFile(file, text);
    };
    const ws = await CountyWorkspace.open(dataDir, { writer });
    await assert.rejects(ws.addFile(path.join(countyFolder(), '青石镇2025.txt')), /disk full/);
    assert.equal(ws.entries().length, 0);
    assert.equal((await CountyWorkspace.open(dataDir)).entries().length, 0);
  });

  test('a read-only data folder refuses additions', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'county-ro-'));
    const ws = await CountyWorkspace.open(dataDir, { readOnly: () => '另一个程序正在使用' });
    await assert.rejects(ws.addFile(path.join(countyFolder(), '青石镇2025.txt')), /只读/);
  });

  test('the app’s report JSON and a backup file are read as they are', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'county-json-'));
    const ws = await CountyWorkspace.open(dataDir);
    const demo = JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));
    const dir = mkdtempSync(path.join(tmpdir(), 'county-src-'));
    writeFileSync(path.join(dir, 'demo.json'), JSON.stringify(demo));
    const backup = path.join(dir, 'backup.json');
    const second = { ...demo, id: 'second', unitName: '石门镇', title: '石门镇2024年度法治政府建设工作情况报告' };
    await writeBackupFile(backup, { schemaVersion: 1, settings: DEFAULT_SETTINGS, reports: [demo, second] }, 'test');
    assert.equal((await ws.addFile(path.join(dir, 'demo.json')))[0].format, 'json');
    const fromBackup = await ws.addFile(backup);
    assert.deepEqual(
      fromBackup.map((e) => e.unitName),
      ['汤郎乡', '石门镇'],
    );
    writeFileSync(path.join(dir, 'other.json'), '{"hello":1}');
    await assert.rejects(ws.addFile(path.join(dir, 'other.json')), /不是本程序的报告文件/);
  });
});
