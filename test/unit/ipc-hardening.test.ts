/**
 * What the IPC gate promises the renderer: an answer, never a throw, and a message in Chinese. Faults from an
 * adversarial run: sections nested ~900 deep made zod overflow the stack past the gate; figures like 1e+21 and
 * dates like 2024-13-45 reached the Word file; zod's English ("Too big: …") and internal English errors
 * ("no section …") reached the user.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport, type Report, type Section } from '../../electron/core/report-model.ts';
import { SECTION_NESTING_MAX } from '../../electron/core/limits.ts';
import { ipcFixture } from './ipc-fixture.ts';

async function setup() {
  const { services, call } = await ipcFixture();
  const report = services.store.get(services.store.list()[0].id);
  return { services, call, report };
}

const CHINESE = /[\u4e00-\u9fff]/;
/** A message a user can read: Chinese, and none of zod's or the runtime's English phrases. */
function readable(message: string) {
  assert.match(message, CHINESE, message);
  assert.doesNotMatch(message, /Too big|Too small|Invalid|expected|no section|Maximum call stack|undefined/i, message);
}

function nested(depth: number): Section {
  let s: Section = { id: `s${depth}`, key: null, heading: '青石镇自定小节', paragraphs: [], stats: [], children: [] };
  for (let i = depth - 1; i > 0; i--) s = { ...s, id: `s${i}`, children: [s] };
  return s;
}

test('sections nested 1,000 deep: refused with a Chinese message, no throw, nothing saved', async () => {
  const { call, report, services } = await setup();
  const before = JSON.stringify(services.store.get(report.id));
  for (const depth of [SECTION_NESTING_MAX + 1, 900, 1000]) {
    const bad: Report = { ...report, sections: [...report.sections, nested(depth)] };
    const r = await call('report:save', bad);
    assert.equal(r.ok, false, `depth ${depth}`);
    if (!r.ok) {
      assert.equal(r.error.code, 'INVALID_PAYLOAD');
      readable(r.error.message);
      // The schema itself bounds the nesting: it answers, rather than the gate catching a stack overflow.
      assert.match(r.error.message, new RegExp(`小节层级超过 ${SECTION_NESTING_MAX} 级`));
    }
  }
  assert.equal(JSON.stringify(services.store.get(report.id)), before);
  // Within the bound, deeper than the form makes (4) but still a report: accepted.
  const ok = await call('report:save', { ...report, sections: [...report.sections, nested(SECTION_NESTING_MAX)] });
  assert.equal(ok.ok, true);
});

test('figures that would print in exponent notation and impossible dates are refused in Chinese', async () => {
  const { call, report } = await setup();
  const withStat = (value: number | null): Report => {
    const r = structuredClone(report);
    const s = r.sections
      .flatMap(function all(x: Section): Section[] {
        return [x, ...x.children.flatMap(all)];
      })
      .find((x) => x.stats.length)!;
    s.stats[0].value = value;
    return r;
  };
  for (const value of [1e21, 1e13, 1e-7]) {
    const r = await call('report:save', withStat(value));
    assert.equal(r.ok, false, String(value));
    if (!r.ok) {
      readable(r.error.message);
      assert.match(r.error.message, /统计数\d+ › 数值：数字应在 0 到/);
    }
  }
  assert.equal((await call('report:save', withStat(1200000))).ok, true);
  assert.equal((await call('report:save', withStat(98.5))).ok, true);
  for (const date of ['2024-13-45', '2023-02-29', '2024-00-10', '1899-01-01']) {
    const r = await call('report:save', { ...report, signature: { ...report.signature, date } });
    assert.equal(r.ok, false, date);
    if (!r.ok) assert.match(r.error.message, /落款 › 成文日期：成文日期不是有效的日期/);
  }
  for (const date of ['', '2024-02-29', '2025-01-15'])
    assert.equal((await call('report:save', { ...report, signature: { ...report.signature, date } })).ok, true, date);
});

test('zod’s own checks answer in Chinese, naming the field in Chinese', async () => {
  const { call, report } = await setup();
  const cases: Array<[unknown, RegExp]> = [
    [{ ...report, title: '青'.repeat(501) }, /^数据不正确：标题：太长，最多 500 个字符$/],
    [{ ...report, year: '2024' }, /年度：类型不对/],
    [{ ...report, unitName: undefined }, /单位名称：缺少这一项/],
    [{ ...report, attachments: Array(21).fill('附件') }, /附件：太多，最多 20 项/],
  ];
  for (const [payload, pattern] of cases) {
    const r = await call('report:save', payload);
    assert.equal(r.ok, false);
    if (!r.ok) {
      readable(r.error.message);
      assert.match(r.error.message, pattern);
    }
  }
  // The CLIs and the stored-file check use the same words.
  const parsed = parseReport({ ...report, title: '青'.repeat(501) });
  assert.equal(parsed.ok ? '' : parsed.reason, '标题：太长，最多 500 个字符');
});

test('internal errors reach the user in Chinese: a remap to a section that is not there, a handler that fails', async () => {
  const { call, services } = await setup();
  const started = await call('import:text', {
    text: [
      '青石镇2024年度法治政府建设工作情况报告',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '青石镇党委理论学习中心组专题学习习近平法治思想6次，全年调处矛盾纠纷12件，成功率100%，开展普法宣传活动20场次。',
      '二、存在的不足和原因',
      '一是普法方式较为单一，群众参与度不高。主要原因是普法队伍力量薄弱，专业人员不足。',
      '三、2025年度推进法治政府建设的主要安排',
      '2025年，青石镇将继续深入学习贯彻习近平法治思想，扎实推进基层依法行政。',
    ].join('\n'),
  });
  assert.equal(started.ok, true);
  const token = started.ok ? (started.value as { token: string }).token : '';
  const r = await call('import:remap', { token, sectionId: 'no-such-section', target: 'custom' });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.error.code, 'NOT_FOUND');
    readable(r.error.message);
  }
  // Any English error from below the gate becomes a Chinese answer (its detail goes to the main log).
  services.store.list = () => {
    throw new TypeError("Cannot read properties of undefined (reading 'id')");
  };
  const originalError = console.error;
  console.error = () => undefined;
  try {
    const failed = await call('report:list');
    assert.equal(failed.ok, false);
    if (!failed.ok) {
      assert.equal(failed.error.code, 'INTERNAL');
      readable(failed.error.message);
      assert.doesNotMatch(failed.error.message, /Cannot read/);
    }
  } finally {
    console.error = originalError;
  }
});
