import { test, expect, type AppHarness } from './harness.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';
import { walkSections, type Report } from '../../electron/core/report-model.ts';

/** The report as saved on disk. */
const saved = (app: AppHarness): Report => readDataDirSync(app.dataDir).reports[0];
const sectionOnDisk = (app: AppHarness, key: string) =>
  [...walkSections(saved(app).sections)].find((w) => w.section.key === key)!.section;

const undoButton = (app: AppHarness) => app.page.locator('.toolbar').getByRole('button', { name: '撤销', exact: true });
const redoButton = (app: AppHarness) => app.page.locator('.toolbar').getByRole('button', { name: '重做', exact: true });

test('typing, a heading, the title, 主送, 导语 and 落款: each undone and redone, the file follows', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const box = page.locator('section.panel[data-key="shortfalls"] textarea').first();
  const original = await box.inputValue();
  await expect(undoButton(app)).toBeDisabled();
  await box.fill('青石镇法治宣传覆盖面仍然不足。');
  await page.getByRole('textbox', { name: '主送机关' }).fill('中共云岭县委、云岭县人民政府：');
  await page.getByRole('textbox', { name: '标题', exact: true }).fill('青石镇2025年度法治政府建设工作情况报告');
  await page.locator('section.panel[data-key="plan"] > .panel-head').getByLabel(/标题$/).fill('青石镇下一步安排');
  await page.getByRole('textbox', { name: '导语' }).fill('青石镇导语。');
  await page.locator('#part-sign').getByLabel('落款单位1').fill('青石镇人民政府');

  // One step per box: 落款, 导语, heading, title, 主送 go back one at a time, then the paragraph.
  await undoButton(app).click();
  await expect(page.locator('#part-sign').getByLabel('落款单位1')).toHaveValue('');
  await undoButton(app).click();
  await expect(page.getByRole('textbox', { name: '导语' })).not.toHaveValue('青石镇导语。');
  await undoButton(app).click();
  await expect(page.locator('section.panel[data-key="plan"] > .panel-head').getByLabel(/标题$/)).toHaveValue(
    '下步工作计划',
  );
  await undoButton(app).click();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).not.toHaveValue(/青石镇/);
  await undoButton(app).click();
  await expect(page.getByRole('textbox', { name: '主送机关' })).not.toHaveValue(/云岭县/);
  await expect(box).toHaveValue('青石镇法治宣传覆盖面仍然不足。');
  await undoButton(app).click();
  await expect(box).toHaveValue(original);
  await expect(undoButton(app)).toBeDisabled();
  await expect.poll(() => sectionOnDisk(app, 'shortfalls').paragraphs[0].text).toBe(original);
  await expect.poll(() => saved(app).recipient).not.toContain('云岭县');
  expect(saved(app).signature.units).toEqual([]);

  // Redo brings them back, with Ctrl+Y and Ctrl+Shift+Z outside a box.
  await redoButton(app).click();
  await expect(box).toHaveValue('青石镇法治宣传覆盖面仍然不足。');
  await page.locator('body').press('Control+y');
  await expect(page.getByRole('textbox', { name: '主送机关' })).toHaveValue('中共云岭县委、云岭县人民政府：');
  await page.locator('body').press('Control+Shift+Z');
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(
    '青石镇2025年度法治政府建设工作情况报告',
  );
  await expect.poll(() => saved(app).title).toBe('青石镇2025年度法治政府建设工作情况报告');
  expect(sectionOnDisk(app, 'shortfalls').paragraphs[0].text).toBe('青石镇法治宣传覆盖面仍然不足。');
});

