/** 插入正文 puts a statistic at the cursor, shown as its value, kept as a field, and printed there in Word. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './harness.ts';
import { paragraphs } from '../unit/docx-parts.ts';
import { walkSections } from '../../electron/core/report-model.ts';

test('a statistic inserted mid-paragraph shows as its value there and is there in the exported .docx', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const panel = page.locator('section.panel[data-key="oversight"]');
  const stat = panel.locator('.stat', { hasText: '主动公开政府信息' });
  const insert = stat.getByRole('button', { name: '插入正文' });

  // With no cursor in the text yet, it says where to click instead of guessing.
  await insert.click();
  await expect(stat.getByRole('status')).toContainText('先在正文里点一下');

  const box = panel.locator('.para textarea').first();
  const before = await box.inputValue();
  const at = before.search(/[，,]/) + 1;
  expect(at).toBeGreaterThan(5);
  await box.click();
  await box.evaluate((el: HTMLTextAreaElement, n) => el.setSelectionRange(n, n), at);
  await insert.click();
  const unit = (await stat.locator('.unit').textContent())!;
  const expected = `${before.slice(0, at)}150${unit}${before.slice(at)}`;
  await expect(box).toHaveValue(expected);
  await expect(panel.locator('.stat-chip', { hasText: '主动公开政府信息' })).toBeVisible();
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const stored = () =>
    app.store
      .get('demo-tanglang-2024')
      .sections.flatMap((s) => s.children)
      .find((s) => s.key === 'oversight')!.paragraphs[0].text;
  expect(stored()).toBe(`${before.slice(0, at)}{{主动公开政府信息}}${before.slice(at)}`);

  // The field follows the statistic; typing beside it leaves it a field.
  await stat.getByRole('textbox').fill('160');
  await expect(box).toHaveValue(expected.replace(`150${unit}`, `160${unit}`));
  await box.press('End');
  await box.pressSequentially('另');
  await expect.poll(stored).toBe(`${before.slice(0, at)}{{主动公开政府信息}}${before.slice(at)}另`);

  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-stat-')), 'r.docx');
  app.nextSavePath = out;
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('已导出');
  const body = paragraphs(strFromU8(unzipSync(readFileSync(out))['word/document.xml'])).map((p) => p.text);
  const around = `${before.slice(at - 6, at)}160${unit}${before.slice(at, at + 6)}`;
  expect(body.some((t) => t.includes(around))).toBe(true);
  expect(body.join('')).not.toContain('{{');
});

test('a statistic changed from its chip: every chip, the table and the .docx follow; Esc leaves it; Ctrl+Z', async ({
  app,
}) => {
  const { page } = app;
  // The demo with 主动公开政府信息 (150条) used in two sections' text.
  const report = app.store.get('demo-tanglang-2024');
  const sections = [...walkSections(report.sections)].map((w) => w.section);
  const oversight = sections.find((s) => s.key === 'oversight')!;
  const shortfalls = sections.find((s) => s.key === 'shortfalls')!;
  oversight.paragraphs[0].text = '青石镇通过公开栏公开信息{{主动公开政府信息}}，群众满意。';
  shortfalls.paragraphs[0].text = '全年虽公开{{主动公开政府信息}}，但解读不够。';
  await app.store.save(report);
  await page.locator('.report-item .title').click();

  const chips = page.locator('.stat-chip', { hasText: '主动公开政府信息' });
  await expect(chips).toHaveCount(2);
  await expect(chips).toHaveText(['主动公开政府信息 150条', '主动公开政府信息 150条']);
  const first = chips.first();
  await first.scrollIntoViewIfNeeded();
  // Keyboard: Enter on the chip (a button in the tab order) opens its editor, which says the number is shared.
  await first.focus();
  await first.press('Enter');
  const editor = page.getByRole('group', { name: '修改统计数字：主动公开政府信息' });
  await expect(editor).toContainText('正文中引用它的 2 处都显示它');
  const value = editor.getByRole('textbox');
  await expect(value).toBeFocused();
  await expect(value).toHaveValue('150');
  // Esc leaves the value as it was and goes back to the chip.
  await value.fill('999');
  await value.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(first).toBeFocused();
  await expect(chips).toHaveText(['主动公开政府信息 150条', '主动公开政府信息 150条']);
  // A value that is not a number is refused with a message and changes nothing.
  await first.click();
  await value.fill('一百');
  await value.press('Enter');
  await expect(editor.getByRole('alert')).toContainText('请填写数字');
  await value.fill('175');
  await value.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(chips).toHaveText(['主动公开政府信息 175条', '主动公开政府信息 175条']);
  await expect(page.locator('section.panel[data-key="shortfalls"] textarea').first()).toHaveValue(
    '全年虽公开175条，但解读不够。',
  );
  await expect(page.getByRole('textbox', { name: '主动公开政府信息（条）' })).toHaveValue('175');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const storedValue = () =>
    [...walkSections(app.store.get('demo-tanglang-2024').sections)]
      .flatMap((w) => w.section.stats)
      .find((s) => s.label === '主动公开政府信息')!.value;
  await expect.poll(storedValue).toBe(175);

  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-chip-')), 'r.docx');
  app.nextSavePath = out;
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('已导出');
  const body = paragraphs(strFromU8(unzipSync(readFileSync(out))['word/document.xml'])).map((p) => p.text);
  expect(body.filter((t) => t.includes('175条'))).toHaveLength(2);
  await page.getByRole('dialog', { name: '导出 Word' }).getByRole('button', { name: '关闭' }).click();

  // Ctrl+Z on the chip takes the change back: both chips, the table and the file.
  await first.focus();
  await page.keyboard.press('Control+z');
  await expect(chips).toHaveText(['主动公开政府信息 150条', '主动公开政府信息 150条']);
  await expect(page.getByRole('textbox', { name: '主动公开政府信息（条）' })).toHaveValue('150');
  await expect.poll(storedValue).toBe(150);
});
