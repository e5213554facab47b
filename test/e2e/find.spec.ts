import { test, expect, type AppHarness } from './harness.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';

/** Everything the report says, as saved on disk (without the time of the save). */
const savedText = (app: AppHarness) => JSON.stringify({ ...readDataDirSync(app.dataDir).reports[0], updatedAt: '' });

/** Write 青石镇 into every part that find searches. */
async function fillParts(app: AppHarness) {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('textbox', { name: '主送机关' }).fill('中共云岭县委、云岭县人民政府：');
  await page.getByRole('textbox', { name: '导语' }).fill('青石镇坚持依法行政。现将有关情况报告如下：');
  await page.locator('section.panel[data-key="plan"] > .panel-head').getByLabel(/标题$/).fill('青石镇下步工作计划');
  await page.locator('section.panel[data-key="plan"] textarea').first().fill('青石镇将开展APP普法，app月活20245人次。');
  await page.locator('#part-sign').getByLabel('落款单位1').fill('中共青石镇委员会');
  await page
    .locator('#part-sign')
    .getByLabel(/落款单位2/)
    .fill('青石镇人民政府');
}

test('find across parts: count, next selects the match in its box, replace all is one undo step', async ({ app }) => {
  const { page } = app;
  await fillParts(app);
  await page.locator('body').press('Control+f');
  const panel = page.getByRole('search', { name: '查找和替换' });
  await expect(panel.getByLabel('查找内容')).toBeFocused();
  await panel.getByLabel('查找内容').fill('青石镇');
  await expect(panel.locator('.find-count')).toHaveText('共 5 处');
  // Enter: the first match, in reading order (导语), selected in its box.
  await panel.getByLabel('查找内容').press('Enter');
  await expect(panel.locator('.find-count')).toHaveText('第 1 / 5 处');
  const selected = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return [el.getAttribute('aria-label'), el.value.slice(el.selectionStart, el.selectionEnd)];
    });
  expect(await selected()).toEqual(['导语', '青石镇']);
  await panel.getByRole('button', { name: '下一个' }).click();
  expect(await selected()).toEqual(['一级标题', '青石镇']);
  await panel.getByRole('button', { name: '上一个' }).click();
  await panel.getByRole('button', { name: '上一个' }).click();
  await expect(panel.locator('.find-count')).toHaveText('第 5 / 5 处');
  expect((await selected())[1]).toBe('青石镇');
  await expect(page.locator('#part-sign').getByLabel(/落款单位2/)).toBeFocused();

  await expect.poll(() => savedText(app)).toContain('中共青石镇委员会');
  const before = savedText(app);
  await page.keyboard.press('Control+h');
  await panel.getByLabel('替换为').fill('白云镇');
  await panel.getByRole('button', { name: '全部替换' }).click();
  await expect(panel.locator('.find-count')).toHaveText('无匹配');
  await expect(page.locator('.undo-notice')).toContainText('已替换 5 处');
  await expect(page.locator('section.panel[data-key="plan"] textarea').first()).toHaveValue(/^白云镇将开展/);
  await expect.poll(() => savedText(app)).not.toContain('青石镇');
  expect(savedText(app)).toContain('中共白云镇委员会');

  await page.locator('body').press('Control+z');
  await expect(panel.locator('.find-count')).toHaveText('共 5 处');
  await expect.poll(() => savedText(app)).toEqual(before);

  // A dialog over the editor takes Esc for itself: the panel stays open behind it.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const review = page.getByRole('dialog', { name: '导出前检查' });
  await expect(review).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(review).toHaveCount(0);
  await expect(panel).toBeVisible();
  // After a jump the focus is in the report text; Esc there closes the panel and leaves the text as it is.
  await panel.getByRole('button', { name: '下一个' }).click();
  const preamble = page.getByRole('textbox', { name: '导语' });
  await expect(preamble).toBeFocused();
  await preamble.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(preamble).toHaveValue('青石镇坚持依法行政。现将有关情况报告如下：');
  await page.locator('body').press('Control+f');
  await panel.getByLabel('查找内容').press('Escape');
  await expect(panel).toHaveCount(0);
});

