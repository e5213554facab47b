/**
 * The sender check and the folder guard compare file: URLs by what file they name, not by how they are spelled:
 * Node's pathToFileURL and Chromium escape `~ [ ] %`, spaces and Chinese differently, and a string comparison
 * made the app refuse every call (start-up included) when unpacked under such a path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { appFolderCheck, appUrlCheck, fileUrlKey } from '../../electron/app-url.ts';

const ODD_DIR = '/tmp/ADMINI~1/法治 [便携] 100% 空格 中文';
const nodeUrl = pathToFileURL(`${ODD_DIR}/renderer/index.html`).href;

test('Node and Chromium spellings of an odd path are the same page', () => {
  // Chromium leaves ~ [ ] unescaped and writes the rest as UTF-8 escapes, in either case of hex digit.
  const chromiumUrl =
    'file:///tmp/ADMINI~1/%E6%B3%95%E6%B2%BB%20[%E4%BE%BF%E6%90%BA]%20100%25%20%e7%a9%ba%e6%a0%bc%20%E4%B8%AD%E6%96%87/renderer/index.html';
  assert.notEqual(nodeUrl, chromiumUrl, 'the spellings really differ');
  const isApp = appUrlCheck(nodeUrl, 'posix');
  assert.equal(isApp(chromiumUrl), true);
  assert.equal(isApp(chromiumUrl + '#/report/1'), true);
  assert.equal(isApp(chromiumUrl + '?x=1'), true);
  assert.equal(isApp(nodeUrl), true);
});

test('a % that starts no escape is a literal %, as Chromium opens it (Electron’s loadFile leaves it raw)', () => {
  const isApp = appUrlCheck(pathToFileURL('/tmp/fzbg ~[便携%] 空格 中文/index.html').href, 'posix');
  assert.equal(
    isApp('file:///tmp/fzbg%20~[%E4%BE%BF%E6%90%BA%]%20%E7%A9%BA%E6%A0%BC%20%E4%B8%AD%E6%96%87/index.html'),
    true,
  );
  assert.equal(
    isApp('file:///tmp/fzbg%20~[%E4%BE%BF%E6%90%BA]%20%E7%A9%BA%E6%A0%BC%20%E4%B8%AD%E6%96%87/index.html'),
    false,
  );
});

test('another page, folder or scheme is not the app', () => {
  const isApp = appUrlCheck(nodeUrl, 'posix');
  for (const url of [
    pathToFileURL(`${ODD_DIR}/renderer/other.html`).href,
    pathToFileURL(`${ODD_DIR}/renderer/index.html.bak`).href,
    pathToFileURL(`/tmp/ADMINI~2/法治 [便携] 100% 空格 中文/renderer/index.html`).href,
    nodeUrl.replace('file://', 'https://'),
    // an encoded slash names a different file than its segments
    nodeUrl.replace('/renderer/index.html', '%2Frenderer/index.html'),
    // an escape that is not UTF-8
    nodeUrl.replace('index.html', '%E4%B8index.html'),
    'not a url',
    '',
  ]) {
    assert.equal(isApp(url), false, url);
  }
});

test('dot segments and doubled slashes are resolved before comparing', () => {
  const isApp = appUrlCheck('file:///opt/app/renderer/index.html', 'posix');
  assert.equal(isApp('file:///opt/app/x/../renderer/./index.html'), true);
  assert.equal(isApp('file:///opt/app//renderer/index.html'), true);
  assert.equal(isApp('file:///opt/app/renderer/%2e%2e/renderer/index.html'), true);
});

test('Windows paths compare without case (8.3 names, drive letters); POSIX paths with it', () => {
  const win = appUrlCheck('file:///C:/Users/ADMINI~1/AppData/Local/Temp/%E6%B3%95%E6%B2%BB/index.html', 'win32');
  assert.equal(win('file:///c:/users/admini~1/appdata/local/temp/法治/index.html'), true);
  assert.equal(win('file:///C:\\Users\\ADMINI~1\\AppData\\Local\\Temp\\法治\\index.html'), true);
  assert.equal(win('file:///D:/Users/ADMINI~1/AppData/Local/Temp/法治/index.html'), false);
  const posix = appUrlCheck('file:///opt/App/index.html', 'posix');
  assert.equal(posix('file:///opt/app/index.html'), false);
});

test('Unicode spellings of one name (composed and decomposed) are the same file', () => {
  const composed = fileUrlKey(pathToFileURL('/tmp/café/index.html').href, 'posix');
  const decomposed = fileUrlKey(pathToFileURL('/tmp/cafe\u0301/index.html').href, 'posix');
  assert.equal(composed, decomposed);
});

test('the folder guard lets in the folder’s files only, however spelled', () => {
  const inside = appFolderCheck(pathToFileURL(`${ODD_DIR}/renderer`).href, 'posix');
  assert.equal(inside(`file://${ODD_DIR.replace('%', '%25')}/renderer/app.js`), true);
  assert.equal(inside(pathToFileURL(`${ODD_DIR}/renderer/sub/x.css`).href), true);
  assert.equal(inside(pathToFileURL(`${ODD_DIR}/renderer`).href), false, 'the folder itself is not a file in it');
  assert.equal(inside(pathToFileURL(`${ODD_DIR}/preload.cjs`).href), false);
  assert.equal(inside(pathToFileURL(`${ODD_DIR}/renderer2/app.js`).href), false);
  assert.equal(inside(pathToFileURL(`${ODD_DIR}/renderer/../main.cjs`).href), false);
});
