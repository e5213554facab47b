/**
 * The files a choice of files and folders names, for the batch commands and the county's 添加: a folder's files of
 * the wanted kinds in Chinese file-list order, without hidden files, Word's owner files or the county's own outputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputFiles } from '../../electron/services/input-files.ts';
import { countySourceFiles } from '../../electron/services/county/source-files.ts';

function folder(names: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-inputs-'));
  for (const n of names) writeFileSync(path.join(dir, n), 'x');
  mkdirSync(path.join(dir, '下级文件夹.docx'));
  return dir;
}

test('a folder gives its files of the wanted kinds, in pinyin order, and not hidden or Word owner files', () => {
  const dir = folder(['张庄镇.docx', '白沙镇.DOCX', '~$张庄镇.docx', '.临时.docx', '说明.txt', '安宁乡.json']);
  try {
    const names = inputFiles([dir], ['.docx']).map((f) => path.basename(f));
    assert.deepEqual(names, ['白沙镇.DOCX', '张庄镇.docx']);
    assert.deepEqual(
      inputFiles([dir], ['.docx', '.json']).map((f) => path.basename(f)),
      ['安宁乡.json', '白沙镇.DOCX', '张庄镇.docx'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('files are taken as given, missing ones too (they fail in their turn), after the folders before them', () => {
  const dir = folder(['白沙镇.docx']);
  try {
    const missing = path.join(dir, '不存在.docx');
    assert.deepEqual(inputFiles([missing, dir, 'a.txt'], ['.docx']), [missing, path.join(dir, '白沙镇.docx'), 'a.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the county reads a folder without its own 汇总表, 审核意见单 and check files', () => {
  const dir = folder(['白沙镇.docx', '白沙镇审核意见单.docx', '2025年汇总表.docx', '白沙镇.check.json', '张庄镇.json']);
  try {
    assert.deepEqual(
      countySourceFiles([dir]).map((f) => path.basename(f)),
      ['白沙镇.docx', '张庄镇.json'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
