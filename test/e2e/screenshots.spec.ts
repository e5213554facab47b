import { test } from './harness.ts';

// Refreshes the README screenshots when SCREENSHOTS=1; otherwise there is nothing to check here.
test.skip(!process.env.SCREENSHOTS, 'README screenshots are refreshed only with SCREENSHOTS=1');

test('README screenshots', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.locator('section.panel[data-key="measures"]').waitFor();
  await page.screenshot({ path: 'assets/readme/editor.png' });
});
