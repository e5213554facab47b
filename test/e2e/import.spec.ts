import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './harness.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';

const demo = () => JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));

test('import a .docx through the app: check the mapping, change one, and land in the guided form', async ({ app }) => {
  const { page } = app;
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-import-'));
  const file = path.join(dir, '汤郎乡2024年报告.docx');
  writeFileSync(file, await buildDocx(demo(), { fontPreset: 'windows', boldHeadings: false }));
  app.nextOpenPath = file;
  await page.getByRole('button', { name: '导入旧报告（Word/文本）' }).click();
  // The demo is 汤郎乡's 2024 report too: the library says so first, and the user imports it anyway.
  const repeat = page.getByRole('dialog', { name: '报告库里已有这份报告' });
  await expect(repeat).toContainText('《汤郎乡2024年度法治政府建设工作情况报告》示例');
  await repeat.getByRole('button', { name: '仍然导入为新报告' }).click();
  const dialog = page.getByRole('dialog', { name: '确认导入' });
  await expect(dialog).toContainText('汤郎乡2024年度法治政府建设工作情况报告');
  await expect(dialog).toContainText('汤郎乡2024年报告.docx');
  const shortfalls = dialog.getByLabel(/存在的问题和不足”放入/);
  await expect(shortfalls).toHaveValue('shortfalls');
  await expect(dialog.getByLabel(/下步工作计划”放入/)).toHaveValue('plan');
  await expect(dialog.getByLabel(/汤郎乡基本情况”放入/)).toHaveValue('custom');
  // The user decides 基本情况 belongs under 其他需要报告的情况.
  await dialog.getByLabel(/汤郎乡基本情况”放入/).selectOption('other');
  await expect(dialog.getByLabel(/汤郎乡基本情况”放入/)).toHaveValue('other');
  await dialog.getByRole('button', { name: '创建报告' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('汤郎乡2024年度法治政府建设工作情况报告');
  await expect(page.locator('section.panel[data-key="shortfalls"] textarea').first()).toHaveValue(/齐抓共管/);
  await expect(page.locator('section.panel[data-key="other"] .heading-input').first()).toHaveValue('汤郎乡基本情况');
  const stored = readDataDirSync(app.dataDir).reports;
  expect(stored).toHaveLength(2);
});

/** An invented report: a thematic top part, a 第一责任人 sub-point inside it, a web line, and title/导语 years apart. */
const THEMATIC = [
  '来源：石门镇人民政府  发布时间：2025-01-20',
  '石门镇2024年度法治政府建设工作情况报告',
  '一年来，石门镇坚持依法行政，扎实推进法治政府建设。现将我镇2023年法治政府建设情况报告如下：',
  '一、完善制度体系，纵深推进依法行政',
  '（一）深入学习习近平法治思想',
  '镇党委理论学习中心组全年专题学法8次，组织干部参加法治培训3期。',
  '（二）规范重大行政决策程序',
  '重大事项均经合法性审查和集体讨论，全年审查合同21件。',
  '（三）述法引领压实责任',
  '镇党委书记亲自部署法治建设工作4次，镇长在全县述法会议上述法1次。',
  '二、存在的不足和原因',
  '普法宣传的针对性不强，原因是普法队伍力量薄弱。',
  '三、2025年工作打算',
  '持续深化法治政府建设，规范行政执法行为，提升依法行政水平。',
].join('\n');

test('import keeps the outline; the 第一责任人 sub-point moves with one click; the year is asked', async ({ app }) => {
  const { page } = app;
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-import-'));
  const file = path.join(dir, '石门镇报告.txt');
  writeFileSync(file, THEMATIC);
  app.nextOpenPath = file;
  await page.getByRole('button', { name: '导入旧报告（Word/文本）' }).click();
  const dialog = page.getByRole('dialog', { name: '确认导入' });
  const outline = dialog.getByRole('table', { name: '将创建的提纲' });
  const rows = outline.locator('tbody tr');
  // The outline to be created is the source's: three parts, the sub-point still (三) under 一.
  await expect(rows.locator('td.outline-heading')).toHaveText([
    '一、完善制度体系，纵深推进依法行政',
    '（一）深入学习习近平法治思想',
    '（二）规范重大行政决策程序',
    '（三）述法引领压实责任',
    '二、存在的不足和原因',
    '三、2025年工作打算',
  ]);
  await expect(rows.nth(0)).toContainText('对应：2024年度推进法治政府建设的主要举措和成效');
  await expect(rows.nth(3)).toContainText('保留为自己的部分');
  // The web line is listed, removed by default.
  await expect(dialog.locator('.noise-lines li.removed')).toContainText('来源：石门镇人民政府');
  // Title and 导语 disagree: asked, the title's year by default.
  await expect(dialog.getByLabel('报告年度', { exact: true })).toHaveValue('2024');

  await dialog.getByRole('button', { name: '把“（三）述法引领压实责任”移到第一责任人部分' }).click();
  await expect(rows.locator('td.outline-heading')).toHaveText([
    '一、完善制度体系，纵深推进依法行政',
    '（一）深入学习习近平法治思想',
    '（二）规范重大行政决策程序',
    '二、述法引领压实责任',
    '三、存在的不足和原因',
    '四、2025年工作打算',
  ]);
  const moved = rows.filter({ hasText: '述法引领压实责任' });
  await expect(moved).toContainText('已移到：党政主要负责人履行推进法治建设第一责任人职责情况');
  await expect(moved).toContainText('原为二级，现为一级');
  await expect(dialog.getByRole('button', { name: /移到第一责任人部分/ })).toHaveCount(0);
  // Keeping the web line reads the source again: the move survives it. Then it is removed again.
  await dialog.getByRole('button', { name: '保留“来源：石门镇人民政府  发布时间：2025-01-20”' }).click();
  await expect(dialog.locator('.noise-lines li.kept')).toHaveCount(1);
  await expect(rows.nth(3)).toHaveText(/二、述法引领压实责任/);
  await dialog.getByRole('button', { name: '去掉“来源：石门镇人民政府  发布时间：2025-01-20”' }).click();
  await expect(dialog.locator('.noise-lines li.removed')).toHaveCount(1);
  await expect(rows.nth(3)).toHaveText(/二、述法引领压实责任/);

  await dialog.getByRole('button', { name: '创建报告' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('石门镇2024年度法治政府建设工作情况报告');
  const stored = readDataDirSync(app.dataDir).reports;
  const report = stored.find((r) => r.unitName === '石门镇')!;
  expect(report.year).toBe(2024);
  const keys = report.sections.map((s) => s.key);
  expect(keys.slice(0, 4)).toEqual(['measures', 'chief', 'shortfalls', 'plan']);
  const chief = report.sections[1];
  expect(chief.heading).toBe('述法引领压实责任');
  expect(chief.paragraphs[0].text).toContain('镇长在全县述法会议上述法1次');
  expect(report.sections[0].heading).toBe('完善制度体系，纵深推进依法行政');
  expect(report.sections[0].children.map((c: { heading: string }) => c.heading)).not.toContain('述法引领压实责任');
  expect(JSON.stringify(report)).not.toContain('来源：石门镇人民政府');
});

test('pasted text that is not a report is refused with a message and creates nothing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '粘贴文本导入' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴文本导入' });
  await dialog.getByLabel('报告全文').fill('今天天气很好，我们去公园散步。');
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/[\u4e00-\u9fff]/);
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(readDataDirSync(app.dataDir).reports).toHaveLength(1);
});

