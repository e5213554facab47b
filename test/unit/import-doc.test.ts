/**
 * Old Word 97–2003 (.doc) and WPS (.wps) files: a real .doc made here by LibreOffice from an invented report's
 * .docx, imported back; the same file named .wps; the message when LibreOffice is missing; where soffice is
 * looked for; and nothing left in the temp folder.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError, importFile } from '../../electron/services/import-file.ts';
import { findSoffice } from '../../electron/services/office-convert.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { SAMPLE } from '../fixtures/sample-report.ts';
import { NOW, contentOutline, importText, useTempDir } from './import-helpers.ts';

const { dir: tempDir, tmp } = useTempDir();
const soffice = findSoffice();
const noSoffice = soffice
  ? false
  : 'LibreOffice (soffice) is not installed here: the .doc and .wps imports are not run';
if (noSoffice) console.log(`skipped: ${noSoffice}`);

/** The sample as a .docx, then as a .doc written by LibreOffice's Word 97 filter (its own profile). */
async function sampleDoc(): Promise<{ docx: string; doc: string }> {
  const docx = tmp(
    '青石镇旧报告.docx',
    await buildDocx(importText(SAMPLE).report, { fontPreset: 'windows', boldHeadings: false }),
  );
  const profile = path.join(tempDir(), 'make-doc-profile');
  const outDir = path.join(tempDir(), 'doc');
  const r = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'doc:MS Word 97',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const doc = path.join(outDir, '青石镇旧报告.doc');
  assert.ok(readdirSync(outDir).includes('青石镇旧报告.doc'), `soffice made no .doc: ${r.stdout} ${r.stderr}`);
  return { docx, doc };
}

/** The conversion folders left in `dir` (the TypeScript loader keeps its own cache there too). */
const converting = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('fzbg-convert-'));

describe('.doc and .wps through LibreOffice', { skip: noSoffice }, () => {
  let files: { docx: string; doc: string };
  let privateTmp = '';
  const savedTmp = process.env.TMPDIR;
  before(async () => {
    files = await sampleDoc();
    // The conversion's temp folder goes here, so the test can see that nothing is left behind.
    privateTmp = mkdtempSync(path.join(tmpdir(), 'doc-import-tmp-'));
    process.env.TMPDIR = privateTmp;
  });
  after(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(privateTmp, { recursive: true, force: true });
  });

  test('a .doc imports with the same sections and text as the .docx it was made from', async () => {
    const fromDocx = await importFile(files.docx, { now: NOW });
    const fromDoc = await importFile(files.doc, { now: NOW });
    assert.deepEqual(contentOutline(fromDoc.report.sections), contentOutline(fromDocx.report.sections));
    assert.equal(fromDoc.report.unitName, '青石镇');
    assert.equal(fromDoc.report.year, 2024);
    assert.deepEqual(converting(privateTmp), [], 'the conversion folder is removed');
  });

  test('the same file named .wps (WPS writes the Word 97 format) imports alike', async () => {
    const wps = path.join(tempDir(), '青石镇旧报告.wps');
    copyFileSync(files.doc, wps);
    const fromDoc = await importFile(files.doc, { now: NOW });
    const fromWps = await importFile(wps, { now: NOW });
    assert.deepEqual(contentOutline(fromWps.report.sections), contentOutline(fromDoc.report.sections));
  });

  test('a damaged .doc is refused with a Chinese message, and nothing is left behind', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await assert.rejects(importFile(tmp('damaged.doc', bytes)), (err: unknown) => {
      assert.ok(err instanceof ImportError, String(err));
      assert.equal(err.code, 'unreadable');
      assert.match(err.message, /LibreOffice 无法转换“damaged.doc”.*另存为/);
      return true;
    });
    assert.deepEqual(converting(privateTmp), []);
  });
});

describe('without LibreOffice', () => {
  const oldDoc = () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return bytes;
  };

  test('a .doc or .wps is refused with a message that names LibreOffice and 另存为 .docx', async () => {
    const missing = path.join(tempDir(), 'no-such-folder', 'soffice');
    for (const [name, pattern] of [
      ['old.doc', /这是旧版 Word 文档（\.doc）.*安装 LibreOffice.*在 Word 或 WPS 中打开并“另存为” \.docx/],
      ['old.wps', /这是WPS 文字文档（\.wps）.*安装 LibreOffice.*在 WPS 中打开并“另存为” \.docx/],
    ] as const) {
      await assert.rejects(importFile(tmp(name, oldDoc()), {}, { soffice: missing }), (err: unknown) => {
        assert.ok(err instanceof ImportError, String(err));
        assert.equal(err.code, 'unsupported');
        assert.match(err.message, pattern);
        assert.match(err.english, /LibreOffice/);
        return true;
      });
    }
  });

  test('soffice is found on PATH, and in the Windows install folder when PATH lacks it', () => {
    const bin = path.join(tempDir(), 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'soffice'), '#!/bin/sh\n');
    chmodSync(path.join(bin, 'soffice'), 0o755);
    assert.equal(findSoffice({ PATH: bin }, 'linux'), path.join(bin, 'soffice'));

    const programFiles = path.join(tempDir(), 'Program Files');
    const program = path.join(programFiles, 'LibreOffice', 'program');
    mkdirSync(program, { recursive: true });
    writeFileSync(path.join(program, 'soffice.exe'), '');
    assert.equal(findSoffice({ PATH: '', ProgramFiles: programFiles }, 'win32'), path.join(program, 'soffice.exe'));
    assert.equal(findSoffice({ PATH: path.join(tempDir(), 'empty') }, 'win32'), null);
  });
});
