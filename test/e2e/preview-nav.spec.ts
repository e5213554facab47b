/** Moving about the print preview: zoom (fits and percentages), 第 n 页 / 共 N 页 with a jump box, PageUp/PageDown. */
import { test, expect } from './harness.ts';

test('the preview opens at a whole readable page, zooms, and goes to a page by number or PageUp/PageDown', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.locator('.preview-view.ready')).toBeVisible();
  const zoom = page.getByRole('combobox', { name: '缩放' });
  const sheets = page.locator('.pv-page');
  const first = page.locator('.pv-page[data-page="1"]');

  // At 1366×768 the whole of page 1 shows, at more than half size.
  await expect(zoom).toHaveValue('page');
  await expect(first).toBeInViewport({ ratio: 1 });
  const width = async () => (await first.boundingBox())!.width;
  const fitted = await width();
  await zoom.selectOption('100');
  await expect.poll(width).not.toBe(fitted);
  const full = await width();
  expect(fitted / full).toBeGreaterThan(0.5);
  expect(fitted / full).toBeLessThan(1);
  await zoom.selectOption('200');
  await expect.poll(async () => (await width()) / full).toBeCloseTo(2, 1);
  await zoom.selectOption('50');
  await expect.poll(async () => (await width()) / full).toBeCloseTo(0.5, 1);
  await page.getByRole('button', { name: '放大' }).click();
  await expect(zoom).toHaveValue('75');
  await zoom.selectOption('width');
  const scroller = (await page.locator('.pv-scroll').boundingBox())!;
  await expect.poll(async () => (await width()) / scroller.width).toBeGreaterThan(0.9);

  // 共 N 页 counts the sheets; typing a number goes there.
  await zoom.selectOption('page');
  const total = await sheets.count();
  expect(total).toBeGreaterThan(3);
  await expect(page.locator('.pv-total')).toHaveText(String(total));
  const box = page.getByRole('textbox', { name: '页码' });
  await box.fill('3');
  await box.press('Enter');
  await expect(page.locator('.pv-page[data-page="3"]')).toBeInViewport({ ratio: 0.9 });
  await expect(first).not.toBeInViewport();

  // PageDown and PageUp a page at a time, from the keyboard alone.
  await page.locator('.pv-scroll').focus();
  await page.keyboard.press('PageDown');
  await expect(box).toHaveValue('4');
  await expect(page.locator('.pv-page[data-page="4"]')).toBeInViewport({ ratio: 0.9 });
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(box).toHaveValue('2');
  await expect(page.locator('.pv-page[data-page="2"]')).toBeInViewport({ ratio: 0.9 });

  // A page that does not exist changes nothing.
  await box.fill('99');
  await box.press('Enter');
  await expect(box).toHaveValue('2');
});
