import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allIndexes, indexOfLines, TextIndex } from '../../electron/core/text/text-index.ts';

/** A small pseudo-random generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Few distinct characters, so phrases recur, overlap ("法法法") and straddle every edit and line break.
const ALPHABET = '法治政府建设。，';
const pick = (r: () => number, n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(r() * 8)]).join('');
const NEEDLES = ['法治', '法法', '法法法', '治政府', '。\n', '\n法', '建设。', '府建设法治', '法', '\n'];
const lines = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, Math.floor(r() * 40)));

/** Check every needle against repeated indexOf on the joined text. */
function same(index: { find(n: string): number[] }, ls: string[], what: string): void {
  const text = ls.join('\n');
  for (const n of NEEDLES) assert.deepEqual(index.find(n), allIndexes(text, n), `${JSON.stringify(n)} ${what}`);
}

test('a full index finds what repeated indexOf finds', () => {
  const r = rng(1);
  for (let round = 0; round < 20; round++) {
    const ls = lines(r, 10 + round * 2);
    same(new TextIndex(ls.join('\n')), ls, `in round ${round}`);
  }
});

test('after lines changed, the index read off the older one finds what indexOf finds', () => {
  const r = rng(7);
  let ls = lines(r, 300);
  indexOfLines(ls, 'test', () => ls.join('\n'));
  let patched = 0;
  for (let round = 0; round < 300; round++) {
    // Lines edited, added or removed at the start, the end or anywhere between; the result may be empty lines.
    const next = [...ls];
    const at = [0, next.length, Math.floor(r() * next.length)][round % 3];
    const kind = Math.floor(r() * 3);
    if (kind === 0 && at < next.length) next[at] = pick(r, Math.floor(r() * 6)) + next[at].slice(Math.floor(r() * 3));
    else if (kind === 1) next.splice(at, 0, ...lines(r, 1 + Math.floor(r() * 2)));
    else next.splice(Math.min(at, next.length - 1), 1 + Math.floor(r() * 2));
    ls = next;
    const index = indexOfLines(ls, 'test', () => ls.join('\n'));
    if (!(index instanceof TextIndex)) patched++;
    same(index, ls, `in round ${round}`);
  }
  assert.ok(patched > 50, `some rounds read off the older index (${patched} of 300)`);
});

test('typing in one paragraph is read off the older index, check after check', () => {
  const r = rng(11);
  let ls = lines(r, 600);
  indexOfLines(ls, 'typing', () => ls.join('\n'));
  let patched = 0;
  for (let round = 0; round < 100; round++) {
    ls = [...ls];
    ls[300] += pick(r, 1 + Math.floor(r() * 3));
    if (round % 10 === 0) ls.splice(301, 0, pick(r, 5));
    const index = indexOfLines(ls, 'typing', () => ls.join('\n'));
    if (!(index instanceof TextIndex)) patched++;
    same(index, ls, `in round ${round}`);
  }
  assert.equal(patched, 100);
});

test('the same lines again are answered by the same index; other lines by a new one', () => {
  const r = rng(3);
  const ls = lines(r, 200);
  const first = indexOfLines(ls, 'test-2', () => ls.join('\n'));
  assert.equal(
    indexOfLines([...ls], 'test-2', () => ls.join('\n')),
    first,
  );
  const other = lines(r, 200);
  const rebuilt = indexOfLines(other, 'test-2', () => other.join('\n'));
  assert.ok(rebuilt instanceof TextIndex);
  same(rebuilt, other, 'after a rebuild');
});
