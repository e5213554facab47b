import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReport } from '../../electron/core/catalogue.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { changeSummary, pairParts } from '../../electron/core/versions/parts.ts';
import { versionsToThin } from '../../electron/core/versions/thin.ts';
import { versionTitle, type VersionMeta } from '../../electron/core/versions/model.ts';
import { VersionStore } from '../../electron/services/versions.ts';
import { writeDataFile } from '../../electron/services/json-file.ts';

/** An invented report (青石镇) with text in its 导语 and first section. */
function report(): Report {
  const r = createReport({ unitName: '青石镇', county: '松川县', year: 2025 }, new Date(2026, 0, 10));
  r.preamble = '青石镇坚持依法行政。';
  r.sections[0].paragraphs = [{ id: 'p1', text: '全年召开专题会议4次。' }];
  return r;
}

describe('what changed between two versions', () => {
  test('the first version has nothing to compare with', () => {
    assert.deepEqual(changeSummary(null, report()), { sections: [], added: 0, removed: 0, first: true });
  });

  test('names the parts touched and counts characters put in and taken out', () => {
    const a = report();
    const b = structuredClone(a);
    b.preamble = '青石镇始终坚持依法行政。';
    b.sections[0].paragraphs[0].text = '全年召开专题会议6次。';
    const c = changeSummary(a, b);
    assert.deepEqual(c.sections, ['导语', a.sections[0].heading]);
    assert.equal(c.added, 3); // 始终 + 6
    assert.equal(c.removed, 1); // 4
    assert.equal(c.first, false);
  });

  test('an unchanged report touches nothing', () => {
    const a = report();
    assert.deepEqual(changeSummary(a, structuredClone(a)).sections, []);
  });

  test('sections are matched by id, so a deleted one is listed as such', () => {
    const a = report();
    const b = structuredClone(a);
    const gone = b.sections.splice(0, 1)[0];
    const pairs = pairParts(a, b);
    const p = pairs.find((x) => x.key === `s:${gone.id}`);
    assert.equal(p?.name, `${gone.heading}（已删除）`);
    assert.equal(p?.after, '');
  });
});

describe('thinning automatic versions', () => {
  const limits = { description: '', keepAllDays: 7, maxAuto: 5 };
  const now = new Date('2026-02-20T12:00:00Z');
  const at = (id: string, iso: string, kind: VersionMeta['kind'] = 'docx') => ({ id, kind, createdAt: iso });

  test('keeps every recent one, one a day before that, and never a named one', () => {
    const vs = [
      at('recent1', '2026-02-19T09:00:00Z'),
      at('recent2', '2026-02-19T10:00:00Z'),
      at('old-morning', '2026-02-01T01:00:00Z'),
      at('old-evening', '2026-02-01T09:00:00Z'),
      at('named-old', '2026-02-01T05:00:00Z', 'named'),
      at('named-older', '2026-01-01T05:00:00Z', 'named'),
    ];
    assert.deepEqual(versionsToThin(vs, now, limits), ['old-morning']);
  });

  test('beyond the cap the oldest automatic ones go first, named ones stay', () => {
    const vs = Array.from({ length: 8 }, (_, i) => at(`a${i}`, `2026-02-1${i}T08:00:00Z`));
    vs.push(at('named', '2026-01-01T00:00:00Z', 'named'));
    assert.deepEqual(versionsToThin(vs, now, limits), ['a2', 'a1', 'a0']);
  });
});

test('a version is titled by its stage and note, or by why it was made', () => {
  assert.equal(versionTitle({ kind: 'named', stage: 'discussion', note: '书记会前' }), '讨论稿：书记会前');
  assert.equal(versionTitle({ kind: 'docx', stage: '', note: '' }), '导出 Word 时自动保存');
});

describe('the version store on disk', () => {
  const open = (dir: string, now = () => new Date()) => new VersionStore(dir, writeDataFile, now);

  test('each version is its own file, the list survives a reopen and records what changed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-versions-'));
    const r = report();
    const v1 = await open(dir).add(r, { kind: 'named', stage: 'draft', note: '第一稿' });
    r.preamble = '青石镇坚持依法行政，建设法治政府。';
    const v2 = await open(dir).add(r, { kind: 'docx' });
    const again = open(dir);
    assert.deepEqual(
      again.list(r.id).map((m) => m.id),
      [v2.id, v1.id],
    );
    assert.deepEqual(again.list(r.id)[0].change.sections, ['导语']);
    assert.equal(again.get(r.id, v1.id).preamble, '青石镇坚持依法行政。');
    const files = readdirSync(path.join(dir, r.id)).sort();
    assert.deepEqual(files, [`${v1.id}.json`, `${v2.id}.json`, 'list.json'].sort());
  });

  test('a damaged list is rebuilt from the version files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-versions-'));
    const r = report();
    const v1 = await open(dir).add(r, { kind: 'named', stage: '', note: '' });
    writeFileSync(path.join(dir, r.id, 'list.json'), '{"schemaVersion":1,"vers');
    assert.deepEqual(
      open(dir)
        .list(r.id)
        .map((m) => m.id),
      [v1.id],
    );
  });

  test('automatic versions past the cap are removed from disk, named ones kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-versions-'));
    let t = new Date('2026-01-01T08:00:00Z').getTime();
    const store = open(dir, () => new Date((t += 3_600_000)));
    const r = report();
    const named = await store.add(r, { kind: 'named', stage: 'review', note: '' });
    for (let i = 0; i < 45; i++) {
      r.preamble = `第${i}次导出前的导语。`;
      await store.add(r, { kind: 'print' });
    }
    const list = store.list(r.id);
    assert.equal(list.filter((m) => m.kind === 'print').length, 40);
    assert.ok(list.some((m) => m.id === named.id));
    assert.equal(readdirSync(path.join(dir, r.id)).length, 42); // 41 versions + list.json
    const onDisk = JSON.parse(readFileSync(path.join(dir, r.id, 'list.json'), 'utf8'));
    assert.equal(onDisk.versions.length, 41);
  });
});