test('delete a paragraph, move a section, insert a figure, mark an item: Ctrl+Z takes each back', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const plan = page.locator('section.panel[data-key="plan"]');
  const planText = await plan.locator('textarea').first().inputValue();
  await plan.getByRole('button', { name: '删除本段' }).click();
  await page.getByRole('alertdialog', { name: '删除这一段？' }).getByRole('button', { name: '删除' }).click();
  await expect(plan.locator('textarea')).toHaveCount(0);
  await expect.poll(() => sectionOnDisk(app, 'plan').paragraphs.length).toBe(0);
  await page.locator('body').press('Control+z');
  await expect(plan.locator('textarea')).toHaveValue(planText);
  await expect.poll(() => sectionOnDisk(app, 'plan').paragraphs.map((p) => p.text)).toEqual([planText]);

  const keys = () => saved(app).sections.map((s) => s.key);
  const before = keys();
  await page.locator('section.panel[data-key="plan"] > .panel-head').getByRole('button', { name: '上移' }).click();
  await expect.poll(keys).not.toEqual(before);
  await page.locator('body').press('Control+z');
  await expect.poll(keys).toEqual(before);
  // The form shows the old order again before anything else is clicked.
  const shown = () =>
    page.locator('.form > section.panel.depth-1').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  await expect.poll(shown).toEqual(before);

  const oversight = page.locator('section.panel[data-key="oversight"]');
  const oversightText = await oversight.locator('textarea').last().inputValue();
  // 插入正文 puts the figure at the cursor: place it at the end of the paragraph first.
  await oversight.locator('textarea').last().click();
  await oversight.locator('textarea').last().press('End');
  await oversight.getByRole('button', { name: '插入正文' }).click();
  await expect(oversight.locator('textarea').last()).not.toHaveValue(oversightText);
  await page.locator('body').press('Control+z');
  await expect(oversight.locator('textarea').last()).toHaveValue(oversightText);

  const marked = () => Object.keys(saved(app).marks).length;
  await page.locator('.checklist').getByRole('button', { name: '已确认' }).first().click();
  await expect.poll(marked).toBe(1);
  await page.locator('body').press('Control+z');
  await expect.poll(marked).toBe(0);
  await expect(page.locator('.checklist').getByRole('button', { name: '撤销标记' })).toHaveCount(0);
  expect(sectionOnDisk(app, 'oversight').paragraphs.at(-1)!.text).toBe(oversightText);
});

test('全部改正 is one step: the notice offers 撤销, and the file is back as it was', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.locator('section.panel[data-key="shortfalls"] textarea').first().fill('青石镇存在问题,原因是宣传不够.');
  await expect(undoButton(app)).toBeEnabled();
  const written = () => JSON.stringify(saved(app).sections);
  await expect.poll(written).toContain('青石镇存在问题,原因');
  const before = written();
  await page.getByRole('tab', { name: /问题/ }).click();
  const fixAll = page.getByRole('button', { name: /全部改正（\d+ 处）/ });
  const count = (await fixAll.textContent())!.match(/(\d+) 处/)![1];
  await fixAll.click();
  const notice = page.locator('.undo-notice');
  await expect(notice).toContainText(`已改正 ${count} 处`);
  await expect.poll(written).not.toEqual(before);
  await notice.getByRole('button', { name: '撤销' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(written).toEqual(before);
  await expect(page.locator('section.panel[data-key="shortfalls"] textarea').first()).toHaveValue(
    '青石镇存在问题,原因是宣传不够.',
  );
  await redoButton(app).click();
  await expect(page.locator('section.panel[data-key="shortfalls"] textarea').first()).toHaveValue(
    /^青石镇存在问题，原因/,
  );
});

test('the history stays across the preview and the library, and the 编辑 menu undoes', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const box = () => page.locator('section.panel[data-key="shortfalls"] textarea').first();
  const original = await box().inputValue();
  await box().fill('青石镇第一稿。');
  await page.getByRole('button', { name: '打印预览' }).click();
  await page.getByRole('button', { name: /返回编辑/ }).click();
  await box().fill('青石镇第二稿。');
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await page.locator('.report-item .title').click();
  await expect(box()).toHaveValue('青石镇第二稿。');
  await app.command('undo');
  await expect(box()).toHaveValue('青石镇第一稿。');
  await app.command('undo');
  await expect(box()).toHaveValue(original);
  await app.command('redo');
  await expect(box()).toHaveValue('青石镇第一稿。');
  await expect.poll(() => sectionOnDisk(app, 'shortfalls').paragraphs[0].text).toBe('青石镇第一稿。');
});
