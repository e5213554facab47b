import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliBundle } from './cli-bundle.ts';
import { explains, scoreCorpus, type TextOutcome } from '../../electron/core/eval/score.ts';
import { measureImport, sourceSentences, sumImport } from '../../electron/core/eval/import-measure.ts';
import type { ImportMapping } from '../../electron/core/import/index.ts';
import { parseCorpusLabels, type TextLabels } from '../../electron/core/eval/labels.ts';

function labels(items: Record<string, TextLabels['items'][string]['state']>, problems: TextLabels['problems'] = []) {
  const out: TextLabels = { year: 2024, items: {}, problems };
  for (const [id, state] of Object.entries(items)) out.items[id] = { state };
  return out;
}

function outcome(over: Partial<TextOutcome> & Pick<TextOutcome, 'labels'>): TextOutcome {
  return { file: 'x.txt', year: 2024, checklist: [], findings: [], ...over };
}

describe('eval scoring', () => {
  test('agreement leaves out cut labels and items both sides call missing', () => {
    const r = scoreCorpus([
      outcome({
        labels: labels({ study: 'covered', chief: 'cut', openness: 'missing', disputes: 'partial' }),
        checklist: [
          { id: 'study', computedState: 'covered', figures: '次数' },
          { id: 'chief', computedState: 'covered', figures: '次数' },
          { id: 'openness', computedState: 'missing', figures: '件数' },
          { id: 'disputes', computedState: 'missing', figures: '件数' },
        ],
      }),
    ]);
    assert.deepEqual(r.overall, { compared: 2, agreed: 1 });
    assert.deepEqual(r.items.find((i) => i.id === 'disputes')?.misses, { 'partial→missing': 1 });
    assert.equal(r.chief.compared, 0);
  });

  test('a figure-less item counts partial as covered on both sides', () => {
    const r = scoreCorpus([
      outcome({
        labels: labels({ digital: 'partial' }),
        checklist: [{ id: 'digital', computedState: 'covered', figures: null }],
      }),
    ]);
    assert.deepEqual(r.overall, { compared: 1, agreed: 1 });
  });

  test('chief is compared in three states, missing against missing included', () => {
    const r = scoreCorpus([
      outcome({
        labels: labels({ chief: 'missing' }),
        checklist: [{ id: 'chief', computedState: 'missing', figures: 'x' }],
      }),
      outcome({
        labels: labels({ chief: 'partial' }),
        checklist: [{ id: 'chief', computedState: 'covered', figures: 'x' }],
      }),
    ]);
    assert.equal(r.chief.compared, 2);
    assert.equal(r.chief.agreed, 1);
    assert.deepEqual(r.chief.misses, { 'partial→covered': 1 });
  });

  test('slips are caught by an overlapping finding; other findings are listed as unexplained', () => {
    const slip = { kind: '余', quote: '调解纠纷37余件', fix: '37件' };
    const finding = (rule: string, excerpt: string) => ({ rule, message: 'm', excerpt, section: '一、' });
    const r = scoreCorpus([
      outcome({
        labels: labels({}, [slip]),
        year: 2023,
        findings: [
          finding('yu', '…全年调解纠纷37余件…'),
          finding('punctuation', '调解纠纷37余件,'),
          finding('stale', '坚持某某提法'),
        ],
      }),
    ]);
    assert.deepEqual([r.slips.compared, r.slips.agreed], [1, 1]);
    assert.equal(r.punctuation, 1);
    assert.deepEqual(
      r.unexplained.map((f) => f.rule),
      ['stale'],
    );
    assert.deepEqual(r.year, { compared: 1, agreed: 0 });
    assert.equal(explains(slip, finding('punctuation', '调解纠纷37余件')), false, 'width findings are an artefact');
  });

  test('a finding on a whole part the excerpt does not reach is counted apart, not as noise', () => {
    const f = { rule: 'section-empty', message: 'm', excerpt: '', section: '〔不足〕' };
    const r = scoreCorpus([
      outcome({
        labels: { ...labels({}), visible_parts: [1] },
        findings: [
          { ...f, part: 2 },
          { ...f, part: 1 },
        ],
      }),
    ]);
    assert.equal(r.beyondExcerpt, 1);
    assert.equal(r.unexplained.length, 1);
  });

  test('a finding at the end of a text cut mid-sentence is counted apart', () => {
    const f = { rule: 'unbalanced', message: 'm', section: '一、' };
    const r = scoreCorpus([
      outcome({
        labels: labels({}),
        cutTail: '全年开展“法律进村',
        findings: [
          { ...f, excerpt: '…全年开展“法律进村' },
          { ...f, excerpt: '…开展“法律…' },
        ],
      }),
    ]);
    assert.equal(r.beyondExcerpt, 1);
    assert.equal(r.unexplained.length, 1);
  });

  test('labels are checked when read', () => {
    assert.equal(parseCorpusLabels({ 'a.txt': { year: 2024, items: { study: { state: 'maybe' } } } }).ok, false);
    assert.equal(parseCorpusLabels({ 'a.txt': { year: 2024, items: {} } }).ok, true);
  });
});

