import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { carryForward, shiftYears } from '../../electron/core/carry-forward.ts';
import { customSection } from '../../electron/core/catalogue.ts';
import { previousSection } from '../../electron/core/previous-section.ts';
import { walkSections } from '../../electron/core/report-model.ts';
import { demoReport } from './check-fixture.ts';

const NOW = new Date('2026-01-05T08:00:00.000Z');

describe('previousSection (对比上年)', () => {
  test('every mandated section of a carried-forward report finds last year’s by key', () => {
    const old = demoReport();
    const next = carryForward(old, NOW);
    const oldByKey = new Map([...walkSections(old.sections)].map((w) => [w.section.key, w.section]));
    let keyed = 0;
    for (const { section } of walkSections(next.sections)) {
      if (!section.key) continue;
      keyed++;
      assert.equal(previousSection(old, section), oldByKey.get(section.key), section.key);
    }
    assert.ok(keyed > 5);
  });

  test('the user’s own section matches by heading moved one year on', () => {
    const old = demoReport();
    const own = customSection(`${old.year}年度专项整治工作`);
    old.sections.push(own);
    const next = carryForward(old, NOW);
    const carried = next.sections[next.sections.length - 1];
    assert.equal(carried.heading, `${old.year + 1}年度专项整治工作`);
    assert.equal(previousSection(old, carried), own);
  });

  test('no match: a new heading, last year’s heading unmoved, or a key last year did not have', () => {
    const old = demoReport();
    old.sections.push(customSection(`${old.year}年度专项整治工作`));
    assert.equal(previousSection(old, customSection('今年新增的工作')), undefined);
    assert.equal(previousSection(old, customSection(`${old.year}年度专项整治工作`)), undefined);
    assert.equal(previousSection(old, { ...customSection(), key: 'no-such-key' }), undefined);
  });

  test('a section of the user’s own never continues a mandated one with the same heading', () => {
    const old = demoReport();
    const mandated = old.sections.find((s) => s.key !== null)!;
    assert.equal(previousSection(old, customSection(shiftYears(mandated.heading, old.year))), undefined);
    assert.equal(previousSection(old, customSection(mandated.heading)), undefined);
  });
});
