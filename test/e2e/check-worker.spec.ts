/**
 * The check after a pause in typing runs in its own worker, started from the page's bundle, and its result
 * reaches the form: a slip typed into a paragraph shows up as a finding there and in the 问题 tab.
 */
import { test, expect } from './harness.ts';

test('the check runs in a worker and its findings follow the typing', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const checklist = page.locator('.checklist');
  await expect(checklist).toHaveAttribute('data-check-runs', '0');
  // The worker is started with the editor; a check is sent to it after the first pause.
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const box = page.locator('section.panel[data-key="decisions"] textarea').first();
  await box.click();
  await box.press('Control+End');
  await page.keyboard.type('青石镇全年召开会议37余次。');
  await expect(page.locator('.inline-finding', { hasText: '37余' })).toHaveCount(1);
  await page.getByRole('tab', { name: /问题/ }).click();
  await expect(page.locator('.finding', { hasText: '37余' })).toHaveCount(1);
  const runs = Number(await checklist.getAttribute('data-check-runs'));
  expect(runs).toBeGreaterThan(0);
  // Deleting the slip removes its finding on the next check.
  await box.press('Control+End');
  for (let i = 0; i < '37余次。'.length; i++) await box.press('Backspace');
  await expect(box).toHaveValue(/青石镇全年召开会议$/);
  await expect(page.locator('.finding', { hasText: '37余' })).toHaveCount(0);
  await expect(page.locator('.inline-finding', { hasText: '37余' })).toHaveCount(0);
  expect(app.outsideRequests).toEqual([]);
});
