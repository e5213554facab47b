import { test } from 'node:test';
import assert from 'node:assert/strict';
import { droppedKeys } from '../../electron/core/dropped-keys.ts';

test('keys missing from the parsed value are named by their path, in objects and arrays', () => {
  const input = { a: 1, list: [{ x: 1, extra: 2 }, { x: 2 }], nested: { keep: true, lost: 'y' } };
  const output = { a: 1, list: [{ x: 1 }, { x: 2 }], nested: { keep: true } };
  assert.deepEqual(droppedKeys(input, output), ['list[0].extra', 'nested.lost']);
});

test('a key whose value is undefined carries nothing; identical values drop nothing', () => {
  assert.deepEqual(droppedKeys({ a: 1, b: undefined }, { a: 1 }), []);
  const same = { a: [1, 2], b: { c: 'd' } };
  assert.deepEqual(droppedKeys(same, structuredClone(same)), []);
});

test('an own "__proto__" key, as JSON.parse makes it, counts as dropped', () => {
  const input = JSON.parse('{"marks":{"__proto__":{"state":"na"}}}') as unknown;
  assert.deepEqual(droppedKeys(input, { marks: {} }), ['marks.__proto__']);
});

test('at most `limit` paths are listed', () => {
  const input = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
  assert.equal(droppedKeys(input, {}, 3).length, 3);
});
