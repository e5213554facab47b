/** The app itself in Electron: starts, loads its window, has its menu. Run through test/electron/run.ts. */
import { test, expect, _electron as electron } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

test('the app starts, the window loads the report library, and the menu has its items', async () => {
  const userData = mkdtempSync(path.join(tmpdir(), 'fzbg-electron-'));
  const app = await electron.launch({
    executablePath: process.env.ELECTRON_BINARY,
    args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'],
  });
  const win = await app.firstWindow();
  await expect(win.locator('.report-item .title')).toHaveText('汤郎乡2024年度法治政府建设工作情况报告');
  expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  const menu = await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()!.items.map((m) => ({
      label: m.label,
      items: m.submenu?.items.map((i) => i.label) ?? [],
    })),
  );
  expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  expect(menu[0].items).toEqual(expect.arrayContaining(['新建报告', '打开', '保存', '退出']));
  // Isolation: the page sees window.api and no Node.
  expect(await win.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(await win.evaluate(() => Object.keys((window as unknown as { api: object }).api).length)).toBeGreaterThan(10);
  await app.close();
});
