import { test, expect, type AppHarness } from './harness.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';
import { walkSections } from '../../electron/core/report-model.ts';

/** The headings of the report's own sections under 第一责任人, as saved on disk. */
const customOnDisk = (app: AppHarness) =>
  [...walkSections(readDataDirSync(app.dataDir).reports[0].sections)]
    .filter((w) => w.section.key === null && w.section.heading.startsWith('青石镇'))
    .map((w) => w.section.heading);

test('deleting a section asks in the app: Esc and Enter keep it, 删除 removes it, Ctrl+Z brings it back', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const chief = page.locator('section.panel[data-key="chief"]');
  await chief.locator('> .paragraphs').getByRole('button', { name: '＋ 添加下级小节' }).click();
  const own = chief.locator('section.panel[data-key="custom"]');
  await own.getByLabel('二级标题', { exact: true }).fill('青石镇党委书记述法');
  await own.locator('textarea').fill('青石镇党委书记在年终述职中专题述法。');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  await expect.poll(() => customOnDisk(app)).toEqual(['青石镇党委书记述法']);

  const remove = own.locator('> .panel-head').getByRole('button', { name: '删除小节' });
  await remove.click();
  const dialog = page.getByRole('alertdialog', { name: '删除小节“青石镇党委书记述法”？' });
  await expect(dialog).toContainText('Ctrl+Z');
  // Deleting: the safe button has the focus, and the page behind takes no keys (Ctrl+Z would undo the typing).
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(own.getByLabel('二级标题', { exact: true })).toHaveValue('青石镇党委书记述法');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(own.locator('textarea')).toHaveValue('青石镇党委书记在年终述职中专题述法。');

  // Enter presses the default button, 取消.
  await remove.press('Enter');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(own).toHaveCount(1);
  await expect(own.locator('textarea')).toHaveValue('青石镇党委书记在年终述职中专题述法。');
  expect(customOnDisk(app)).toEqual(['青石镇党委书记述法']);

  // Tab stays among the dialog's buttons; Enter on 删除 deletes.
  await remove.click();
  // The question has the focus (on 取消) before any key is pressed: a key sooner would go to the page.
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '删除' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(own).toHaveCount(0);
  await expect.poll(() => customOnDisk(app)).toEqual([]);

  await page.locator('body').press('Control+z');
  await expect(own.locator('textarea')).toHaveValue('青石镇党委书记在年终述职中专题述法。');
  await expect.poll(() => customOnDisk(app)).toEqual(['青石镇党委书记述法']);
});