test('新建下一年度 copies into year+1 with statistics cleared and paragraphs marked until edited', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '新建下一年度' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('汤郎乡2025年度法治政府建设工作情况报告');
  await expect(page.locator('.inherited-tag').first()).toBeVisible();
  const tags = await page.locator('.inherited-tag').count();
  expect(tags).toBeGreaterThan(10);
  const officers = page.getByLabel('持证执法人员（名）');
  await expect(officers).toHaveValue('');
  await expect(page.locator('.stat', { has: officers }).locator('.last-year')).toHaveText('上年 21名');
  const box = page.locator('section.panel[data-key="shortfalls"] textarea').first();
  await box.fill('2025年新写的不足。原因是……');
  await expect(page.locator('.inherited-tag')).toHaveCount(tags - 1);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const stored = readDataDirSync(app.dataDir).reports;
  const next = stored.find((r) => r.year === 2025)!;
  expect(next.previousId).toBe('demo-tanglang-2024');

  // Side by side with last year: what changed is marked.
  const shortfalls = page.locator('section.panel[data-key="shortfalls"]');
  await shortfalls.getByRole('button', { name: '对比上年' }).click();
  const compare = shortfalls.getByLabel('与上年对比');
  await expect(compare).toContainText('齐抓共管');
  await expect(compare.locator('mark').first()).toBeVisible();
  await expect(compare.locator('mark', { hasText: '新写' }).first()).toBeVisible();
  // 照搬上年: the untouched paragraphs are flagged, the rewritten one is not.
  await page.getByRole('tab', { name: /问题/ }).click();
  await expect(page.locator('.finding[data-rule="copied"]').first()).toBeVisible();
  await expect(page.locator('.finding[data-rule="copied"]', { hasText: '新写的不足' })).toHaveCount(0);
});

