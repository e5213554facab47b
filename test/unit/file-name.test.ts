/** The names offered in the save dialogs: valid on Windows, and saying which text the file holds. */
import assert from 'node:assert/strict';
import test from 'node:test';
import { reportFileStem, safeFileName, versionTag } from '../../electron/core/file-name.ts';
import { publicFileName } from '../../electron/services/public-export.ts';
import { versionFileName } from '../../electron/ipc/versions.ts';
import type { VersionMeta } from '../../electron/core/versions/model.ts';
import type { Report } from '../../electron/core/report-model.ts';

/** A moment of 20 February 2026 on this computer's clock, as versions record it. */
const FEB_20 = new Date(2026, 1, 20, 9, 30).toISOString();
const report = { unitName: '青石镇', year: 2025, updatedAt: new Date(2026, 2, 5, 16, 0).toISOString() };

test('a name keeps nothing Windows refuses, ends as Windows would keep it, and is never empty', () => {
  assert.equal(safeFileName('青石镇/东区:2025*报告?"<>|', 'x'), '青石镇东区2025报告');
  assert.equal(safeFileName('青石镇\u0000\u001f\u007f报告', 'x'), '青石镇报告');
  assert.equal(safeFileName('  青石镇报告. . ', 'x'), '青石镇报告');
  assert.equal(safeFileName('\\/:*?', '报告'), '报告');
  assert.equal(safeFileName('...', '报告'), '报告');
  assert.equal(safeFileName('CON', '报告'), '_CON');
  assert.equal(safeFileName('nul.txt', '报告'), '_nul.txt');
  assert.equal(safeFileName('COM1', '报告'), '_COM1');
  assert.equal(safeFileName('CONSOLE', '报告'), 'CONSOLE');
  // A very long unit name is cut by characters, not by UTF-16 halves.
  const long = safeFileName('𠀀'.repeat(300), '报告');
  assert.equal([...long].length, 120);
  assert.ok(!/[\uD800-\uDBFF]$/.test(long), 'no half of a character at the end');
});

test('the report, a version and the public copy are named after the report and the text they hold', () => {
  assert.equal(reportFileStem(report), '青石镇2025年度法治政府建设工作情况报告');
  assert.equal(reportFileStem({ unitName: 'a/b:c', year: 2025 }), 'abc2025年度法治政府建设工作情况报告');
  const filed = { createdAt: FEB_20, stage: 'filed' } as VersionMeta;
  const plain = { createdAt: FEB_20, stage: '' } as VersionMeta;
  assert.equal(versionTag(filed), '2026-02-20报送稿');
  assert.equal(versionTag(plain), '2026-02-20版本');
  assert.equal(
    versionFileName(report as Report, filed, 'pdf'),
    '青石镇2025年度法治政府建设工作情况报告（2026-02-20报送稿）.pdf',
  );
  assert.equal(
    publicFileName(report, filed, 'docx'),
    '青石镇2025年度法治政府建设工作情况报告（公开版，据2026-02-20报送稿）.docx',
  );
  assert.equal(
    publicFileName(report, plain, 'html'),
    '青石镇2025年度法治政府建设工作情况报告（公开版，据2026-02-20版本）.html',
  );
  // From the current text: the day it was last saved.
  assert.equal(
    publicFileName(report, null, 'docx'),
    '青石镇2025年度法治政府建设工作情况报告（公开版，据2026-03-05保存的文字）.docx',
  );
  // The report's own name is made safe before anything is added to it.
  assert.equal(
    publicFileName({ ...report, unitName: '青石镇|东区' }, filed, 'html'),
    '青石镇东区2025年度法治政府建设工作情况报告（公开版，据2026-02-20报送稿）.html',
  );
});
