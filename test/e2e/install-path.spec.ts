/**
 * Where the app is installed must not matter, and nothing outside its folder may run in the page.
 * - A portable .exe unpacks under paths such as C:\Users\ADMINI~1\AppData\Local\Temp\…; an install folder may hold
 *   `[ ] %`, spaces or Chinese. The built page is copied into such a folder and opened as Electron's loadFile does;
 *   the IPC sender check (built with pathToFileURL, as main.ts does) must still recognise it, or start-up fails.
 * - The page may load files only from its own folder (main.ts's request guard, modelled by the harness's route) and
 *   run only its own inline script (the CSP's script hash): an injected script or stylesheet from elsewhere is refused.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { test as base, expect, indexFile, startApp } from './harness.ts';

const ODD = 'fzbg ~[便携%] 空格 中文';

const test = base.extend<{ odd: { root: string; index: string } }>({
  // eslint-disable-next-line no-empty-pattern
  odd: async ({}, use) => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-path-')), ODD);
    mkdirSync(root, { recursive: true });
    cpSync(path.dirname(indexFile), path.join(root, 'renderer'), { recursive: true });
    await use({ root, index: path.join(root, 'renderer', 'index.html') });
    rmSync(path.dirname(root), { recursive: true, force: true });
  },
});

test('the app starts and saves when its folder is named with ~ [ ] %, spaces and Chinese', async ({ page, odd }) => {
  const app = await startApp(page, undefined, odd.index);
  // The page really is spelled differently from Node's URL of the same file.
  expect(page.url()).not.toBe(pathToFileURL(odd.index).href);
  await expect(page.locator('.report-item')).toHaveCount(1);
  await expect(page.locator('.error, .notice-error')).toHaveCount(0);
  await page.getByRole('button', { name: '新建报告' }).click();
  const form = page.getByRole('form', { name: '新建报告' });
  await form.getByLabel('单位名称（乡/镇/街道）').fill('青石镇');
  await form.getByLabel('所属县（市、区）').fill('云岭县');
  await form.getByLabel('报告年度').fill('2025');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('青石镇2025年度法治政府建设工作情况报告');
  await page.getByLabel('持证执法人员（名）').fill('17');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存 \d\d:\d\d:\d\d/);
  expect(app.store.list().map((r) => r.title)).toContain('青石镇2025年度法治政府建设工作情况报告');
  rmSync(app.dataDir, { recursive: true, force: true });
});

/** Inject an element the way a script that got into the page would, and wait until it loaded or failed. */
async function inject(page: Page, tag: 'script' | 'link', url: string): Promise<string> {
  return page.evaluate(
    ([t, u]) =>
      new Promise<string>((resolve) => {
        const el = document.createElement(t);
        if (el instanceof HTMLScriptElement) el.src = u;
        if (el instanceof HTMLLinkElement) Object.assign(el, { rel: 'stylesheet', href: u });
        el.onload = () => resolve('loaded');
        el.onerror = () => resolve('refused');
        document.head.appendChild(el);
      }),
    [tag, url] as const,
  );
}

test('a script or stylesheet from outside the app folder is not loaded; not even a script inside it runs', async ({
  page,
  odd,
}) => {
  const app = await startApp(page, undefined, odd.index);
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'fzbg-elsewhere-'));
  const js = 'document.documentElement.dataset.injected = "ran";';
  writeFileSync(path.join(elsewhere, 'evil.js'), js);
  writeFileSync(path.join(elsewhere, 'evil.css'), 'html { --injected: ran; }');
  // A file beside the page passes the folder guard: only the CSP's hash keeps it from running.
  writeFileSync(path.join(path.dirname(odd.index), 'extra.js'), js);
  writeFileSync(path.join(path.dirname(odd.index), 'own.css'), 'html { --own: yes; }');

  expect(await inject(page, 'script', pathToFileURL(path.join(elsewhere, 'evil.js')).href)).toBe('refused');
  expect(await inject(page, 'script', 'extra.js')).toBe('refused');
  // Stylesheets are allowed from 'self' by the CSP: the folder guard alone keeps out the one from elsewhere.
  expect(await inject(page, 'link', pathToFileURL(path.join(elsewhere, 'evil.css')).href)).toBe('refused');
  expect(await inject(page, 'link', 'own.css')).toBe('loaded');
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return [s.getPropertyValue('--injected'), s.getPropertyValue('--own').trim()];
  });
  expect(style).toEqual(['', 'yes']);
  expect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
  // The app is still working.
  await expect(page.locator('.report-item')).toHaveCount(1);
  rmSync(elsewhere, { recursive: true, force: true });
  rmSync(app.dataDir, { recursive: true, force: true });
});
