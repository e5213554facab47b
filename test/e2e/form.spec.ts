import { test, expect } from './harness.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';

const onDisk = (dir: string) => readDataDirSync(dir);

test('library: rename, duplicate, delete with confirmation', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '复制' }).click();
  await expect(page.locator('.report-item')).toHaveCount(2);
  await expect(page.locator('.report-item .title', { hasText: /（副本）$/ })).toHaveCount(1);
  await page.locator('.report-item', { hasText: '（副本）' }).getByRole('button', { name: '重命名' }).click();
  await page.getByLabel('新标题').fill('汤郎乡2024年度报告（送审稿）');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.report-item .title', { hasText: '送审稿' })).toHaveCount(1);
  await page.locator('.report-item', { hasText: '送审稿' }).getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('送审稿');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('.report-item')).toHaveCount(2);
  await page.locator('.report-item', { hasText: '送审稿' }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.report-item')).toHaveCount(1);
  expect(onDisk(app.dataDir).reports).toHaveLength(1);
});

test('new report form refuses a unit that is not a township and a bad year, creating nothing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '新建报告' }).click();
  const form = page.getByRole('form', { name: '新建报告' });
  await form.getByLabel('单位名称（乡/镇/街道）').fill('县司法局');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(form.getByRole('alert')).toContainText('乡、镇或街道');
  await form.getByLabel('单位名称（乡/镇/街道）').fill('东城街道');
  await form.getByLabel('报告年度').fill('明年');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(form.getByRole('alert')).toContainText('报告年度');
  expect(onDisk(app.dataDir).reports).toHaveLength(1);
});

test('custom sub-sections: add, number from position, reorder, remove', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const chief = page.locator('section.panel[data-key="chief"]');
  const addSub = chief.locator('> .paragraphs').getByRole('button', { name: '＋ 添加下级小节' });
  await addSub.click();
  await addSub.click();
  const subs = chief.locator('section.panel[data-key="custom"]');
  await expect(subs).toHaveCount(2);
  await subs.nth(0).getByLabel('二级标题', { exact: true }).fill('党委书记履职情况');
  await subs.nth(0).locator('textarea').fill('乡党委书记亲自部署法治建设工作。');
  await subs.nth(1).getByLabel('二级标题').fill('乡长履职情况');
  await subs.nth(1).locator('textarea').fill('乡长亲自过问重大行政决策合法性审查。');
  await expect(chief.locator('> .panel-head .number')).toHaveText('二、');
  await expect(subs.nth(0).locator('> .panel-head .number')).toHaveText('（一）');
  await expect(subs.nth(1).locator('> .panel-head .number')).toHaveText('（二）');
  // Move the second above the first: numbers follow position.
  await subs.nth(1).locator('> .panel-head').getByRole('button', { name: '上移' }).click();
  await expect(subs.nth(0).getByLabel('二级标题')).toHaveValue('乡长履职情况');
  await expect(subs.nth(0).locator('> .panel-head .number')).toHaveText('（一）');
  await subs.nth(1).locator('> .panel-head').getByRole('button', { name: '删除小节' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
  await expect(subs).toHaveCount(1);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const chiefOnDisk = onDisk(app.dataDir).reports[0].sections.find((s) => s.key === 'chief')!;
  expect(chiefOnDisk.children.map((c) => c.heading)).toEqual(['乡长履职情况']);
});

test('typing with an input method: nothing is taken mid-composition, the final text is saved', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const box = page.locator('section.panel[data-key="shortfalls"] textarea').first();
  await box.click();
  await box.press('End');
  await box.evaluate((el: HTMLTextAreaElement) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    el.value += 'yuanyin';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'yuanyin' }));
  });
  await page.waitForTimeout(1600);
  expect(JSON.stringify(onDisk(app.dataDir))).not.toContain('yuanyin');
  await expect(box).toHaveValue(/yuanyin$/);
  await box.evaluate((el: HTMLTextAreaElement) => {
    el.value = el.value.replace(/yuanyin$/, '主要原因是普法力量不足。');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '主要原因是普法力量不足。' }));
  });
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const text = JSON.stringify(onDisk(app.dataDir));
  expect(text).toContain('针对性不强。主要原因是普法力量不足。');
  expect(text).not.toContain('yuanyin');
});

test('text typed into a just-added paragraph, before the page next paints, reaches the report', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const plan = page.locator('section.panel[data-key="plan"]');
  const before = await plan.locator('textarea').count();
  // Click 添加段落 and type into the new box in one go, as a fast typist on a busy machine does: the box exists
  // once the click's render has run, and the next paint has not come yet.
  await plan.evaluate(async (panel, n) => {
    [...panel.querySelectorAll('button')].find((b) => b.textContent?.includes('添加段落'))!.click();
    for (let i = 0; i < 5 && panel.querySelectorAll(':scope > .paragraphs textarea').length === n; i++)
      await Promise.resolve();
    const box = panel.querySelectorAll<HTMLTextAreaElement>(':scope > .paragraphs textarea')[n];
    box.value = '新添一段，马上写下的话。';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, before);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存 \d\d:\d\d:\d\d/);
  expect(JSON.stringify(onDisk(app.dataDir))).toContain('新添一段，马上写下的话。');
});

