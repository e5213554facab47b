/**
 * Values the Word file cannot print are stopped at the boundary, and what the gate says reaches the page in
 * Chinese: a 22-digit count (which would print as 1e+21) is refused where it is typed, and a report saved
 * through the page's API with such a figure or an impossible 成文日期 gets a Chinese refusal; nothing is saved.
 */
import { test, expect } from './harness.ts';
import type { IpcResult } from '../../electron/contract.ts';
import type { Report } from '../../electron/core/report-model.ts';

test('a figure that would print as 1e+21 is refused in the form and at the gate, in Chinese', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const input = page.getByLabel(/持证执法人员/);
  await input.fill('1000000000000000000000');
  await expect(page.locator('.stat-error')).toHaveText(/数字太大，最多 1 万亿/);

  // The same refusal from the gate, as the page receives it.
  const answers = await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (...a: unknown[]) => Promise<IpcResult<unknown>>> }).api;
    const got = await api.getReport('demo-tanglang-2024');
    if (!got.ok) throw new Error('no demo report');
    const report = got.value as Report;
    const withFigure = structuredClone(report);
    const all = (s: Report['sections'][number]): Report['sections'] => [s, ...s.children.flatMap(all)];
    const stat = withFigure.sections.flatMap(all).find((s) => s.stats.length)?.stats[0];
    if (!stat) throw new Error('no statistic');
    stat.value = 1e21;
    const badDate = { ...report, signature: { ...report.signature, date: '2024-13-45' } };
    return [await api.saveReport(withFigure), await api.saveReport(badDate)];
  });
  for (const answer of answers) {
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('INVALID_PAYLOAD');
      expect(answer.error.message).toMatch(/^数据不正确：.*(数字应在 0 到|成文日期不是有效的日期)/);
      expect(answer.error.message).not.toMatch(/Too big|Invalid|expected/);
    }
  }
  const stored = JSON.stringify(app.store.get('demo-tanglang-2024'));
  expect(stored).not.toContain('1e+21');
  expect(stored).not.toContain('2024-13-45');
});
