/**
 * Every dialog is modal as in a Windows program (components/Dialog.tsx): the focus goes in and comes back, Tab
 * stays inside over all its controls, Esc closes, and the report behind takes no keys and no clicks meanwhile.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness.ts';

const ADDED = '青石镇全年开展法治宣传十二场。';

/** Whether the focus is inside the dialog (true), elsewhere on the page (false). */
const focusIn = (dialog: Locator) => dialog.evaluate((d) => d.contains(document.activeElement));

/** Press Tab `n` times, noting after each press whether the focus is still inside and what has it. */
async function tabs(page: Page, dialog: Locator, n: number, key = 'Tab'): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(key);
    expect(await focusIn(dialog)).toBe(true);
    seen.push(
      await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement!.tagName),
    );
  }
  return seen;
}

test('关于 over the form: no key or click reaches the report, Esc closes and the caret is back', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const preamble = page.getByLabel('导语', { exact: true });
  const before = await preamble.inputValue();
  await preamble.click();
  await preamble.press('Control+End');
  await page.keyboard.insertText(ADDED);
  await app.command('about');
  const about = page.getByRole('dialog', { name: '关于' });
  await expect(about).toHaveAttribute('aria-modal', 'true');
  await expect(about.getByRole('button', { name: '关闭' })).toBeFocused();

  // Ctrl+Z would undo the typing, Ctrl+F/H open the find bar, Ctrl+S save; nor do the browser's own find and
  // save page come up (their keys are stopped).
  await page.evaluate(() => {
    const seen: boolean[] = [];
    window.addEventListener('keydown', (e) => e.ctrlKey && e.key !== 'Control' && seen.push(e.defaultPrevented));
    Object.assign(window, { seen });
  });
  for (const key of ['Control+z', 'Control+f', 'Control+h', 'Control+s']) await page.keyboard.press(key);
  expect(await page.evaluate(() => (window as unknown as { seen: boolean[] }).seen)).toEqual([true, true, true, true]);
  // A click on the page behind (打印预览) does not reach it either.
  const behind = await page.locator('.toolbar').getByRole('button', { name: '打印预览' }).boundingBox();
  await page.mouse.click(behind!.x + behind!.width / 2, behind!.y + behind!.height / 2);
  await expect(about.getByRole('button', { name: '关闭' })).toBeFocused();
  expect(await tabs(page, about, 2)).toEqual(['关闭', '关闭']);

  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
  await expect(preamble).toBeFocused();
  await expect(preamble).toHaveValue(before + ADDED);
  await expect(page.locator('.preview-view')).toHaveCount(0);
  await expect(page.getByRole('search', { name: '查找和替换' })).toHaveCount(0);
  // A dialog's own box undoes its own typing, and never the report's behind it.
  await page.locator('.toolbar').getByRole('button', { name: '公开版' }).click();
  const pub = page.getByRole('dialog', { name: '公开版' });
  const reviewer = pub.getByRole('textbox', { name: '审查人' });
  await reviewer.fill('');
  await reviewer.focus();
  await page.keyboard.insertText('张三');
  await page.keyboard.press('Control+z');
  await expect(reviewer).toHaveValue('');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(preamble).toHaveValue(before + ADDED);
  await page.keyboard.press('Escape');
  await expect(pub).toHaveCount(0);
  // The keys are the page's again.
  await preamble.focus();
  await page.keyboard.press('Control+z');
  await expect(preamble).toHaveValue(before);
});

test('导出前检查: Tab goes round its links and buttons and never behind; Esc goes back to the field', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const preamble = page.getByLabel('导语', { exact: true });
  await preamble.focus();
  await page.keyboard.press('Control+e');
  const review = page.getByRole('dialog', { name: '导出前检查' });
  await expect(review).toBeVisible();
  expect(await focusIn(review)).toBe(true);
  const stops = await review.locator('a[href], button').count();
  expect(stops).toBeGreaterThan(3);
  const forward = await tabs(page, review, stops + 1);
  // Round once: the first stop (a line of the list) again after the last button.
  expect(forward[stops]).toBe(forward[0]);
  expect(forward[stops - 1]).toBe('仍然导出');
  expect(new Set(forward).size).toBeGreaterThan(3);
  expect(await tabs(page, review, 1, 'Shift+Tab')).toEqual(['仍然导出']);
  await page.keyboard.press('Escape');
  await expect(review).toHaveCount(0);
  await expect(preamble).toBeFocused();
});

test('粘贴文本导入: the box has the focus and its own typing, select-all and undo; Esc cancels', async ({ app }) => {
  const { page } = app;
  const opener = page.getByRole('button', { name: '粘贴文本导入' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: '粘贴文本导入' });
  const box = dialog.getByLabel('报告全文');
  await expect(box).toBeFocused();
  await page.keyboard.type('青石镇');
  await expect(box).toHaveValue('青石镇');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('石门乡');
  await expect(box).toHaveValue('石门乡');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('青石镇');
  // 编辑 → 重做/撤销 from the menu act on the box too.
  await app.command('redo');
  await expect(box).toHaveValue('石门乡');
  await app.command('undo');
  await expect(box).toHaveValue('青石镇');
  expect(await tabs(page, dialog, 3)).toEqual(['识别', '取消', 'TEXTAREA']);
  expect(await tabs(page, dialog, 1, 'Shift+Tab')).toEqual(['取消']);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
