import { test, expect } from './harness.ts';

test('the library marks what is due by the main clock, tells it once a day, and a filing moves it on', async ({
  app,
}) => {
  const { page } = app;
  app.clock = new Date(2025, 1, 20, 9, 0);
  await app.restart();
  const notice = page.locator('.notice[role="alert"]');
  await expect(notice).toContainText('《汤郎乡2024年度法治政府建设工作情况报告》报送期限 2025年3月1日，还有 9 天。');
  await expect(page.locator('.report-item .due-tag')).toHaveText('报送：还有 9 天');

  await page.locator('.report-item .title').click();
  await page.getByRole('button', { name: '版本', exact: true }).click();
  const box = page.getByRole('region', { name: '阶段与期限' });
  await expect(box.locator('.due-list li').first()).toHaveText('报送期限 2025年3月1日：还有 9 天');
  await box.getByLabel('当前阶段').selectOption({ label: '报送稿' });
  await box.getByText('记录报送、保密审查、公开').click();
  await box.getByRole('group', { name: '报送' }).getByLabel('日期').fill('2025-02-19');
  await box.getByRole('group', { name: '报送' }).getByLabel('文号').fill('青政报〔2025〕3号');
  await expect(box.locator('.due-list li').first()).toHaveText('报送期限 2025年3月1日：已完成');
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await expect(page.locator('.report-item .due-tag')).toHaveText('公开：还有 40 天');
  await expect(page.locator('.report-item .stage-tag')).toHaveText('报送稿');

  // Told once a day: a restart the same day says nothing more.
  await app.restart();
  await expect(page.locator('.report-item .due-tag')).toHaveText('公开：还有 40 天');
  await expect(page.locator('.notice[role="alert"]')).toHaveCount(0);
});
