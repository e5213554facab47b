import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './harness.ts';
import { dataFilesText } from '../../electron/services/store-layout.ts';

test('the checklist shows the seed findings on the demo and turns chief covered when a real account is written', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const chiefItem = page.locator('.item[data-id="chief"]');
  await expect(chiefItem.locator('.badge')).toHaveText('未覆盖');
  await expect(page.locator('.item[data-id="shortfalls"] .badge')).toHaveText('部分覆盖');
  await expect(page.locator('.item[data-id="next-year"] .badge')).toHaveText('部分覆盖');
  await expect(page.locator('.item[data-id="formalities"] .badge')).toHaveText('未覆盖');
  const before = Number(await page.locator('.completeness').textContent());

  // Clicking the item jumps to the section where it belongs.
  await chiefItem.locator('.item-title').click();
  const chief = page.locator('section.panel[data-key="chief"]');
  await expect(chief).toBeInViewport();
  await chief.locator('> .paragraphs').getByRole('button', { name: '＋ 添加段落' }).click();
  await chief
    .locator('textarea')
    .first()
    .fill(
      '乡党委书记、乡长认真履行推进法治建设第一责任人职责，亲自部署年度法治政府建设工作，主持召开法治建设专题会议4次，研究解决重大行政决策合法性审查等问题；年终述职时专题述法，2名主要负责人全部述法。',
    );
  await expect(chiefItem.locator('.badge')).toHaveText('已覆盖');
  await expect(page.locator('.completeness')).not.toHaveText(String(before));
});

test('不适用 needs a reason; marks are kept across a restart', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const item = page.locator('.item[data-id="emergency"]');
  await item.getByRole('button', { name: '不适用…' }).click();
  await item.getByRole('button', { name: '确定' }).click();
  await expect(item.getByRole('alert')).toContainText('理由');
  await expect(item.locator('.badge')).not.toHaveText('不适用');
  await item.getByLabel('“突发事件应对”不适用的理由').fill('本年度本乡未发生突发事件');
  await item.getByRole('button', { name: '确定' }).click();
  await expect(item.locator('.badge')).toHaveText('不适用');
  const confirm = page.locator('.item[data-id="digital"]');
  await confirm.getByRole('button', { name: '已确认' }).click();
  await expect(confirm.locator('.badge')).toHaveText('已确认');
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);

  await app.restart();
  await page.locator('.report-item .title').click();
  await expect(page.locator('.item[data-id="emergency"] .badge')).toHaveText('不适用');
  await expect(page.locator('.item[data-id="emergency"]')).toContainText('本年度本乡未发生突发事件');
  await expect(page.locator('.item[data-id="digital"] .badge')).toHaveText('已确认');
});

test('findings appear at the paragraph and a one-click fix changes only what it names', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('tab', { name: /问题/ }).click();
  const typo = page.locator('.finding', { hasText: '独断专行' }).first();
  await expect(typo).toBeVisible();
  await expect(page.locator('.inline-finding', { hasText: '独断专行' })).toHaveCount(1);
  await typo.locator('.fix').click();
  await expect(page.locator('.finding', { hasText: '专武独断' })).toHaveCount(0);
  const decisions = page.locator('section.panel[data-key="decisions"] textarea').first();
  await expect(decisions).toHaveValue(/杜绝个人意志独断专行/);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  expect(dataFilesText(app.dataDir)).toContain('杜绝个人意志独断专行');
});

test('全部改正 applies every mechanical fix in one step; numbers and dates are left alone', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('tab', { name: /问题/ }).click();
  await expect(page.locator('.finding[data-rule="punctuation"]').first()).toBeVisible();
  await page.getByRole('button', { name: /^全部改正（/ }).click();
  await expect(page.locator('.finding[data-rule="punctuation"]')).toHaveCount(0);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const stored = JSON.stringify(app.store.get('demo-tanglang-2024'));
  expect(stored).toContain('汤郎乡位于禄劝县西北部，距县城119公里，国土面积210.16平方公里');
  expect(stored).toContain('杜绝个人意志独断专行');
});

test('half-width punctuation is one grouped finding; its one button fixes every place and is saved', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('tab', { name: /问题/ }).click();
  const group = page.locator('.finding.group[data-rule="punctuation"]');
  await expect(group).toHaveCount(1);
  await expect(group.locator('.reason')).toContainText(/全文\d+处半角标点/);
  const count = Number(await group.getAttribute('data-count'));
  expect(count).toBeGreaterThan(1);
  await expect(group.locator('.count')).toHaveText(`共 ${count} 处`);
  // The places unfold into a list, one line each.
  await group.getByText(`查看全部 ${count} 处`).click();
  await expect(group.locator('.place')).toHaveCount(count);
  const before = JSON.stringify(app.store.get('demo-tanglang-2024'));
  expect(before).toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
  await group.getByRole('button', { name: `全部改正这 ${count} 处` }).click();
  await expect(page.locator('.finding[data-rule="punctuation"]')).toHaveCount(0);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const stored = JSON.stringify(app.store.get('demo-tanglang-2024'));
  expect(stored).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
  expect(stored).toContain('汤郎乡在县委、县政府的领导下，在县委全面依法治县办公室的具体指导下');
  // Only the punctuation changed: the typo the group does not cover is still there, with its own fix.
  expect(stored).toContain('专武独断');
  await expect(page.locator('.finding', { hasText: '独断专行' }).locator('.fix')).toHaveCount(1);
});

test('county items pasted into the report become checklist items', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('button', { name: '添加县里的工作要点…' }).click();
  await page.getByLabel('县工作要点').fill('推进乡镇合法性审查全覆盖\n开展“八五”普法中期评估');
  await expect(page.locator('.item', { hasText: '推进乡镇合法性审查全覆盖' })).toHaveCount(1);
  await expect(page.locator('.item', { hasText: '开展“八五”普法中期评估' }).locator('.level')).toHaveText('县要点');
});

test('export Word: the review step lists what is missing, 仍然导出 writes the file and offers to open it', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-docx-')), '汤郎乡2024年度法治政府建设工作情况报告.docx');
  app.nextSavePath = out;
  await page.keyboard.press('Control+e');
  const review = page.getByRole('dialog', { name: '导出前检查' });
  await expect(review).toContainText('党政主要负责人履行第一责任人职责');
  await review.getByRole('button', { name: '返回修改' }).click();
  expect(existsSync(out)).toBe(false);
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  const done = page.getByRole('dialog', { name: '导出 Word' });
  await expect(done).toContainText('已导出');
  expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  await done.getByRole('button', { name: '打开文件' }).click();
  await expect.poll(() => app.opened).toContain(out);
});

test('export Word into a folder that does not exist: a plain message, no file', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  app.nextSavePath = path.join(tmpdir(), 'no-such-folder-xyz', 'r.docx');
  await page.getByRole('button', { name: '导出 Word' }).click();
  await page.getByRole('dialog', { name: '导出前检查' }).getByRole('button', { name: '仍然导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('导出失败：无法写入');
  await expect(page.getByRole('dialog', { name: '导出 Word' })).toContainText('文件夹不存在');
});

test('the 问题 tab opens at its top, whatever the 检查项 tab was scrolled to', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  const body = panel.locator('.tab-body');
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
  expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await panel.getByRole('tab', { name: /问题/ }).click();
  await expect(panel.getByRole('tab', { name: /问题/ })).toHaveAttribute('aria-selected', 'true');
  expect(await panel.locator('.tab-body').evaluate((el) => el.scrollTop)).toBe(0);
});
