/**
 * What leaves the app as a file: the Word export, the PDF and the printout, and opening what was exported.
 * The renderer may open only files this session wrote after a save dialog, never a path of its own choosing.
 */
import { z } from 'zod';
import type { Report } from '../core/report-model.ts';
import type { Services } from '../services/create-services.ts';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { publicBlocker, publicCopy } from '../core/public/redact.ts';
import { reportFileStem } from '../core/file-name.ts';
import { publicFileBytes, publicFileName, publicSourceOf, type PublicSource } from '../services/public-export.ts';
import { VersionError } from '../services/versions.ts';
import { Id, IpcFailure, NoArgs, type Routes } from './route.ts';

type OutputChannel = 'docx:export' | 'print:pdf' | 'print:print' | 'file:open' | 'file:reveal' | 'public:export';

/** The default Word file name: 《汤郎乡2024年度法治政府建设工作情况报告》.docx, safe on Windows. */
export function defaultDocxName(report: Report): string {
  return `${reportFileStem(report)}.docx`;
}

/** The text the public version is made from; a version that cannot be read is the user's to hear about. */
async function publicSource(report: Report, versions: Services['versions']): Promise<PublicSource> {
  try {
    return await publicSourceOf(report, versions);
  } catch (e) {
    if (e instanceof VersionError) throw new IpcFailure('NOT_FOUND', `公开版所依据的版本无法读取：${e.message}`);
    throw e;
  }
}

const PathArgs = z.object({ path: z.string().min(1).max(4096) }).strict();

/** Write a file the user chose durably, or not at all; no target means the user cancelled. */
export async function writeChosenFile(target: string | null, cancelled: string, bytes: () => Promise<Uint8Array>) {
  if (!target) throw new IpcFailure('CANCELLED', cancelled);
  const data = await bytes();
  try {
    await writeFileDurable(target, data);
  } catch (e) {
    throw new IpcFailure('WRITE_FAILED', `无法写入 ${target}：${describeWriteError(e)}。原文件未被改动。`);
  }
  return { path: target, bytes: data.byteLength };
}

export function outputRoutes({ store, versions, desktop, buildDocx }: Services): Routes<OutputChannel> {
  const exported = new Set<string>();
  /** Write the chosen file (see writeChosenFile) and remember it. */
  const saveAs = async (target: string | null, cancelled: string, bytes: () => Promise<Uint8Array>) => {
    const r = await writeChosenFile(target, cancelled, bytes);
    exported.add(r.path);
    return r;
  };
  const known = (p: string) => {
    if (!exported.has(p)) throw new IpcFailure('FORBIDDEN', '只能打开本次导出的文件。');
    return p;
  };
  return {
    'docx:export': {
      args: z.object({ id: Id }).strict(),
      handle: async ({ id }) => {
        const report = store.get(id);
        const r = await saveAs(await desktop.chooseDocxPath(defaultDocxName(report)), '已取消导出。', () =>
          buildDocx(report),
        );
        // What went out is kept as a version, so the text the county received can be found again. The answer
        // does not wait for it (a long report's copy is written after); the 版本 list waits for it instead.
        if (!store.readOnlyReason) void versions.auto(report, 'docx');
        return r;
      },
    },
    'print:pdf': {
      args: z.object({ id: Id }).strict(),
      handle: async ({ id }) => {
        const report = store.get(id);
        const name = defaultDocxName(report).replace(/\.docx$/, '（打印稿）.pdf');
        const r = await saveAs(await desktop.choosePdfPath(name), '已取消导出 PDF。', () => desktop.pagePdf());
        if (!store.readOnlyReason) void versions.auto(report, 'pdf');
        return r;
      },
    },
    'public:export': {
      args: z.object({ id: Id, format: z.enum(['docx', 'html']) }).strict(),
      handle: async ({ id, format }) => {
        const report = store.get(id);
        const { text, version } = await publicSource(report, versions);
        const { report: copy, open } = publicCopy(text, store.settings().privacyWords);
        const why = publicBlocker(text, open);
        if (why) throw new IpcFailure('NOT_READY', why);
        // The name says which text went public: a clerk keeps the 报送稿's public copy apart from a later one.
        const name = publicFileName(report, version, format);
        const target = await (format === 'docx' ? desktop.chooseDocxPath(name) : desktop.chooseHtmlPath(name));
        return saveAs(target, '已取消导出公开版。', () => publicFileBytes(copy, format, buildDocx));
      },
    },
    'print:print': {
      args: NoArgs,
      handle: async () => {
        const why = await desktop.printPage();
        if (why === 'cancelled') throw new IpcFailure('CANCELLED', '已取消打印。');
        if (why === 'no-printer') {
          throw new IpcFailure('INTERNAL', '没有找到可用的打印机。可以先“导出 PDF”，再拷到有打印机的电脑上打印。');
        }
        if (why) throw new IpcFailure('INTERNAL', `打印没有完成：${why}`);
        return { printed: true as const };
      },
    },
    'file:open': {
      args: PathArgs,
      handle: async ({ path }) => {
        await desktop.openPath(known(path));
        return { opened: true as const };
      },
    },
    'file:reveal': {
      args: PathArgs,
      handle: ({ path }) => {
        desktop.showItemInFolder(known(path));
        return { opened: true as const };
      },
    },
  };
}
