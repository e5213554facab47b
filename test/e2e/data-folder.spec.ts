/**
 * The data folder as the user meets it: held by another copy of the app (read-only banner, edits refused with a
 * Chinese message, nothing on disk changes), and a damaged report file restored from its backup when opened.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './harness.ts';
import { dataFilesText } from '../../electron/services/store-layout.ts';

test('another copy holds the folder: a read-only banner, and an edit is refused with a message', async ({ app }) => {
  const { page } = app;
  const holder = { pid: 4242, host: 'another-pc', startedAt: new Date().toISOString() };
  writeFileSync(path.join(app.dataDir, 'data.lock'), JSON.stringify(holder));
  await app.restart();
  await expect(page.locator('.read-only-banner')).toContainText(/只读.*计算机 another-pc.*修改不会保存/);
  const before = dataFilesText(app.dataDir);
  await page.locator('.report-item .title').click();
  await page.locator('section.panel[data-key="plan"] textarea').first().fill('青石镇在只读时写的字。');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/保存失败：.*只读方式打开/);
  await expect(page.locator('.read-only-banner')).toBeVisible();
  expect(dataFilesText(app.dataDir)).toBe(before);
});

test('a damaged report file: opening the report restores its backup and says so', async ({ app }) => {
  const { page } = app;
  // The first start keeps a backup of the demo report; opening it changes nothing on disk.
  await page.locator('.report-item .title').click();
  await expect(page.locator('section.panel[data-key="plan"] textarea').first()).toBeVisible();
  await app.store.idle();
  writeFileSync(path.join(app.dataDir, 'reports', 'demo-tanglang-2024.json'), '{"schemaVersion":1,"rep');
  await app.restart();
  await page.locator('.report-item .title').click();
  await expect(page.locator('.notice[role="alert"]').first()).toContainText(/文件无法读取.*已从 .* 的备份恢复/);
  await expect(page.locator('section.panel[data-key="plan"] textarea').first()).toBeVisible();
});
