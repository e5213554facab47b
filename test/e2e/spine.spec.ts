import { test, expect } from './harness.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';

test('the demo report is there on first start and shows every mandated section', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.report-item')).toHaveCount(1);
  await expect(page.locator('.report-item .title')).toHaveText('汤郎乡2024年度法治政府建设工作情况报告');
  await page.locator('.report-item .title').click();
  for (const key of ['measures', 'chief', 'shortfalls', 'plan', 'other']) {
    await expect(page.locator(`section.panel[data-key="${key}"]`)).toHaveCount(1);
  }
  for (const key of ['study', 'functions', 'decisions', 'enforcement', 'oversight', 'disputes', 'education']) {
    await expect(page.locator(`section.panel[data-key="${key}"]`)).toHaveCount(1);
  }
  // Numbers come from position: the first sub-area with text is （一）, empty ones have none.
  await expect(page.locator('section.panel[data-key="measures"] > .panel-head .number')).toHaveText('一、');
  await expect(page.locator('section.panel[data-key="chief"] > .panel-head .number')).toHaveText('（空）');
  await expect(page.locator('.hint').first()).toBeVisible();
  await expect(page.locator('.total-chars')).not.toHaveText('0');
  // The outline lists the sections and jumps to them.
  await page.locator('.outline a', { hasText: '下步工作计划' }).click();
  await expect(page.locator('section.panel[data-key="plan"]')).toBeInViewport();
  // No horizontal scrolling at 1366×768.
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth > window.innerWidth ||
      [...document.querySelectorAll('.form')].some((e) => e.scrollWidth > e.clientWidth),
  );
  expect(overflow).toBe(false);
});

test('create a report, fill two sections and a statistic, restart, and find everything on disk', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '新建报告' }).click();
  const form = page.getByRole('form', { name: '新建报告' });
  await form.getByLabel('单位名称（乡/镇/街道）').fill('城关镇');
  await form.getByLabel('所属县（市、区）').fill('禄劝县');
  await form.getByLabel('报告年度').fill('2025');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('城关镇2025年度法治政府建设工作情况报告');

  const chief = page.locator('section.panel[data-key="chief"]');
  await chief.getByRole('button', { name: '＋ 添加段落' }).click();
  await chief
    .locator('textarea')
    .first()
    .fill('镇党委书记、镇长认真履行推进法治建设第一责任人职责，亲自部署年度法治建设工作。');
  const plan = page.locator('section.panel[data-key="plan"]');
  await plan.getByRole('button', { name: '＋ 添加段落' }).click();
  await plan.locator('textarea').first().fill('2026年，继续深入学习贯彻习近平法治思想。');
  const officers = page.getByLabel('持证执法人员（名）');
  await officers.fill('21');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存 \d\d:\d\d:\d\d/);
  await expect(chief.locator('> .panel-head .number')).toHaveText('一、');
  await expect(plan.locator('> .panel-head .number')).toHaveText('二、');

  // The file on disk holds it.
  const onDisk = readDataDirSync(app.dataDir);
  const saved = onDisk.reports.find((r: { unitName: string }) => r.unitName === '城关镇');
  expect(JSON.stringify(saved)).toContain('亲自部署年度法治建设工作');

  await app.restart();
  await page.locator('.report-item .title', { hasText: '城关镇2025' }).click();
  await expect(page.locator('section.panel[data-key="chief"] textarea').first()).toHaveValue(
    '镇党委书记、镇长认真履行推进法治建设第一责任人职责，亲自部署年度法治建设工作。',
  );
  await expect(page.locator('section.panel[data-key="plan"] textarea').first()).toHaveValue(
    '2026年，继续深入学习贯彻习近平法治思想。',
  );
  await expect(page.getByLabel('持证执法人员（名）')).toHaveValue('21');
});

test('a bad statistic shows a message and is not saved', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const rate = page.getByLabel('调解成功率（%）');
  await rate.fill('120');
  await expect(page.locator('.stat-error')).toHaveText('百分比应在 0 到 100 之间');
  await rate.fill('-3');
  await expect(page.locator('.stat-error')).toHaveText('不能是负数');
  await rate.fill('十二');
  await expect(page.locator('.stat-error')).toContainText('请填写数字');
  await page.waitForTimeout(1500);
  await page.keyboard.press('Control+s');
  const report = app.store.list()[0];
  const stored = app.store.get(report.id);
  const stat = JSON.stringify(stored).match(/"id":"mediation-success"[^}]*"value":(null|[\d.]+)/);
  expect(stat?.[1]).toBe('null');
  await rate.fill('98.5');
  await expect(page.locator('.stat-error')).toHaveCount(0);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  expect(JSON.stringify(app.store.get(report.id))).toMatch(/"id":"mediation-success"[^}]*"value":98.5/);
});
