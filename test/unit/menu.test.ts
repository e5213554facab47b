import { test } from 'node:test';
import assert from 'node:assert/strict';
import { menuTemplate } from '../../electron/menu.ts';
import type { Command } from '../../electron/contract.ts';

test('the menu is in Chinese with 文件/编辑/视图/帮助 and the file commands with their shortcuts', () => {
  const sent: Command[] = [];
  const t = menuTemplate({ send: (c) => sent.push(c), dataDir: '/d', openDataDir: () => undefined });
  assert.deepEqual(
    t.map((m) => m.label),
    ['文件', '编辑', '视图', '帮助'],
  );
  const file = t[0].submenu as Array<{ label?: string; accelerator?: string; role?: string; click?: () => void }>;
  const byLabel = (l: string) => file.find((i) => i.label === l)!;
  assert.equal(byLabel('保存').accelerator, 'CmdOrCtrl+S');
  assert.equal(byLabel('导出 Word').accelerator, 'CmdOrCtrl+E');
  assert.ok(byLabel('新建报告') && byLabel('打开') && byLabel('打开数据文件夹'));
  assert.equal(byLabel('退出').role, 'quit');
  byLabel('保存').click!();
  byLabel('新建报告').click!();
  assert.deepEqual(sent, ['save', 'new']);
});