describe('import figures', () => {
  const SOURCE = [
    '来源：青石镇人民政府',
    '青石镇2024年度法治政府建设工作情况报告',
    '一、主要举措和成效。全年学法8次；开展普法12场。',
    '（一）加强学习',
  ].join('\n');

  test('sentences of the source: page lines left out, heading numbers and end marks dropped', () => {
    const { sentences, noise } = sourceSentences(SOURCE);
    assert.equal(noise, 1);
    assert.deepEqual(sentences, [
      '青石镇2024年度法治政府建设工作情况报告',
      '主要举措和成效',
      '全年学法8次',
      '开展普法12场',
      '加强学习',
    ]);
  });

  test('a sentence missing from the exported text is counted and listed; unclassified headings are counted', () => {
    const mapping = [
      { part: 'measures', target: 'measures' },
      { part: null, target: 'custom' },
      { part: 'chief', target: 'custom' },
    ] as unknown as ImportMapping[];
    const t = measureImport(
      SOURCE,
      mapping,
      '青石镇2024年度法治政府建设工作情况报告\n一、主要举措和成效\n全年学法8次；\n（一）加强学习',
    );
    assert.equal(t.sentences, 5);
    assert.equal(t.sentencesFound, 4);
    assert.deepEqual(t.lost, ['开展普法12场']);
    assert.equal(t.unclassified, 1);
    assert.equal(t.ownSections, 2);
    assert.equal(sumImport([t, t]).textsLosing, 2);
  });
});

describe('eval command', () => {
  const run = (args: string[]) => runCliBundle('eval', args);

  test('scores the test corpus and writes the same as JSON', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'result.json');
    const res = run(['test/fixtures/eval-corpus', '--json', out]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /year\s+2\/2/);
    assert.match(res.stdout, /all items \(not cut, either side not missing\)\s+3\/3/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(json.texts, 2);
    assert.deepEqual(json.year, { compared: 2, agreed: 2 });
    // The import's own figures: headings left custom, and every sentence through the real Word export.
    assert.match(res.stdout, /headings with no mandated part \(custom\)\s+\d+\/\d+/);
    assert.match(res.stdout, /sentences in → found in the exported \.docx\s+(\d+)\/\1 \(100\.0%\)/);
    assert.ok(json.import.sentences > 10, JSON.stringify(json.import));
    assert.equal(json.import.sentencesFound, json.import.sentences);
    assert.equal(json.import.perText.length, 2);
  });

  test('an absent folder or a folder that is not a corpus is an error', () => {
    const absent = run([join(tmpdir(), 'no-such-corpus-folder')]);
    assert.equal(absent.status, 1);
    assert.match(absent.stderr, /找不到语料文件夹 \/ corpus folder not found/);
    const notCorpus = run(['test/fixtures']);
    assert.equal(notCorpus.status, 1);
    assert.match(notCorpus.stderr, /不是评测语料/);
    assert.equal(run([]).status, 2);
  });
});
