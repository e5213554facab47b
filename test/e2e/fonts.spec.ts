/**
 * 设置 → 字体 on a stubbed stock-Windows PC (the harness's font list): the check lists each preset's fonts, and
 * choosing a preset whose fonts are missing brings a warning into the review before the Word export.
 */
import { test, expect } from './harness.ts';

test('the font check shows what this PC lacks and the export warns for a preset it cannot print', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '设置' }).click();
  const check = page.locator('section.font-check');
  await expect(check.locator('[data-preset="windows"] h3')).toContainText('可用（部分用替代字体）');
  await expect(check.locator('[data-preset="windows"] li', { hasText: '方正小标宋简体' })).toContainText('用宋体代替');
  await expect(check.locator('[data-preset="gb2312"] h3')).toContainText('缺少字体');
  await expect(check).toContainText('本机推荐：Windows 自带');

  await page.getByLabel('字体方案').selectOption('gb2312');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await page.getByRole('button', { name: '改用推荐方案' }).waitFor();
  await page.getByRole('button', { name: '返回' }).click();
  await page.locator('.report-item .title').click();
  await page.getByRole('button', { name: '导出 Word' }).click();
  const review = page.getByRole('dialog', { name: '导出前检查' });
  await expect(review.locator('.font-warning')).toContainText('仿宋_GB2312');
  await expect(review.locator('.font-warning')).toContainText('建议在“设置 → 字体”改用“Windows 自带”');
});