test('a failed save shows the reason, keeps the text, and retries until it lands; Ctrl+S saves at once', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  app.failWrites = 'ENOSPC';
  const box = page.locator('section.panel[data-key="plan"] textarea').first();
  await box.fill('2025年，全面落实行政执法三项制度。');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/保存失败：.*磁盘空间已满/);
  await expect(box).toHaveValue('2025年，全面落实行政执法三项制度。');
  expect(JSON.stringify(onDisk(app.dataDir))).not.toContain('全面落实行政执法三项制度');
  app.failWrites = null;
  await page.keyboard.press('Control+s');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存 \d\d:\d\d:\d\d/);
  expect(JSON.stringify(onDisk(app.dataDir))).toContain('全面落实行政执法三项制度');
});

test('leaving for the library while the disk refuses the save asks first, and staying keeps the text', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  app.failWrites = 'ENOSPC';
  const box = page.locator('section.panel[data-key="plan"] textarea').first();
  await box.fill('写不进磁盘的一段。');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/^保存失败：(?!.*保存失败)/);
  await page.getByRole('button', { name: '← 报告列表' }).click();
  const asked = page.getByRole('alertdialog', { name: '最近的修改还没有保存' });
  await expect(asked).toContainText('离开后这些修改将丢失');
  await asked.getByRole('button', { name: '留在这里' }).click();
  await expect(asked).toHaveCount(0);
  await expect(box).toHaveValue('写不进磁盘的一段。');
  app.failWrites = null;
  await page.keyboard.press('Control+s');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await expect(page.locator('.report-item')).toHaveCount(1);
});

test('the menu command 保存 and the close-time flush save pending edits before the autosave delay', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByLabel('自动保存间隔（秒）').fill('30');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  await page.locator('.report-item .title').click();
  await page.locator('section.panel[data-key="plan"] textarea').first().fill('二〇二五年安排。');
  await page.waitForTimeout(300);
  expect(JSON.stringify(onDisk(app.dataDir))).not.toContain('二〇二五年安排');
  await app.command('flush');
  await expect.poll(() => app.flushAnswers).toEqual([true]);
  expect(JSON.stringify(onDisk(app.dataDir))).toContain('二〇二五年安排');
  // When the disk refuses the write, the page says so, and the window is not closed on it.
  app.failWrites = 'ENOSPC';
  await page.locator('section.panel[data-key="plan"] textarea').first().fill('写不进去的修改。');
  await app.command('flush');
  await expect.poll(() => app.flushAnswers).toEqual([true, false]);
  app.failWrites = null;
  await page.locator('section.panel[data-key="plan"] textarea').first().fill('二〇二五年安排（改）。');
  await app.command('save');
  await expect.poll(() => JSON.stringify(onDisk(app.dataDir))).toContain('二〇二五年安排（改）');
});

test('设置 puts 自动保存间隔 under 编辑, not under Word 文件; 关于 labels the version', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '设置' }).click();
  const heading = await page
    .getByLabel('自动保存间隔（秒）')
    .evaluate((el) => el.closest('.grid3')?.previousElementSibling?.textContent);
  expect(heading).toBe('编辑');
  await page.getByRole('button', { name: '返回' }).click();
  await app.command('about');
  await expect(page.getByRole('dialog', { name: '关于' })).toContainText('版本：test');
});

test('a long heading, cut with … in the outline, shows whole on hover', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const long = '党政主要负责人履行推进法治建设第一责任人职责情况及青石镇党委政府主要负责同志带头述法的情况';
  await page
    .locator('section.panel[data-key="chief"] > .panel-head')
    .getByLabel('一级标题', { exact: true })
    .fill(long);
  await expect(page.locator('.outline .text', { hasText: '带头述法' })).toHaveAttribute('title', long);
});

test('the library marks the sample as 示例, and 新建下一年度 twice asks before a second report of that year', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('.report-item .tag.demo')).toHaveText('示例');
  const demo = page.locator('.report-item', { hasText: '汤郎乡2024' });
  await demo.getByRole('button', { name: '新建下一年度' }).click();
  const years = page.getByRole('dialog', { name: '更新年份' });
  await expect(years.or(page.locator('.editor'))).toBeVisible();
  if (await years.isVisible()) await years.getByRole('button', { name: '都不改，直接打开' }).click();
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await expect(page.locator('.report-item')).toHaveCount(2);
  await page.locator('.report-item', { hasText: '汤郎乡2024' }).getByRole('button', { name: '新建下一年度' }).click();
  const asked = page.getByRole('alertdialog', { name: '已有汤郎乡2025年度的报告' });
  await expect(asked).toContainText('2025年度');
  await asked.getByRole('button', { name: '取消' }).click();
  await expect(asked).toHaveCount(0);
  await expect(page.locator('.report-item')).toHaveCount(2);
  // 新建 with the unit and year of a report in the library asks too; Esc creates nothing and keeps the form as filled.
  await page.getByRole('button', { name: '新建报告' }).click();
  const form = page.getByRole('form', { name: '新建报告' });
  await form.getByLabel('单位名称（乡/镇/街道）').fill('汤郎乡');
  await form.getByLabel('报告年度').fill('2025');
  await form.getByRole('button', { name: '创建' }).click();
  await page.getByRole('alertdialog', { name: '已有汤郎乡2025年度的报告' }).press('Escape');
  await expect(form.getByLabel('报告年度')).toHaveValue('2025');
  await expect(form.getByRole('button', { name: '创建' })).toBeFocused();
  expect(onDisk(app.dataDir).reports).toHaveLength(2);
});
