/** The notice queue: notices do not pile up; confirmations leave, errors and warnings stay until closed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NOTICE_LIMITS,
  dismissNotice,
  expireNotices,
  nextExpiry,
  pushNotice,
  renewNotice,
  resolveNotice,
  type Notice,
  type NoticeInput,
} from '../../renderer/app/notice-queue.ts';

/** Push each input in turn, one second apart, as the app does. */
function run(inputs: NoticeInput[], start: Notice[] = []): Notice[] {
  let q = start;
  inputs.forEach((n, i) => (q = pushNotice(q, n, 1000 * (i + 1), q.length + 100 + i)));
  return q;
}
const error = (text: string, kind = 'error'): NoticeInput => ({ kind, level: 'error', lines: [text] });
const info = (text: string, kind = 'message'): NoticeInput => ({ kind, level: 'info', lines: [text] });
const texts = (q: Notice[]) => q.map((n) => n.lines.join('/'));

test('the same notice told five times is shown once; a new one of a kind replaces the old', () => {
  const five = run(Array.from({ length: 5 }, () => error('没有找到可用的打印机')));
  assert.deepEqual(texts(five), ['没有找到可用的打印机']);
  const q = run([error('保存失败：磁盘已满'), info('已备份到 D:\\备份'), error('无法导入：文件已损坏')]);
  assert.deepEqual(texts(q), ['已备份到 D:\\备份', '无法导入：文件已损坏']);
});

test('appended lines of one kind are one notice, each line once', () => {
  const data = (lines: string[]): NoticeInput => ({ kind: 'data', level: 'warning', lines, append: true });
  const q = run([data(['甲报告已从备份恢复。']), data(['甲报告已从备份恢复。', '自动备份失败。'])]);
  assert.deepEqual(texts(q), ['甲报告已从备份恢复。/自动备份失败。']);
});

test('at most a few are kept: the oldest confirmation goes first, then the oldest warning, never an error', () => {
  const warn = (kind: string): NoticeInput => ({ kind, level: 'warning', lines: [kind] });
  const q = run([error('错一', 'e1'), info('好一', 'i1'), warn('w1'), warn('w2'), info('好二', 'i2')]);
  assert.equal(q.length, NOTICE_LIMITS.kept);
  assert.deepEqual(texts(q), ['错一', 'w2', '好二']);
  const errors = run([error('错一', 'e1'), error('错二', 'e2'), error('错三', 'e3'), error('错四', 'e4')]);
  assert.deepEqual(texts(errors), ['错一', '错二', '错三', '错四']);
});

test('confirmations leave after their time unless kept or held; warnings stay', () => {
  const q = run([
    info('已备份'),
    { kind: 'bulk', level: 'info', lines: ['已改正 3 处'], keep: true },
    { kind: 'due', level: 'warning', lines: ['报送期限还有 9 天'] },
  ]);
  const backup = q.find((n) => n.kind === 'message')!;
  assert.equal(nextExpiry(q, backup.at), NOTICE_LIMITS.infoMs);
  assert.deepEqual(expireNotices(q, backup.at + NOTICE_LIMITS.infoMs - 1), q);
  const later = backup.at + NOTICE_LIMITS.infoMs;
  assert.deepEqual(texts(expireNotices(q, later)), ['已改正 3 处', '报送期限还有 9 天']);
  assert.equal(nextExpiry(expireNotices(q, later), later), null);
  // Under the pointer it waits; let go, it has its full time again.
  assert.equal(expireNotices(q, later, new Set([backup.id])).length, 3);
  const renewed = renewNotice(q, backup.id, later);
  assert.equal(expireNotices(renewed, later + 1).length, 3);
  assert.equal(nextExpiry(renewed, later), NOTICE_LIMITS.infoMs);
});

test('closed by the user, or resolved by what it was about', () => {
  const q = run([error('错一'), { kind: 'bulk', level: 'info', lines: ['已替换 5 处'], keep: true }]);
  assert.deepEqual(texts(dismissNotice(q, q[0].id)), ['已替换 5 处']);
  assert.deepEqual(texts(resolveNotice(q, 'bulk')), ['错一']);
  assert.equal(resolveNotice(q, 'none'), q);
});
