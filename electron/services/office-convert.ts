/**
 * Old Word 97–2003 (.doc) and WPS (.wps) files, converted to .docx by LibreOffice when it is installed: many
 * township PCs still hold reports in these formats. LibreOffice 7.4 reads .wps with its Word 97 filter (the
 * format WPS writes is Word 97's), so both go the same way. The conversion runs headless in a private temp
 * folder with its own LibreOffice profile (so it works while the user has LibreOffice open, and never touches
 * their settings), is stopped after a time limit, and leaves nothing behind.
 * Node only; no Electron imports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../core/import/types.ts';

export type OldFormat = 'doc' | 'wps';

const NAMES = { doc: '旧版 Word 文档（.doc）', wps: 'WPS 文字文档（.wps）' } as const;
const SAVE_AS = { doc: '在 Word 或 WPS 中打开并“另存为” .docx', wps: '在 WPS 中打开并“另存为” .docx' } as const;

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Folders LibreOffice installs into when it is not on PATH (Windows installer, distribution packages, /opt). */
function installFolders(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files'];
    return [...new Set(roots.filter((r): r is string => !!r))].map((r) => path.join(r, 'LibreOffice', 'program'));
  }
  const opt = (() => {
    try {
      return readdirSync('/opt')
        .filter((d) => /^libreoffice/i.test(d))
        .sort()
        .reverse()
        .map((d) => `/opt/${d}/program`);
    } catch {
      return [];
    }
  })();
  return ['/usr/bin', '/usr/lib/libreoffice/program', '/usr/local/bin', ...opt, '/snap/bin'];
}

/**
 * Where LibreOffice's soffice is: on PATH first, then in the usual install folders; null when it is not installed.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  const exe = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const sep = platform === 'win32' ? ';' : ':';
  const onPath = (env.PATH ?? env.Path ?? '').split(sep).filter(Boolean);
  for (const dir of [...onPath, ...installFolders(env, platform)]) {
    for (const name of exe) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
  }
  return null;
}

/** Stop the converter and whatever it started (soffice hands the work to soffice.bin). */
function killTree(pid: number | undefined): void {
  if (!pid) return;
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Run soffice; resolves with its exit code, or 'timeout' after it was stopped. */
function runSoffice(soffice: string, args: string[], timeoutSeconds: number): Promise<number | 'timeout'> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, {
      stdio: 'ignore',
      windowsHide: true,
      detached: process.platform !== 'win32',
    });
    const timer = setTimeout(() => {
      killTree(child.pid);
      resolve('timeout');
    }, timeoutSeconds * 1000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });
}

export interface ConvertOptions {
  /** soffice to use; undefined: look for it (findSoffice); null: treat LibreOffice as not installed */
  soffice?: string | null;
  timeoutSeconds: number;
}

/** The message when there is no LibreOffice to convert with. */
function noConverter(format: OldFormat): ImportError {
  return new ImportError(
    'unsupported',
    `这是${NAMES[format]}。导入这种文件需要本机安装 LibreOffice（免费办公软件，安装后无需打开）；也可以${SAVE_AS[format]}后再导入。`,
    `This is an old ${format === 'doc' ? 'Word 97-2003 (.doc)' : 'WPS (.wps)'} file: install LibreOffice to import it, or save it as .docx first.`,
  );
}

/**
 * Convert `file` (a .doc or .wps) to .docx with LibreOffice and return the .docx bytes. Throws ImportError with
 * a Chinese message when LibreOffice is not installed, fails, or takes too long.
 */
export async function convertToDocx(file: string, format: OldFormat, opts: ConvertOptions): Promise<Uint8Array> {
  const soffice = opts.soffice === undefined ? findSoffice() : opts.soffice;
  if (!soffice || !existsSync(soffice)) throw noConverter(format);
  const work = await fs.mkdtemp(path.join(tmpdir(), 'fzbg-convert-'));
  try {
    // A plain ASCII copy: soffice names its output after the input, and some builds mangle non-ASCII names.
    const source = path.join(work, `source.${format}`);
    await fs.copyFile(file, source);
    const outDir = path.join(work, 'out');
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      outDir,
      source,
    ];
    const code = await runSoffice(soffice, args, opts.timeoutSeconds).catch((err: Error) => {
      throw new ImportError(
        'unreadable',
        `无法启动 LibreOffice（${soffice}）转换${NAMES[format]}：${err.message}。请${SAVE_AS[format]}后再导入。`,
        `Cannot start LibreOffice (${soffice}): ${err.message}`,
      );
    });
    if (code === 'timeout') {
      throw new ImportError(
        'unreadable',
        `LibreOffice 转换“${path.basename(file)}”超过 ${opts.timeoutSeconds} 秒仍未完成，已停止。请${SAVE_AS[format]}后再导入。`,
        `LibreOffice took longer than ${opts.timeoutSeconds} s to convert ${file}; stopped.`,
      );
    }
    const out = path.join(outDir, 'source.docx');
    if (!isFile(out)) {
      throw new ImportError(
        'unreadable',
        `LibreOffice 无法转换“${path.basename(file)}”：文件可能已损坏或设有密码。请${SAVE_AS[format]}后再导入。`,
        `LibreOffice could not convert ${file} (exit code ${code}); it may be damaged or password-protected.`,
      );
    }
    return await fs.readFile(out);
  } finally {
    await fs.rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
