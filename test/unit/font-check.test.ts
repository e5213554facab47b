/**
 * The font check with a stubbed machine: which fonts a PC has is the machine's, so the commands that list them
 * (fc-list, reg query, the font folders) are handed in; what the check makes of the list is the real code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFonts, exportFontWarning, presetFonts, substitutionNote } from '../../electron/core/fonts.ts';
import { listInstalledFonts, type FontListDeps } from '../../electron/services/font-list.ts';

const STOCK_WINDOWS = ['宋体', '新宋体', 'SimSun', '黑体', 'SimHei', '仿宋', 'FangSong', '楷体', 'KaiTi', 'Arial'];

function machine(over: Partial<FontListDeps>): FontListDeps {
  return {
    platform: 'linux',
    run: () => Promise.reject(new Error('not here')),
    readDir: () => Promise.reject(new Error('not here')),
    env: {},
    ...over,
  };
}

test('Linux: fc-list family names, several per line, escaped dashes', async () => {
  const fonts = await listInstalledFonts(
    machine({
      run: async (cmd, args) => {
        assert.deepEqual([cmd, ...args], ['fc-list', ':', 'family']);
        return '方正仿宋_GBK,FZFangSong\\-Z02\nNoto Sans CJK SC,Noto Sans CJK SC Regular\n方正黑体_GBK\n';
      },
    }),
  );
  assert.ok(fonts.includes('方正仿宋_GBK') && fonts.includes('FZFangSong-Z02') && fonts.includes('方正黑体_GBK'));
  assert.deepEqual(await listInstalledFonts(machine({})), [], 'no fontconfig: not known');
});

test('Windows: registry names and font-folder files', async () => {
  const reg =
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts\r\n' +
    '    宋体 & 新宋体 (TrueType)    REG_SZ    simsun.ttc\r\n' +
    '    仿宋 (TrueType)    REG_SZ    simfang.ttf\r\n';
  const fonts = await listInstalledFonts(
    machine({
      platform: 'win32',
      env: { WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' },
      run: async (_cmd, args) => (args[1].startsWith('HKLM') ? reg : Promise.reject(new Error('denied'))),
      readDir: async (dir) =>
        dir.includes('AppData') ? ['仿宋_GB2312.ttf', 'FZXBSJW.TTF'] : ['simhei.ttf', 'simkai.ttf'],
    }),
  );
  for (const f of ['宋体', '新宋体', '仿宋', 'SimSun', '黑体', '楷体', '仿宋_GB2312', '方正小标宋简体']) {
    assert.ok(fonts.includes(f), `${f} in ${fonts.join(',')}`);
  }
});

test('check: stock Windows is usable with 宋体 standing in for the title; the GB2312 set is missing fonts', () => {
  const check = checkFonts(STOCK_WINDOWS);
  const windows = check.presets.find((p) => p.id === 'windows')!;
  const gb = check.presets.find((p) => p.id === 'gb2312')!;
  assert.equal(windows.usable, true);
  assert.equal(windows.complete, false, '方正小标宋简体 is not on a stock PC');
  assert.deepEqual(
    windows.fonts.find((f) => f.name === '方正小标宋简体'),
    {
      name: '方正小标宋简体',
      installed: false,
      roles: ['title'],
      fallback: '宋体',
    },
  );
  assert.equal(gb.usable, false);
  assert.deepEqual(
    gb.fonts.filter((f) => !f.installed).map((f) => f.name),
    ['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312'],
  );
  assert.equal(check.recommended, 'windows');
  assert.equal(presetFonts('windows', STOCK_WINDOWS).title, '宋体');
  assert.equal(exportFontWarning('windows', STOCK_WINDOWS), null);
  assert.match(exportFontWarning('gb2312', STOCK_WINDOWS) ?? '', /仿宋_GB2312.*建议.*Windows 自带/);
});

test('check: a 公文 PC gets the GB2312 set recommended; a WPS Linux PC the UOS set; the preview says when it substitutes', () => {
  const office = [...STOCK_WINDOWS, '方正小标宋简体', '仿宋_GB2312', '楷体_GB2312'];
  assert.equal(checkFonts(office).recommended, 'windows', 'the first complete preset');
  assert.equal(checkFonts(office).presets.find((p) => p.id === 'gb2312')!.complete, true);
  assert.equal(presetFonts('windows', office).title, '方正小标宋简体');
  const wps = ['方正小标宋_GBK', '方正仿宋_GBK', '方正楷体_GBK', '方正黑体_GBK', '方正书宋_GBK', 'Noto Sans CJK SC'];
  assert.equal(checkFonts(wps).recommended, 'uos');
  assert.equal(substitutionNote('uos', wps), null);
  assert.match(substitutionNote('windows', wps) ?? '', /本机没有 .*仿宋.*预览用相近字体代替/);
  assert.equal(substitutionNote('windows', undefined), null, 'not known: nothing said');
});
