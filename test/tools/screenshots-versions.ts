/**
 * README images of stages and versions (1366×768): the library marking what is due, with the start-up notice,
 * and the 版本 panel with versions of an invented report (青石镇). The main process's clock is set to
 * 2026年2月20日, nine days before the 2025 reports' filing deadline. Called from screenshots.ts.
 */
import path from 'node:path';
import type { startApp } from '../e2e/harness.ts';
import { EMPTY_PROGRESS } from '../../electron/core/progress.ts';

type App = Awaited<ReturnType<typeof startApp>>;

async function inventedReports(app: App): Promise<void> {
  const a = await app.store.create({ unitName: '青石镇', county: '松川县', year: 2025 });
  a.preamble = '2025年，青石镇坚持以习近平法治思想为指导，现将有关情况报告如下：';
  a.progress = { ...EMPTY_PROGRESS, stage: 'review' };
  await app.store.save(a);
  const b = await app.store.create({ unitName: '白沙乡', county: '松川县', year: 2025 });
  b.progress = { ...EMPTY_PROGRESS, stage: 'filed', filed: { date: '2026-02-12', docNo: '白政报〔2026〕2号' } };
  await app.store.save(b);
}

export async function versionScreenshots(app: App, out: string): Promise<void> {
  const { page } = app;
  app.clock = new Date(2026, 1, 20, 9, 0);
  await inventedReports(app);
  await app.restart();
  await page.locator('.report-item .due-tag').first().waitFor();
  await page.screenshot({ path: path.join(out, 'library-due.png') });
  await page.getByRole('button', { name: '知道了' }).click();

  await page.locator('.report-item .title', { hasText: '青石镇' }).click();
  await page.getByRole('button', { name: '版本', exact: true }).click();
  const panel = page.getByRole('complementary', { name: '版本' });
  const preamble = page.getByLabel('导语', { exact: true });
  const keep = async (stage: string, note: string) => {
    await panel.getByLabel('版本阶段').selectOption({ label: stage });
    await panel.getByLabel('版本说明').fill(note);
    await panel.getByRole('button', { name: '存为版本' }).click();
    await panel.locator('.version-item', { hasText: note }).waitFor();
  };
  await keep('初稿', '办公室起草');
  await preamble.fill('2025年，青石镇党委、政府坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：');
  await keep('讨论稿', '书记会前');
  await preamble.fill(
    '2025年，青石镇党委、政府坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新进展。现将有关情况报告如下：',
  );
  await keep('送审稿', '报主要负责人审核');
  await page.screenshot({ path: path.join(out, 'versions-panel.png') });
}
