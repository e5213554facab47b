/** 插入正文 puts a statistic at the cursor, shown as its value, kept as a field, and printed there in Word. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './harness.ts';
import { paragraphs } from '../unit/docx-parts.ts';

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
