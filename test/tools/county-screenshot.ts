/**
 * The README image of the county 汇总 (assets/readme/county-matrix.png, 1366×768): 24 invented townships made from
 * the test's own reports (test/fixtures/county) under other names, with last year's report of one of them.
 */
import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withReadmeApp } from './readme-app.ts';

const NAMES = ['石桥乡', '松坪镇', '河口镇', '马鞍乡', '龙潭镇', '金竹乡', '新田镇', '竹园乡', '红岩镇', '黄坡乡'];
const SOURCES = ['青石镇2025.txt', '柳溪镇2025.txt', '云岭街道2025.txt', '白沙乡2025.txt'];

/** A folder of township reports: the fixtures as they are, and copies under the names above. */
function townships(work: string): string {
  const src = path.resolve('test/fixtures/county');
  const dir = path.join(work, 'county-reports');
  mkdirSync(dir, { recursive: true });
  const put = (name: string, text: string, day: number) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const t = new Date(2026, 1, day, 10);
    utimesSync(file, t, t);
  };
  for (const [i, f] of readdirSync(src).entries())
    if (f.endsWith('.txt')) put(f, readFileSync(path.join(src, f), 'utf8'), 10 + i);
  NAMES.forEach((name, i) => {
    const from = SOURCES[i % SOURCES.length];
    const unit = from.replace('2025.txt', '');
    const text = readFileSync(path.join(src, from), 'utf8').replaceAll(unit, name);
    put(`${name}2025.txt`, text, i === 3 ? 33 : 14 + i);
  });
  return dir;
}

export async function countyScreenshot(work: string, out: string): Promise<void> {
  await withReadmeApp(path.join(work, 'county-data'), async (app) => {
    const { page } = app;
    await page.getByRole('button', { name: '县级汇总' }).click();
    app.nextCountySources = [townships(work)];
    await page.getByRole('button', { name: '添加文件夹…' }).click();
    await page.locator('.county-message').waitFor();
    await page.getByRole('button', { name: '完整度' }).click();
    await page.locator('.county-matrix tbody tr').first().waitFor();
    await page.screenshot({ path: path.join(out, 'county-matrix.png') });
  });
}
