/** npm run public: findings as JSON on stderr, nothing written while findings are undecided unless --force. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { decide } from '../../electron/core/public/redact.ts';
import { scanReport } from '../../electron/core/public/scan.ts';
import { sectionByKey, makeReport } from './check-fixture.ts';
import { VersionStore } from '../../electron/services/versions.ts';
import { reportFileName } from '../../electron/services/store-layout.ts';
import { writeFileDurable } from '../../electron/services/durable-write.ts';
import { runCliBundle } from './cli-bundle.ts';

const dir = mkdtempSync(join(tmpdir(), 'public-cli-'));
const run = (args: string[]) => runCliBundle('public', args);

function reportFile(name: string, decided: boolean): string {
  const report = makeReport({ disputes: '申请人李青山与青石村委会的纠纷已调处，车辆云A12345已发还。' });
  if (decided) {
    let review = report.publicReview;
    for (const f of scanReport(report)) review = decide(review, f, 'mask');
    report.publicReview = review;
  }
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

/** The JSON the command wrote to stderr (the last line is the message when it failed). */
const stderrJson = (stderr: string) => JSON.parse(stderr.slice(0, stderr.lastIndexOf('}') + 1));

test('undecided findings: listed on stderr, exit 1, nothing written', () => {
  const out = join(dir, 'open.html');
  const res = run([reportFile('open.json', false), out]);
  assert.equal(res.status, 1);
  const json = stderrJson(res.stderr);
  assert.equal(json.open, 2);
  assert.deepEqual(
    json.findings.map((f: { kind: string; text: string; decision: null }) => [f.kind, f.text, f.decision]),
    [
      ['name', '李青山', null],
      ['plate', '云A12345', null],
    ],
  );
  assert.match(res.stderr, /未写出.*2 处/);
  assert.ok(!existsSync(out));
});

test('--force writes the copy anyway; decided findings are redacted and exit 0', () => {
  const forced = join(dir, 'forced.html');
  assert.equal(run([reportFile('forced.json', false), forced, '--force']).status, 0);
  assert.match(readFileSync(forced, 'utf8'), /李青山/);

  const out = join(dir, 'done.html');
  const res = run([reportFile('done.json', true), out]);
  assert.equal(res.status, 0, res.stderr);
  assert.equal(stderrJson(res.stderr).open, 0);
  assert.match(readFileSync(out, 'utf8'), /申请人×××与青石村委会的纠纷已调处，车辆×××××××已发还。/);
});

test('--words adds the county’s words', () => {
  const words = join(dir, 'words.txt');
  writeFileSync(words, '\uFEFF青石村委会\n\n');
  const res = run([reportFile('words.json', true), join(dir, 'words.docx'), '--words', words]);
  assert.equal(res.status, 1);
  assert.deepEqual(
    stderrJson(res.stderr)
      .findings.filter((f: { decision: null }) => f.decision === null)
      .map((f: { text: string }) => f.text),
    ['青石村委会'],
  );
});

test('bad input: clear messages and non-zero exits', () => {
  const good = reportFile('good.json', true);
  const cases: Array<[string[], number, RegExp]> = [
    [[good], 2, /需要输入和输出两个文件/],
    [[good, join(dir, 'x.pdf')], 2, /\.docx 或 \.html/],
    [[good, join(dir, 'x.html'), '--bogus'], 2, /未知选项/],
    [[join(dir, 'missing.json'), join(dir, 'x.html')], 1, /找不到文件/],
    [[good, good.replace(/\.json$/, '.html'), '--words', join(dir, 'none.txt')], 1, /无法读取敏感词文件/],
  ];
  writeFileSync(join(dir, 'bad.json'), '{"id": 1}');
  cases.push([[join(dir, 'bad.json'), join(dir, 'x.html')], 1, /不是有效的报告/]);
  for (const [args, status, message] of cases) {
    const res = run(args);
    assert.equal(res.status, status, args.join(' '));
    assert.match(res.stderr, message);
  }
});

test('--version makes the copy from a version in the data folder, with the report’s decisions; the version stays', async () => {
  const data = join(dir, 'data');
  mkdirSync(join(data, 'reports'), { recursive: true });
  const filed = makeReport({ disputes: '申请人李青山与青石村委会的纠纷已调处。' });
  const versions = new VersionStore(join(data, 'versions'), writeFileDurable, () => new Date());
  const meta = await versions.add(filed, { kind: 'named', stage: 'filed', note: '报县委' });
  const versionFile = join(data, 'versions', readdirSync(join(data, 'versions'))[0], `${meta.id}.json`);
  const kept = readFileSync(versionFile, 'utf8');
  // Edited after filing; the reviewer decided on the filed text.
  const current = structuredClone(filed);
  sectionByKey(current, 'disputes').paragraphs[0].text = '青石镇报送以后改写的段落。';
  let review = current.publicReview;
  for (const f of scanReport(filed)) review = decide(review, f, 'mask');
  current.publicReview = review;
  const file = join(data, 'reports', reportFileName(current.id));
  writeFileSync(file, JSON.stringify(current));

  for (const which of ['报送稿', 'filed', meta.id]) {
    const out = join(dir, `from-${which}.html`);
    const res = run([file, out, '--version', which]);
    assert.equal(res.status, 0, res.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /申请人×××与青石村委会的纠纷已调处。/);
    assert.doesNotMatch(html, /报送以后改写/);
  }
  assert.equal(readFileSync(versionFile, 'utf8'), kept);

  // Without --version, what the app's 公开版依据 takes: the newest 报送稿 here; `current` is the file's own text.
  const byDefault = run([file, join(dir, 'default.html')]);
  assert.equal(byDefault.status, 0, byDefault.stderr);
  assert.match(stderrJson(byDefault.stderr).basis, new RegExp(`报送稿.*${meta.id}`));
  assert.doesNotMatch(readFileSync(join(dir, 'default.html'), 'utf8'), /报送以后改写/);
  const own = run([file, join(dir, 'own.html'), '--version', 'current', '--force']);
  assert.equal(own.status, 0, own.stderr);
  assert.match(stderrJson(own.stderr).basis, /当前的文字/);
  assert.match(readFileSync(join(dir, 'own.html'), 'utf8'), /报送以后改写/);
  // The reviewer chose the current text in the app: that choice is kept.
  writeFileSync(file, JSON.stringify({ ...current, publicReview: { ...current.publicReview, source: '' } }));
  const chosen = run([file, join(dir, 'chosen.html'), '--force']);
  assert.match(stderrJson(chosen.stderr).basis, /当前的文字/);
  assert.match(readFileSync(join(dir, 'chosen.html'), 'utf8'), /报送以后改写/);
  writeFileSync(file, JSON.stringify(current));

  const none = run([file, join(dir, 'none.html'), '--version', '公开稿']);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /没有这个版本.*报送稿：报县委/);
  const outside = run([reportFile('outside.json', true), join(dir, 'outside.html'), '--version', '报送稿']);
  assert.equal(outside.status, 1);
  assert.match(outside.stderr, /找不到该报告的版本/);
  assert.equal(run([file, join(dir, 'x.html'), '--version']).status, 2);
});