test('a report in traditional characters: the dialog offers conversion (ticked); unticked keeps the text', async ({
  app,
}) => {
  const { page } = app;
  const text = readFileSync('test/fixtures/traditional-report.txt', 'utf8');
  await page.getByRole('button', { name: '粘贴文本导入' }).click();
  await page.getByRole('dialog', { name: '粘贴文本导入' }).getByLabel('报告全文').fill(text);
  await page.getByRole('dialog', { name: '粘贴文本导入' }).getByRole('button', { name: '识别' }).click();
  const dialog = page.getByRole('dialog', { name: '确认导入' });
  await expect(dialog).toContainText('原文是繁体字');
  const convert = dialog.getByRole('checkbox', { name: /把正文转换为简体字/ });
  await expect(convert).toBeChecked();
  await expect(dialog.getByLabel(/黨政主要負責人|党政主要负责人/)).toHaveValue('chief');
  await convert.uncheck();
  await dialog.getByRole('button', { name: '创建报告' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('青石鎮2025年度法治政府建設工作情況報告');
  await expect(page.locator('section.panel[data-key="chief"] textarea').first()).toHaveValue(/鎮黨委書記/);
});

test('one file imported twice: the second time the report already there is named; 取消 adds nothing', async ({
  app,
}) => {
  const { page } = app;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-import-')), '青石镇2024年报告.txt');
  writeFileSync(file, readFileSync('test/fixtures/sample-report.txt'));
  app.nextOpenPath = file;
  const importButton = page.getByRole('button', { name: '导入旧报告（Word/文本）' });
  const repeat = page.getByRole('dialog', { name: '报告库里已有这份报告' });
  await importButton.click();
  await page.getByRole('dialog', { name: '确认导入' }).getByRole('button', { name: '创建报告' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('青石镇2024年度法治政府建设工作情况报告');
  await page.getByRole('button', { name: '← 报告列表' }).click();

  await importButton.click();
  await expect(repeat).toContainText('报告库里已有内容相同的报告');
  await expect(repeat.locator('li')).toHaveCount(1);
  await expect(repeat.locator('li')).toContainText('《青石镇2024年度法治政府建设工作情况报告》');
  await expect(repeat.locator('li')).toContainText(
    /青石镇 · 2024 年度 · 最后修改 \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 内容相同/,
  );
  await repeat.getByRole('button', { name: '取消' }).click();
  await expect(repeat).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: '确认导入' })).toHaveCount(0);
  await expect(page.locator('.report-item')).toHaveCount(2);
  expect(readDataDirSync(app.dataDir).reports).toHaveLength(2);

  // 打开已有 opens the report that is there, and still adds nothing.
  await importButton.click();
  await repeat.getByRole('button', { name: '打开已有' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('青石镇2024年度法治政府建设工作情况报告');
  await expect(page.locator('.report-item')).toHaveCount(0);
  expect(readDataDirSync(app.dataDir).reports).toHaveLength(2);
});
