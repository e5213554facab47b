import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkUnitName, isTownshipUnitName, normalizeUnitName, unitLevel } from '../../electron/core/unit-name.ts';

describe('unit name: a 乡, 镇 or 街道', () => {
  test('township-level names pass, trimmed', () => {
    for (const name of ['汤郎乡', '城关镇', '东城街道', '东城街道办事处']) {
      assert.deepEqual(checkUnitName(`  ${name}\n`), { ok: true, value: name });
    }
  });

  test('an empty name asks for one, with an example', () => {
    for (const raw of ['', '   ', '\u3000']) {
      const r = checkUnitName(raw);
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.message : '', /请填写单位名称/);
    }
  });

  test('a county office or a village is refused with the rule in Chinese', () => {
    for (const raw of ['县司法局', '禄劝县', '汤郎村', '乡镇府']) {
      const r = checkUnitName(raw);
      assert.equal(r.ok, false, raw);
      assert.match(!r.ok ? r.message : '', /乡、镇或街道/);
    }
  });

  test('the ending decides, not a 乡 or 镇 inside the name', () => {
    assert.equal(isTownshipUnitName('乡村振兴局'), false);
    assert.equal(isTownshipUnitName('镇雄县'), false);
    assert.equal(isTownshipUnitName('新镇'), true);
  });

  test('normalizing only trims', () => {
    assert.equal(normalizeUnitName(' 汤郎 乡 '), '汤郎 乡');
  });
});

describe('unitLevel', () => {
  test('reads the level from the ending, most specific first', () => {
    assert.equal(unitLevel('青石乡'), 'township');
    assert.equal(unitLevel('青石街道'), 'township');
    assert.equal(unitLevel('青石镇人民政府'), 'township');
    assert.equal(unitLevel('青石县'), 'county');
    assert.equal(unitLevel('青石区'), 'county');
    assert.equal(unitLevel('青石自治区'), 'province');
    assert.equal(unitLevel('青石省'), 'province');
    assert.equal(unitLevel('青石市'), 'city');
    assert.equal(unitLevel(''), 'township');
  });
});
