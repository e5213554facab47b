/**
 * Bidi control characters pasted into a report: U+202E (right-to-left override) and its kin are invisible in the
 * form but print the following text reversed in Word. They are an error finding with a fix that removes them, the
 * review before export lists them, and the Word file never holds them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { applyFix } from '../../electron/core/lint/fixes.ts';
import { exportReview } from '../../electron/core/export-review.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { sanitizeText } from '../../electron/core/text.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { byRule } from './lint-fixture.ts';

const RLO = '\u202E';
const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

test('every bidi control is an error finding; the fix removes exactly the run', () => {
  for (const c of CONTROLS) {
    const r = soundReport({ disputes: `青石镇调处纠纷${c}${c}12件，成功率98%。` });
    const f = byRule(r, 'bidi');
    assert.equal(f.length, 1, `U+${c.codePointAt(0)!.toString(16)}`);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].field, 'paragraph');
    assert.match(f[0].message, /2个看不见的文字方向控制符/);
    assert.ok(!new RegExp(`[${CONTROLS.join('')}]`).test(f[0].excerpt), 'the excerpt shows a visible mark instead');
    const fixed = applyFix(r, f[0]);
    assert.equal(sectionByKey(fixed, 'disputes').paragraphs[0].text, '青石镇调处纠纷12件，成功率98%。');
    assert.equal(byRule(fixed, 'bidi').length, 0);
  }
});

test('the title, 落款 and attachments are checked too; clean text has no finding', () => {
  const r = soundReport();
  r.title = `青石镇${RLO}2024年度法治政府建设工作情况报告`;
  r.signature.units = [`云岭县青石镇人民政府\u200F`];
  r.attachments = ['\u2067附件一\u2069'];
  assert.deepEqual(
    byRule(r, 'bidi')
      .map((f) => f.field)
      .sort(),
    ['attachment', 'attachment', 'signature', 'title'],
  );
  assert.equal(byRule(soundReport(), 'bidi').length, 0);
});

test('the review before export lists them and the Word file does not hold them', async () => {
  const r = soundReport({ disputes: `调处纠纷${RLO}12件。` });
  r.title = `青石镇\u2066${RLO}2024年度法治政府建设工作情况报告`;
  const review = exportReview(r, { boldHeadings: false });
  assert.equal(review.findings.filter((f) => f.rule === 'bidi').length, 2);
  const files = unzipSync(await buildDocx(r));
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    assert.ok(!/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(strFromU8(data)), name);
  }
  assert.ok(strFromU8(files['word/document.xml']).includes('调处纠纷12件。'));
  assert.equal(sanitizeText(`a${RLO}b\u200Ec`), 'abc');
});
