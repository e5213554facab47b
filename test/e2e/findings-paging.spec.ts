/**
 * A 60 KB paste that gives some 10,000 findings: the 问题 tab used to render all of them (2.3 s to open) and then
 * re-render them on every keystroke. It renders a page of them, 显示更多 adds the next, and typing still works.
 */
import { test, expect } from './harness.ts';

test('10,000 findings: the 问题 tab opens with one page, 显示更多 adds the next, and typing still works', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const slow = expect.configure({ timeout: 60_000 });
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page
    .locator('section.panel[data-key="other"] > .paragraphs')
    .getByRole('button', { name: '＋ 添加段落' })
    .click();
  const box = page.locator('section.panel[data-key="other"] textarea').first();
  await box.evaluate((el: HTMLTextAreaElement) => {
    // 30,000 characters (60 KB as the page holds it): each doubled comma is its own finding (stray spaces and
    // half-width marks would be one group each).
    el.value = '镇，，'.repeat(10_000);
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  const stored = (key: string) =>
    app.store.get('demo-tanglang-2024').sections.find((s) => s.key === key)!.paragraphs[0]?.text ?? '';
  await expect.poll(() => stored('other').length, { timeout: 60_000 }).toBe(30_000);

  await page.getByRole('tab', { name: /问题/ }).click();
  const findings = page.locator('.finding');
  await slow(page.getByRole('button', { name: /显示更多（还有 \d+ 条）/ })).toBeVisible();
  await expect(findings).toHaveCount(200);
  const more = page.getByRole('button', { name: /显示更多/ });
  const left = Number((await more.textContent())!.match(/还有 (\d+) 条/)![1]);
  expect(left).toBeGreaterThan(9_000);
  await more.click();
  await expect(findings).toHaveCount(400);
  await expect(more).toHaveText(`显示更多（还有 ${left - 200} 条）`);

  // The form still takes typing, and it is saved.
  const plan = page.locator('section.panel[data-key="plan"] textarea').first();
  await plan.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('青石镇');
  await expect(plan).toHaveValue(/青石镇$/);
  await expect.poll(() => stored('plan'), { timeout: 60_000 }).toMatch(/青石镇$/);
});
