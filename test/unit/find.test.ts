import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReport } from '../../electron/core/catalogue.ts';
import { findAll, findInText, replaceMatches, reportFields } from '../../electron/core/find.ts';
import { walkSections, type Report } from '../../electron/core/report-model.ts';

const loose = { wholeWord: false };
const whole = { wholeWord: true };

function report(): Report {
  const r = createReport({ unitName: '青石乡', county: '云岭县', year: 2024 });
  r.recipient = '中共云岭县委、云岭县人民政府：';
  r.preamble = '2024年，青石乡坚持依法行政。';
  r.sections[0].heading = '青石乡2024年度主要举措';
  r.sections[0].paragraphs = [{ id: 'p1', text: '青石乡开展APP普法，app下载2024次。', inherited: true }];
  r.signature.units = ['中共青石乡委员会', '青石乡人民政府'];
  return r;
}

describe('findInText', () => {
  test('Latin letters match in any case; Chinese as written; matches do not overlap', () => {
    assert.deepEqual(findInText('APP与app与App', 'app', loose), [
      [0, 3],
      [4, 7],
      [8, 11],
    ]);
    assert.deepEqual(findInText('乡乡乡', '乡乡', loose), [[0, 2]]);
    assert.deepEqual(findInText('青石乡', '', loose), []);
  });

  test('全字匹配: letters and digits may not run on; beside Chinese a match stands alone', () => {
    assert.deepEqual(findInText('20245件、2024年', '2024', loose), [
      [0, 4],
      [7, 11],
    ]);
    assert.deepEqual(findInText('20245件、2024年', '2024', whole), [[7, 11]]);
    assert.deepEqual(findInText('apps与app', 'app', whole), [[5, 8]]);
    assert.deepEqual(findInText('乡镇与镇', '镇', whole), [
      [1, 2],
      [3, 4],
    ]);
  });

  test('offsets are those of the original text (a surrogate pair before the match)', () => {
    const text = '𠀀ABC';
    const [[s, e]] = findInText(text, 'abc', loose);
    assert.equal(text.slice(s, e), 'ABC');
  });
});

describe('findAll and replaceMatches', () => {
  test('every part is searched in reading order: title, 主送, 导语, headings, paragraphs, 落款', () => {
    const r = report();
    const parts = findAll(r, '青石乡', loose).map((m) => m.ref.part);
    assert.deepEqual(parts, ['title', 'preamble', 'heading', 'paragraph', 'signature', 'signature']);
    assert.equal(reportFields(r)[0].text, r.title);
    assert.deepEqual(
      findAll(r, '云岭县', loose).map((m) => m.ref.part),
      ['recipient', 'recipient'],
    );
  });

  test('replace all changes every match and marks the title and paragraph as edited', () => {
    const r = report();
    const n = replaceMatches(r, findAll(r, '青石乡', loose), '青石镇');
    assert.equal(n, 6);
    assert.equal(findAll(r, '青石乡', loose).length, 0);
    assert.equal(r.title, '青石镇2024年度法治政府建设工作情况报告');
    assert.equal(r.titleAuto, false);
    assert.deepEqual(r.signature.units, ['中共青石镇委员会', '青石镇人民政府']);
    const p = r.sections[0].paragraphs[0];
    assert.equal(p.text, '青石镇开展APP普法，app下载2024次。');
    assert.equal(p.inherited, undefined);
  });

  test('replacing one match, or several in one text with a longer replacement, keeps the others in place', () => {
    const r = report();
    const matches = findAll(r, 'app', loose);
    assert.equal(replaceMatches(r, [matches[1]], '应用程序'), 1);
    assert.equal(r.sections[0].paragraphs[0].text, '青石乡开展APP普法，应用程序下载2024次。');
    const r2 = report();
    replaceMatches(r2, findAll(r2, 'APP', loose), '移动应用');
    assert.equal(r2.sections[0].paragraphs[0].text, '青石乡开展移动应用普法，移动应用下载2024次。');
  });

  test('a heading takes no line break; a match whose paragraph is gone is skipped', () => {
    const r = report();
    const matches = findAll(r, '2024', whole);
    replaceMatches(
      r,
      matches.filter((m) => m.ref.part === 'heading'),
      '\n2025',
    );
    assert.equal(r.sections[0].heading, '青石乡2025年度主要举措');
    r.sections[0].paragraphs = [];
    const left = matches.filter((m) => m.ref.part === 'paragraph');
    assert.equal(replaceMatches(r, left, '2025'), 0);
    assert.ok([...walkSections(r.sections)].every((w) => !w.section.heading.includes('\n')));
  });
});
