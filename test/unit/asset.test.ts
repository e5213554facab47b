/** Assets are checked when loaded: a bad field stops the load with the file and the field named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { AssetError, loadAsset } from '../../electron/core/asset.ts';
import { catalogue } from '../../electron/core/catalogue.ts';
import { hasFigure } from '../../electron/core/text/figures.ts';

const Schema = z.object({ items: z.array(z.object({ id: z.string(), weight: z.number() })) });

test('a valid asset loads as its typed value', () => {
  const data = { items: [{ id: 'a', weight: 1 }] };
  assert.deepEqual(loadAsset('x.json', Schema, data), data);
});

test('a bad field is refused with the file and the field path in the message', () => {
  assert.throws(
    () =>
      loadAsset('rules.json', Schema, {
        items: [
          { id: 'a', weight: 1 },
          { id: 'b', weight: '2' },
        ],
      }),
    (e: unknown) => e instanceof AssetError && /^assets\/rules\.json: items\.1\.weight: /.test(e.message),
  );
});

test('the section catalogue loads and names every order key it lists', () => {
  const keys = new Set(catalogue.sections.map((s) => s.key));
  for (const order of ['A', 'B'] as const) {
    for (const key of catalogue.orders[order]) assert.ok(keys.has(key), `${order}: ${key}`);
  }
});

test('every sub-area example (看示例) gives a figure, as the app asks of the text itself', () => {
  const areas = catalogue.sections.flatMap((s) => s.children ?? []);
  assert.ok(areas.length >= 9);
  for (const a of areas) assert.ok(!a.example || hasFigure(a.example), `${a.key}: ${a.example}`);
});
