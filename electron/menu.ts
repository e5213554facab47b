/**
 * The Chinese application menu: 文件 / 编辑 / 视图 / 帮助. Menu items send commands to the page.
 * Only types come from electron here, so the template is testable in plain Node; main.ts builds the Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Command } from './contract.ts';

export interface MenuDeps {
  send(command: Command): void;
  dataDir: string;
  openDataDir(): void;
}

/** The menu template, separate from Menu so tests can read it. */
export function menuTemplate(d: MenuDeps): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件',
      submenu: [
        { label: '新建报告', accelerator: 'CmdOrCtrl+N', click: () => d.send('new') },
        { label: '打开', accelerator: 'CmdOrCtrl+O', click: () => d.send('open') },
        { label: '保存', accelerator: 'CmdOrCtrl+S', click: () => d.send('save') },
        { type: 'separator' },
        { label: '导出 Word', accelerator: 'CmdOrCtrl+E', click: () => d.send('export-docx') },
        { label: '打印预览', click: () => d.send('preview') },
        { label: '打印', accelerator: 'CmdOrCtrl+P', click: () => d.send('print') },
        { label: '导出 PDF', click: () => d.send('export-pdf') },
        { type: 'separator' },
        { label: '备份到…', click: () => d.send('backup') },
        { label: '恢复备份…', click: () => d.send('restore') },
        { type: 'separator' },
        { label: '县级汇总', click: () => d.send('county') },
        { label: '打开数据文件夹', click: () => d.openDataDir() },
        { type: 'separator' },
        { label: '设置', click: () => d.send('settings') },
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        // The page handles these keys itself: in a text box they are the box's own undo, elsewhere the report's.
        { label: '撤销', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => d.send('undo') },
        { label: '重做', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: () => d.send('redo') },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
        { type: 'separator' },
        { label: '查找', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => d.send('find') },
        { label: '替换', accelerator: 'CmdOrCtrl+H', registerAccelerator: false, click: () => d.send('replace') },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于', click: () => d.send('about') }],
    },
  ];
}
