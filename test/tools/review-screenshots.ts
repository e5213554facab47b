/**
 * README images of the review before export and the preview at 适合整页 (1366×768, the demo report), for
 * test/tools/screenshots.ts. Its own browser and data folder, so it runs alone as well.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withReadmeApp } from './readme-app.ts';

export async function reviewScreenshots(out: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'fzbg-review-shots-'));
  try {
    await withReadmeApp(path.join(work, 'data'), async ({ page }) => {
      await page.locator('.report-item .title').click();
      await page.getByRole('button', { name: '导出 Word' }).click();
      await page.getByRole('dialog', { name: '导出前检查' }).waitFor();
      await page.screenshot({ path: path.join(out, 'review-dialog.png') });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '打印预览' }).click();
      await page.locator('.preview-view.ready').waitFor();
      await page.getByRole('textbox', { name: '页码' }).fill('2');
      await page.getByRole('textbox', { name: '页码' }).press('Enter');
      await page.locator('.pv-scroll').focus();
      await page.screenshot({ path: path.join(out, 'preview-fit-page.png') });
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
