/** The review before a Word export: Esc, jumping to each place, 全部改正后导出, and marks on 必写 items. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './harness.ts';
import { paragraphs } from '../unit/docx-parts.ts';

const HALF_COMMA = /[\u4e00-\u9fff],[\u4e00-\u9fff]/;

test('the review closes on Esc and each line jumps to its place in the form', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  // The report opens after it is read: Ctrl+E before that would reach the library, not the editor.
  await expect(page.locator('.editor .checklist')).toBeVisible();
  await page.keyboard.press('Control+e');
  const review = page.getByRole('dialog', { name: '导出前检查' });
  await expect(review).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(review).toHaveCount(0);

  // A 必写 item: to the panel where it belongs.
  await page.keyboard.press('Control+e');
  await review.getByRole('link', { name: /党政主要负责人履行第一责任人职责/ }).click();
  await expect(review).toHaveCount(0);
  await expect(page.locator('section.panel[data-key="chief"]')).toBeInViewport();

  // A finding: to its paragraph, with the cursor in it.
  await page.keyboard.press('Control+e');
  const line = review.locator('a.review-jump', { hasText: /^[一二三四五六七八九十]、.*? 第\d+段：/ }).first();
  const where = /^(.*?) 第(\d+)段/.exec((await line.textContent()) ?? '');
  expect(where).not.toBeNull();
  await line.click();
  await expect(review).toHaveCount(0);
  const focused = page.locator('textarea:focus');
  await expect(focused).toBeInViewport();
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`第${where![2]}段$`));

  // A finding in the 导语: to the 导语 box, not to the signature.
  await page.keyboard.press('Control+e');
  await review.locator('a.review-jump', { hasText: /^导语/ }).first().click();
  await expect(page.locator('textarea:focus')).toHaveAttribute('aria-label', '导语');
});

test('全部改正后导出 fixes the mechanical problems, saves them and writes the fixed text to Word', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  expect(JSON.stringify(app.store.get('demo-tanglang-2024'))).toMatch(HALF_COMMA);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-fixall-')), 'r.docx');
  app.nextSavePath = out;
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page
    .getByRole('dialog', { name: '导出前检查' })
    .getByRole('button', { name: /^全部改正（\d+ 处）后导出$/ })
    .click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('已导出');
  const stored = JSON.stringify(app.store.get('demo-tanglang-2024'));
  expect(stored).not.toMatch(HALF_COMMA);
  const body = paragraphs(strFromU8(unzipSync(readFileSync(out))['word/document.xml']))
    .map((p) => p.text)
    .join('\n');
  expect(body).toContain('汤郎乡在县委、县政府的领导下');
  expect(body).not.toMatch(HALF_COMMA);
  // The form shows the fixed text too: no punctuation finding is left.
  await page.getByRole('dialog', { name: '导出 Word' }).getByRole('button', { name: '关闭' }).click();
  await page.getByRole('tab', { name: /问题/ }).click();
  await expect(page.locator('.finding[data-rule="punctuation"]')).toHaveCount(0);
});

test('a 必写 item is not marked 不适用 without a real reason, nor 已确认 while its part is empty', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const chief = page.locator('.item[data-id="chief"]');
  await chief.getByRole('button', { name: '已确认' }).click();
  await expect(chief.getByRole('alert')).toContainText('所在部分还没有正文');
  await expect(chief.locator('.badge')).toHaveText('未覆盖');

  await chief.getByRole('button', { name: '不适用…' }).click();
  const reason = chief.getByLabel('“党政主要负责人履行第一责任人职责”不适用的理由');
  for (const bad of ['无', '略。', '不涉及']) {
    await reason.fill(bad);
    await chief.getByRole('button', { name: '确定' }).click();
    await expect(chief.getByRole('alert')).toContainText('须写明具体理由');
    await expect(chief.locator('.badge')).toHaveText('未覆盖');
  }
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存|未修改|^$/);
  expect(app.store.get('demo-tanglang-2024').marks.chief).toBeUndefined();

  // The gate refuses it as well, whatever the page sends.
  const refused = await page.evaluate(async () => {
    const api = (window as unknown as { api: { getReport(id: string): Promise<{ value: object }> } }).api;
    const r = (await api.getReport('demo-tanglang-2024')).value as { marks: Record<string, unknown> };
    r.marks.chief = { state: 'na', reason: '无' };
    const save = (window as unknown as { api: { saveReport(r: object): Promise<unknown> } }).api.saveReport;
    return save(r);
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', message: /必写项/ } });
  expect(app.store.get('demo-tanglang-2024').marks.chief).toBeUndefined();

  await reason.fill('本乡党政主要负责人本年度调任，情况由县里另行报告');
  await chief.getByRole('button', { name: '确定' }).click();
  await expect(chief.locator('.badge')).toHaveText('不适用');
  // The reason shows once.
  await expect(chief.getByText('本乡党政主要负责人本年度调任', { exact: false })).toHaveCount(1);
});
