import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Stat } from '../../electron/core/report-model.ts';
import { shownText, spliceShown, statUses, storedFromShown } from '../../electron/core/text/stat-fields.ts';
import { createReport } from '../../electron/core/catalogue.ts';
import { walkSections } from '../../electron/core/report-model.ts';

const STATS: Stat[] = [
  { id: 'a', label: '持证执法人员', unit: '名', kind: 'count', value: 21 },
  { id: 'b', label: '调解成功率', unit: '%', kind: 'percent', value: null },
];
const find = (label: string) => STATS.find((s) => s.label === label);
const TEXT = '全镇{{持证执法人员}}执法人员持证上岗，{{未知}}成功率{{调解成功率}}。';

test('a field shows as its value; an unknown token as written', () => {
  assert.equal(shownText(TEXT, find), '全镇21名执法人员持证上岗，{{未知}}成功率XX%。');
});

test('typing beside a field keeps the field; typing inside it makes it plain text', () => {
  const shown = shownText(TEXT, find);
  // before the value, at its start: the caret tells it apart from typing "2" inside "21名"
  const before = shown.replace('全镇', '全镇共');
  assert.equal(storedFromShown(TEXT, find, before, 3), TEXT.replace('全镇', '全镇共'));
  const repeat = shown.replace('全镇21名', '全镇221名');
  assert.equal(storedFromShown(TEXT, find, repeat, 3), TEXT.replace('全镇', '全镇2'));
  // inside the value
  const inside = shown.replace('21名', '21余名');
  assert.equal(storedFromShown(TEXT, find, inside, 5), TEXT.replace('{{持证执法人员}}', '21余名'));
  // deleting the whole value removes the field
  assert.equal(storedFromShown(TEXT, find, shown.replace('21名', ''), 2), TEXT.replace('{{持证执法人员}}', ''));
  // text without fields is taken as it is
  assert.equal(storedFromShown('青石镇', find, '青石镇人民政府'), '青石镇人民政府');
});

test('a field is inserted at a caret given in shown positions', () => {
  const text = '全镇{{持证执法人员}}执法人员持证上岗，调解纠纷全部办结。';
  const shown = shownText(text, find);
  const at = shown.indexOf('全部');
  assert.equal(
    spliceShown(text, find, at, at, '{{调解成功率}}'),
    '全镇{{持证执法人员}}执法人员持证上岗，调解纠纷{{调解成功率}}全部办结。',
  );
});

test('statUses counts the fields that show one statistic, each resolved as its paragraph resolves it', () => {
  const report = createReport({ unitName: '青石镇', county: '松川县', year: 2025 });
  const sections = [...walkSections(report.sections)].map((w) => w.section);
  const [own, other] = [sections[1], sections[2]];
  const here: Stat = { id: 'h', label: '公开信息', unit: '条', kind: 'count', value: 12 };
  const there: Stat = { id: 't', label: '公开信息', unit: '条', kind: 'count', value: 30 };
  own.stats = [here];
  other.stats = [there];
  own.paragraphs = [{ id: 'p1', text: '公开{{公开信息}}，另{{公开信息}}。' }];
  // The other section has a statistic of the same label: its field shows its own, not `here`.
  other.paragraphs = [{ id: 'p2', text: '公开{{公开信息}}。' }];
  sections[3].paragraphs = [{ id: 'p3', text: '共{{ 公开信息 }}，{{未知}}。' }];
  // A section without the label takes the first in reading order: `here`.
  assert.equal(statUses(report, here), 3);
  assert.equal(statUses(report, there), 1);
});
