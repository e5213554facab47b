import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './harness.ts';
import { dataFilesText, readDataDirSync } from '../../electron/services/store-layout.ts';

test('备份到… writes one file; 恢复备份 shows what it holds and restores after the user chooses', async ({ app }) => {
  const { page } = app;
  const usb = mkdtempSync(path.join(tmpdir(), 'fzbg-usb-'));
  app.nextBackupSavePath = path.join(usb, 'backup.json');
  await page.getByRole('button', { name: '备份到…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已备份' })).toContainText('已备份 1 份报告');
  expect(existsSync(app.nextBackupSavePath)).toBe(true);

  // Lose everything, then restore.
  await page.locator('.report-item').getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.report-item')).toHaveCount(0);
  app.nextOpenPath = app.nextBackupSavePath;
  await page.getByRole('button', { name: '恢复备份' }).click();
  const dialog = page.getByRole('dialog', { name: '恢复备份' });
  await expect(dialog).toContainText('共 1 份报告');
  await expect(dialog).toContainText('汤郎乡2024年度法治政府建设工作情况报告');
  await dialog.getByRole('button', { name: '合并' }).click();
  await expect(page.locator('.report-item')).toHaveCount(1);
  expect(readDataDirSync(app.dataDir).reports).toHaveLength(1);
});

test('a damaged backup file is refused with a message and nothing changes', async ({ app }) => {
  const { page } = app;
  const bad = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-usb-')), 'bad.json');
  writeFileSync(
    bad,
    '{"format":"fazhi-report-backup","formatVersion":1,"createdAt":"x","appVersion":"1","data":{"schemaVers',
  );
  const before = dataFilesText(app.dataDir);
  app.nextOpenPath = bad;
  await page.getByRole('button', { name: '恢复备份' }).click();
  await expect(page.locator('.error-banner')).toContainText('无法恢复：文件内容不完整或已损坏');
  await expect(page.getByRole('dialog', { name: '恢复备份' })).toHaveCount(0);
  expect(dataFilesText(app.dataDir)).toBe(before);
});
