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

test('编辑: 撤销/重做/查找/替换 send commands and leave their keys to the page', () => {
  const sent: Command[] = [];
  const t = menuTemplate({ send: (c) => sent.push(c), dataDir: '/d', openDataDir: () => undefined });
  const edit = t[1].submenu as Array<{
    label?: string;
    accelerator?: string;
    registerAccelerator?: boolean;
    click?: () => void;
  }>;
  for (const [label, key] of [
    ['撤销', 'CmdOrCtrl+Z'],
    ['重做', 'CmdOrCtrl+Y'],
    ['查找', 'CmdOrCtrl+F'],
    ['替换', 'CmdOrCtrl+H'],
  ]) {
    const item = edit.find((i) => i.label === label)!;
    assert.equal(item.accelerator, key);
    // In a text box Ctrl+Z is the box's own undo: the menu must not take the key from the page.
    assert.equal(item.registerAccelerator, false);
    item.click!();
  }
  assert.deepEqual(sent, ['undo', 'redo', 'find', 'replace']);
});