test('replace one at a time; 全字匹配 and Latin case; the 编辑 menu opens find', async ({ app }) => {
  const { page } = app;
  await fillParts(app);
  await app.command('replace');
  const panel = page.getByRole('search', { name: '查找和替换' });
  await panel.getByLabel('查找内容').fill('app');
  await expect(panel.locator('.find-count')).toHaveText('共 2 处');
  await panel.getByLabel('替换为').fill('移动应用');
  // As in Word: with no match chosen yet, 替换 first goes to one; the next 替换 replaces it.
  await panel.getByRole('button', { name: '替换', exact: true }).click();
  await expect(panel.locator('.find-count')).toHaveText('第 1 / 2 处');
  await panel.getByRole('button', { name: '替换', exact: true }).click();
  await expect(panel.locator('.find-count')).toHaveText('第 1 / 1 处');
  const plan = page.locator('section.panel[data-key="plan"] textarea').first();
  await expect(plan).toHaveValue('青石镇将开展移动应用普法，app月活20245人次。');
  await panel.getByRole('button', { name: '替换', exact: true }).click();
  await expect(plan).toHaveValue('青石镇将开展移动应用普法，移动应用月活20245人次。');
  await expect(panel.locator('.find-count')).toHaveText('无匹配');

  await panel.getByLabel('查找内容').fill('2024');
  await expect(panel.locator('.find-count')).toHaveText(/^共 \d+ 处$/);
  await panel.getByLabel('全字匹配').check();
  await expect(panel.locator('.find-count')).not.toHaveText('无匹配');
  await panel.getByLabel('查找内容').fill('20245');
  await panel.getByLabel('全字匹配').uncheck();
  await expect(panel.locator('.find-count')).toHaveText('共 1 处');
  await panel.getByLabel('全字匹配').check();
  await panel.getByLabel('查找内容').fill('2024');
  await panel.getByLabel('替换为').fill('2025');
  await panel.getByRole('button', { name: '全部替换' }).click();
  await expect(plan).toHaveValue(/20245人次/);
  // Each single replacement was its own step.
  await page.locator('body').press('Control+z');
  await page.locator('body').press('Control+z');
  await expect(plan).toHaveValue('青石镇将开展移动应用普法，app月活20245人次。');
  await expect.poll(() => savedText(app)).toContain('app月活20245人次');
});

test('新建下一年度: the years in the text are listed for review, and only the ticked ones change', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page
    .locator('section.panel[data-key="shortfalls"] textarea')
    .first()
    .fill('2024年，青石镇落实《云岭县2024年普法要点》不够到位。');
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await page.getByRole('button', { name: '新建下一年度' }).click();
  const dialog = page.getByRole('dialog', { name: '更新年份' });
  const row = dialog.locator('li', { hasText: '普法要点' });
  await expect(row.first()).toBeVisible();
  // The plain year is ticked; the one inside 《》 is not, and says why.
  const plain = dialog.locator('li').filter({ has: page.locator('mark', { hasText: '2024' }) });
  await expect(plain.filter({ hasText: '书名号' })).toHaveCount(1);
  await expect(plain.filter({ hasText: '书名号' }).getByRole('checkbox')).not.toBeChecked();
  const ticked = await dialog.getByRole('checkbox', { checked: true }).count();
  await dialog.getByRole('button', { name: `更新勾选的 ${ticked} 处` }).click();
  await expect(page.locator('.toolbar h1')).toContainText('2025');
  const next = readDataDirSync(app.dataDir).reports.find((r) => r.year === 2025)!;
  const shortfalls = next.sections.find((s) => s.key === 'shortfalls')!;
  expect(shortfalls.paragraphs[0].text).toBe('2025年，青石镇落实《云岭县2024年普法要点》不够到位。');
});
