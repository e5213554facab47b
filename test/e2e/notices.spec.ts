/**
 * The one notice area: the same notice told again replaces itself, and 撤销 after a bulk change leaves with the
 * editor. (Which notices leave by themselves and how many are kept is test/unit/notice-queue.test.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './harness.ts';

test('an error told five times is one notice; 已改正 · 撤销 goes with the editor', async ({ app }) => {
  const { page } = app;
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-notices-'));
  const file = path.join(dir, '青石镇日记.txt');
  writeFileSync(file, '今天天气很好，我们去公园散步。');
  app.nextOpenPath = file;
  const area = page.locator('.notice-area');
  for (let i = 1; i <= 5; i++) {
    await page.getByRole('button', { name: '导入旧报告（Word/文本）' }).click();
    await expect(area.locator('.error-banner')).toContainText('无法导入');
  }
  await expect(area.locator('.notice')).toHaveCount(1);

  await area.locator('.error-banner').getByRole('button', { name: '关闭' }).click();
  await expect(area.locator('.notice')).toHaveCount(0);

  // 已改正 N 处 · 撤销 belongs to the open report: it does not follow the user to the library.
  await page.locator('.report-item .title').click();
  await page.getByRole('tab', { name: /问题/ }).click();
  await page.getByRole('button', { name: /全部改正（\d+ 处）/ }).click();
  await expect(area.locator('.undo-notice')).toContainText(/已改正 \d+ 处/);
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await expect(area.locator('.undo-notice')).toHaveCount(0);
});
