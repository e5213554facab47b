/**
 * Hostile input through the whole app: control characters, emoji, lone surrogates, HTML and script fragments and
 * a 1 MB paste go through the form, save, check, preview and Word export without a crash, the script never runs,
 * and a full session makes no network request.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './harness.ts';

/**
 * The 1 MB paste on a busy 2-core machine: each save of it takes seconds and its Word export tens of seconds.
 * Every wait in that test has its own limit, and the test's budget holds all of them, so a slow machine slows
 * the test down instead of failing it at the default 60 s.
 */
const BIG_STEP_MS = 30_000;
const BIG_EXPORT_MS = 60_000;
const BIG_BUDGET_MS = 3 * BIG_STEP_MS + BIG_EXPORT_MS + 30_000;

const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

test('control characters, emoji, lone surrogates and script fragments: saved, checked, previewed, exported, never run', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const box = page.locator('section.panel[data-key="plan"] textarea').first();
  await box.evaluate((el: HTMLTextAreaElement, script: string) => {
    // Built in the page: a lone surrogate cannot cross the test protocol intact.
    const nasty = `下一步\u0001\u0007计划\uFFFE😀${String.fromCharCode(0xd800)}${script}\t完`;
    el.value = nasty;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, SCRIPT);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const stored = JSON.stringify(app.store.get('demo-tanglang-2024'));
  expect(stored).toContain('<script>window.__pwned=2</script>');
  expect(stored).toContain('😀');

  await page.getByRole('tab', { name: /问题/ }).click();
  await expect(page.locator('.finding').first()).toBeVisible();

  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByText('<script>window.__pwned=2</script>', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: '返回编辑' }).click();

  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-hostile-')), 'r.docx');
  app.nextSavePath = out;
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('已导出');
  const files = unzipSync(readFileSync(out));
  const xml = strFromU8(files['word/document.xml']);
  expect(xml).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;');
  expect(xml).toContain('😀');
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    expect(strFromU8(bytes), name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(app.outsideRequests).toEqual([]);
});

test('a 1 MB paste into one box is saved, checked and exported; the form stays usable', async ({ app }) => {
  test.setTimeout(BIG_BUDGET_MS);
  const slow = expect.configure({ timeout: BIG_STEP_MS });
  const { page } = app;
  await page.locator('.report-item .title').click();
  const box = page.locator('section.panel[data-key="other"] textarea').first();
  await page
    .locator('section.panel[data-key="other"] > .paragraphs')
    .getByRole('button', { name: '＋ 添加段落' })
    .click();
  await box.evaluate((el: HTMLTextAreaElement) => {
    const line = '全面推进依法行政，严格规范公正文明执法，2025年共办理案件12件。\n';
    el.value = line.repeat(Math.ceil((1024 * 1024) / line.length));
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  // Wait for the store itself: "已保存" is already showing from the save of the empty paragraph just added.
  const stored = (key: string) =>
    app.store.get('demo-tanglang-2024').sections.find((s) => s.key === key)!.paragraphs[0]?.text ?? '';
  await expect.poll(() => stored('other').length, { timeout: BIG_STEP_MS }).toBeGreaterThan(1024 * 1024 - 100);
  await slow(page.locator('.total-chars')).toHaveText(/\d{3},\d{3}/);
  // Still usable: typing elsewhere saves.
  const plan = page.locator('section.panel[data-key="plan"] textarea').first();
  await plan.fill('2025年，继续推进。');
  await expect.poll(() => stored('plan'), { timeout: BIG_STEP_MS }).toBe('2025年，继续推进。');
  await slow(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-big-')), 'big.docx');
  app.nextSavePath = out;
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('已导出', { timeout: BIG_EXPORT_MS });
  expect(readFileSync(out).length).toBeGreaterThan(100_000);
});

test('a full session makes no network request, and the page cannot reach the network', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page
    .locator('section.panel[data-key="plan"] textarea')
    .first()
    .fill('2025年，继续深入学习贯彻习近平法治思想。');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  await page.getByRole('tab', { name: /问题/ }).click();
  await page.getByRole('button', { name: '打印预览' }).click();
  await page.getByRole('button', { name: '返回编辑' }).click();
  app.nextSavePath = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-net-')), 'r.docx');
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('已导出');
  // The page's own policy forbids connections and outside images (refused before any request is made).
  const fetched = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'reached',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
  expect(app.outsideRequests).toEqual([]);
});
