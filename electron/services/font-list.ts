/**
 * Which font families this PC has, for the font check (设置 → 字体), the preview and the export's choice of
 * fallback. Linux (UOS, Kylin): `fc-list : family`. Windows: the font names registered under HKLM and HKCU
 * (`reg query …\Fonts`), which is what Word sees; the font folders' file names are added for fonts installed
 * per user without a registry entry. Each source that fails is skipped: an empty list means "not known".
 * The commands are injectable so a test can hand in a machine's answers.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface FontListDeps {
  platform: NodeJS.Platform;
  /** run a command, resolve its stdout (reject on failure) */
  run(cmd: string, args: string[]): Promise<string>;
  /** file names in a folder (reject when it cannot be read) */
  readDir(dir: string): Promise<string[]>;
  env: Record<string, string | undefined>;
}

const REG_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
  'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
];

/**
 * Font files whose names say nothing of the family (the stock Chinese Windows fonts and the common 公文 fonts),
 * for the folder scan.
 */
const FILE_FAMILIES: Record<string, string[]> = {
  'simsun.ttc': ['宋体', 'SimSun'],
  'simhei.ttf': ['黑体', 'SimHei'],
  'simfang.ttf': ['仿宋', 'FangSong'],
  'simkai.ttf': ['楷体', 'KaiTi'],
  'fzxbsjw.ttf': ['方正小标宋简体'],
  'stzhongs.ttf': ['华文中宋'],
};

/** Family names in `fc-list : family` output: one line per face, names separated by commas. */
export function parseFcList(out: string): string[] {
  return out
    .split('\n')
    .flatMap((l) => l.split(','))
    .map((n) => n.replace(/\\-/g, '-').trim())
    .filter(Boolean);
}

/** Family names in `reg query` output: "    宋体 & 新宋体 (TrueType)    REG_SZ    simsun.ttc". */
export function parseRegFonts(out: string): string[] {
  const names: string[] = [];
  for (const line of out.split(/\r?\n/)) {
    const m = /^\s+(.+?)\s+REG_(?:SZ|EXPAND_SZ)\s+(.*)$/.exec(line);
    if (!m) continue;
    const label = m[1].replace(/\s*\((TrueType|OpenType|All res)\)\s*$/i, '');
    names.push(...label.split('&').map((n) => n.trim()));
    names.push(...(FILE_FAMILIES[path.win32.basename(m[2]).toLowerCase()] ?? []));
  }
  return names.filter(Boolean);
}

/** Family names from font file names: the known files above, else the file name itself (仿宋_GB2312.ttf). */
export function familiesFromFiles(files: string[]): string[] {
  return files
    .filter((f) => /\.(ttf|ttc|otf)$/i.test(f))
    .flatMap((f) => FILE_FAMILIES[f.toLowerCase()] ?? [f.replace(/\.(ttf|ttc|otf)$/i, '')]);
}

const defaultDeps = (): FontListDeps => ({
  platform: process.platform,
  run: (cmd, args) =>
    new Promise((resolve, reject) =>
      execFile(cmd, args, { encoding: 'utf8', timeout: 15_000, maxBuffer: 16 << 20, windowsHide: true }, (err, out) =>
        err ? reject(err) : resolve(out),
      ),
    ),
  readDir: (dir) => fs.readdir(dir),
  env: process.env,
});

/** The font families this PC has, each once (empty when no source answered). */
export async function listInstalledFonts(deps: FontListDeps = defaultDeps()): Promise<string[]> {
  const names: string[] = [];
  const tryAdd = async (get: () => Promise<string[]>) => {
    try {
      names.push(...(await get()));
    } catch {
      // This source is not there (no fontconfig, no registry access): the others still count.
    }
  };
  if (deps.platform === 'win32') {
    for (const key of REG_KEYS) await tryAdd(async () => parseRegFonts(await deps.run('reg', ['query', key])));
    const dirs = [
      path.win32.join(deps.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
      deps.env.LOCALAPPDATA && path.win32.join(deps.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'),
    ].filter((d): d is string => !!d);
    for (const dir of dirs) await tryAdd(async () => familiesFromFiles(await deps.readDir(dir)));
  } else {
    await tryAdd(async () => parseFcList(await deps.run('fc-list', [':', 'family'])));
  }
  return [...new Set(names)];
}
