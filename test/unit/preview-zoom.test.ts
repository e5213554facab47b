import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_H_PX, PAGE_W_PX, zoomScale, zoomStep } from '../../renderer/views/preview/zoom.ts';

test('fit page shows a whole sheet at 1366×768; fit width fills the width; percentages are exact', () => {
  // The preview's scroller at 1366×768: the window less the bar above it.
  const [w, h] = [1366, 768 - 47];
  const page = zoomScale('page', w, h);
  assert.ok(PAGE_H_PX * page <= h - 32 + 0.5, 'the sheet fits the height');
  assert.ok(page > 0.55, `readable: ${page}`);
  assert.ok(Math.abs(PAGE_W_PX * zoomScale('width', w, h) - (w - 32)) < 1);
  assert.equal(zoomScale(150, w, h), 1.5);
  assert.equal(zoomScale('page', 200, 200), 0.3);
});

test('zoom steps go to the next offered percentage from the scale shown', () => {
  assert.equal(zoomStep(0.61, 1), 75);
  assert.equal(zoomStep(0.61, -1), 50);
  assert.equal(zoomStep(1, 1), 125);
  assert.equal(zoomStep(2, 1), 200);
  assert.equal(zoomStep(0.5, -1), 50);
});
