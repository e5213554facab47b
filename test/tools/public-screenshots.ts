/**
 * README images of the public version: the 公开版 review on the demo report with invented sensitive text in its
 * 导语 (public-review.png), and the HTML file it writes, opened in Chromium on its own (public-html.png).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readmePage, withReadmeApp } from './readme-app.ts';

const SENSITIVE =
  '内部资料\n本年度，申请人李青山反映的宅基地纠纷已调处，回访电话13812345678，车辆云A12345已发还。现将有关情况报告如下：';

export async function publicScreenshots(work: string, out: string): Promise<void> {
  await withReadmeApp(path.join(work, 'public-data'), async (app, browser) => {
    const { page } = app;
    await page.locator('.report-item .title').click();
    await page.getByLabel('导语', { exact: true }).fill(SENSITIVE);
    await page.getByRole('button', { name: '公开版', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '公开版' });
    const rows = dialog.locator('.privacy-finding');
    await rows.nth(1).getByRole('button', { name: '打码 ××' }).click();
    await rows.nth(2).getByRole('button', { name: '删除' }).click();
    await dialog.getByLabel('审查人').fill('赵审');
    await page.screenshot({ path: path.join(out, 'public-review.png') });

    await rows.nth(3).getByRole('button', { name: '打码 ××' }).click();
    await dialog.getByRole('button', { name: '审查完成' }).click();
    const file = path.join(work, '公开版.html');
    app.nextSavePath = file;
    await dialog.getByRole('button', { name: '导出公开版网页' }).click();
    await dialog.locator('p.ok code').waitFor();
    const html = await readmePage(browser);
    await html.goto(pathToFileURL(file).href);
    await html.screenshot({ path: path.join(out, 'public-html.png') });
  });
}
