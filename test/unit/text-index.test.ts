import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allIndexes, indexFor, TextIndex } from '../../electron/core/text/text-index.ts';

/** A small pseudo-random generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Few distinct characters, so phrases recur, overlap ("法法法") and straddle every edit.
const ALPHABET = '法治政府建设\n。';
const pick = (r: () => number, n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(r() * 8)]).join('');
const NEEDLES = ['法治', '法法', '法法法', '治政府', '。\n', '建设。', '府建设法治', '法'];

test('a full index finds what repeated indexOf finds', () => {
  const r = rng(1);
  for (let round = 0; round < 20; round++) {
    const text = pick(r, 300 + round * 40);
    const index = new TextIndex(text);
    for (const n of NEEDLES) assert.deepEqual(index.find(n), allIndexes(text, n), `${n} in round ${round}`);
  }
});

test('after one stretch changed, the index read off the older one finds what indexOf finds', () => {
  const r = rng(7);
  let text = pick(r, 4000);
  indexFor(text, 'test');
  let patched = 0;
  for (let round = 0; round < 200; round++) {
    // Insert, delete or replace a stretch at the start, the end or anywhere between.
    const at = [0, text.length, Math.floor(r() * text.length)][round % 3];
    const cut = Math.min(text.length - at, Math.floor(r() * 6));
    text = text.slice(0, at) + pick(r, Math.floor(r() * 6)) + text.slice(at + cut);
    const index = indexFor(text, 'test');
    if (!(index instanceof TextIndex)) patched++;
    for (const n of NEEDLES) assert.deepEqual(index.find(n), allIndexes(text, n), `${n} in round ${round}`);
  }
  assert.ok(patched > 50, `some rounds read off the older index (${patched} of 200)`);
});

test('typing in one paragraph is read off the older index, check after check', () => {
  const r = rng(11);
  let text = pick(r, 20_000);
  indexFor(text, 'typing');
  let patched = 0;
  for (let round = 0; round < 100; round++) {
    const at = 9000 + Math.floor(r() * 300);
    text = text.slice(0, at) + pick(r, 1 + Math.floor(r() * 3)) + text.slice(at + (round % 4 === 0 ? 2 : 0));
    const index = indexFor(text, 'typing');
    if (!(index instanceof TextIndex)) patched++;
    for (const n of NEEDLES) assert.deepEqual(index.find(n), allIndexes(text, n), `${n} in round ${round}`);
  }
  assert.equal(patched, 100);
});

test('a text changed in a long stretch, or the same text again, is answered by a full index', () => {
  const r = rng(3);
  const text = pick(r, 4000);
  const first = indexFor(text, 'test-2');
  assert.equal(indexFor(text, 'test-2'), first);
  const other = pick(r, 4000);
  const rebuilt = indexFor(other, 'test-2');
  assert.ok(rebuilt instanceof TextIndex);
  assert.deepEqual(rebuilt.find('法治'), allIndexes(other, '法治'));
});
