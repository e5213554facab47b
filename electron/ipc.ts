/**
 * The one place where IPC channels meet services. Every handler checks the sender, validates its
 * payload before any service runs, and answers with an IpcResult; a bad payload changes nothing.
 * No electron import: main.ts passes ipcMain in, tests pass a stand-in with the same shape.
 */
import { z } from 'zod';
import type { Channel, ArgsOf, ResultOf, IpcResult, ErrorCode, StartupInfo, ImportPreview } from './contract.ts';
import { ReportSchema, describeZodError, type Report } from './core/report-model.ts';
import { SettingsSchema, type Settings } from './core/settings.ts';
import { NotFoundError, StoreWriteError, type ReportStore } from './services/store.ts';
import { writeFileDurable, describeWriteError } from './services/durable-write.ts';
import { BackupError, defaultBackupName, readBackupFile, writeBackupFile } from './services/backup-file.ts';
import type { StoreData } from './services/store.ts';
import { newId } from './core/ids.ts';
import { basename } from 'node:path';
import {
  ImportError,
  MAX_IMPORT_CHARS,
  parseReportText,
  remapSection,
  remapTargets,
  type ImportResult,
} from './core/import/index.ts';
import { importFile } from './services/import-file.ts';
import { carryForward } from './core/carry-forward.ts';

/** The part of an IPC event the handlers look at. */
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

/** The part of Electron's ipcMain that registration needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** What the handlers need from the outside world (dialogs and the shell come from Electron in main.ts). */
export interface Services {
  store: ReportStore;
  startup: StartupInfo;
  /** Ask where to save a Word file; null when the user cancels. */
  chooseDocxPath(defaultName: string): Promise<string | null>;
  buildDocx(report: Report, settings: Settings): Promise<Uint8Array>;
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
  /** The page answered a 'flush' before closing: saved, or the last save failed. */
  onFlushed(saved: boolean): void;
  /** Ask where to write a backup file; null when the user cancels. */
  chooseBackupSavePath(defaultName: string): Promise<string | null>;
  /** Ask which backup file to read; null when the user cancels. */
  chooseBackupOpenPath(): Promise<string | null>;
  /** Open the system print dialog on the sender's page; resolves with why it did not print, or null. */
  printPage(): Promise<'cancelled' | 'no-printer' | string | null>;
  /** The sender's page as an A4 PDF (CSS page size). */
  pagePdf(): Promise<Uint8Array>;
  /** Ask where to save a PDF; null when the user cancels. */
  choosePdfPath(defaultName: string): Promise<string | null>;
  /** Ask which old report (.docx / .txt) to import; null when the user cancels. */
  chooseImportPath(): Promise<string | null>;
}

const Id = z.string().min(1).max(80);
const schemas: { [C in Channel]: z.ZodType<ArgsOf<C>> } = {
  'app:startup': z.undefined(),
  'report:list': z.undefined(),
  'report:get': z.object({ id: Id }).strict(),
  'report:create': z
    .object({
      unitName: z.string().trim().min(1, '请填写单位名称').max(60),
      county: z.string().trim().max(60),
      year: z.number().int().min(2000).max(2100),
      order: z.enum(['A', 'B']).optional(),
    })
    .strict(),
  'report:save': ReportSchema,
  'report:rename': z.object({ id: Id, title: z.string().max(500) }).strict(),
  'report:duplicate': z.object({ id: Id }).strict(),
  'report:delete': z.object({ id: Id }).strict(),
  'settings:get': z.undefined(),
  'settings:save': SettingsSchema,
  'docx:export': z.object({ id: Id }).strict(),
  'file:open': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'file:reveal': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'app:flushed': z.object({ saved: z.boolean() }).strict(),
  'app:open-data-dir': z.undefined(),
  'backup:export': z.undefined(),
  'backup:inspect': z.undefined(),
  'backup:restore': z.object({ token: z.string().min(1).max(100), mode: z.enum(['merge', 'replace']) }).strict(),
  'import:file': z.undefined(),
  'import:text': z.object({ text: z.string().min(1).max(MAX_IMPORT_CHARS) }).strict(),
  'import:remap': z
    .object({ token: z.string().min(1).max(100), sectionId: Id, target: z.string().min(1).max(40) })
    .strict(),
  'import:commit': z.object({ token: z.string().min(1).max(100) }).strict(),
  'report:carry-forward': z.object({ id: Id }).strict(),
  'print:print': z.undefined(),
  'print:pdf': z.object({ id: Id }).strict(),
};

class IpcFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The default Word file name: 《汤郎乡2024年度法治政府建设工作情况报告》.docx, safe on Windows. */
export function defaultDocxName(report: Report): string {
  const name = `${report.unitName}${report.year}年度法治政府建设工作情况报告`.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '');
  return `${name || '法治政府建设工作情况报告'}.docx`;
}

type Handlers = { [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

function handlers(s: Services): Handlers {
  // Files the renderer may ask to open: only those this session wrote after a save dialog.
  const exported = new Set<string>();
  // Backups read by backup:inspect, waiting for the user's choice of merge or replace.
  const pending = new Map<string, StoreData>();
  // Imports parsed but not yet created, waiting for the user to check the mapping.
  const imports = new Map<string, { result: ImportResult; source: string }>();
  const importPreview = (token: string): ImportPreview => {
    const { result, source } = imports.get(token)!;
    const r = result.report;
    return {
      token,
      source,
      title: r.title,
      unitName: r.unitName,
      year: r.year,
      mapping: result.mapping,
      targets: remapTargets(r.year),
      warnings: result.warnings,
    };
  };
  const startImport = (result: ImportResult, source: string): ImportPreview => {
    const token = newId();
    imports.clear();
    imports.set(token, { result, source });
    return importPreview(token);
  };
  const pendingImport = (token: string) => {
    const entry = imports.get(token);
    if (!entry) throw new IpcFailure('NOT_FOUND', '导入已过期，请重新选择文件。');
    return entry;
  };
  const asImportFailure = (e: unknown): never => {
    if (e instanceof ImportError) throw new IpcFailure('INVALID_PAYLOAD', e.message);
    throw e;
  };
  const known = (p: string) => {
    if (!exported.has(p)) throw new IpcFailure('FORBIDDEN', '只能打开本次导出的文件。');
    return p;
  };
  return {
    'app:startup': () => s.startup,
    'report:list': () => s.store.list(),
    'report:get': ({ id }) => s.store.get(id),
    'report:create': (a) => s.store.create(a),
    'report:save': (r) => s.store.save(r),
    'report:rename': ({ id, title }) => s.store.rename(id, title),
    'report:duplicate': ({ id }) => s.store.duplicate(id),
    'report:delete': async ({ id }) => {
      await s.store.delete(id);
      return { deleted: true as const };
    },
    'settings:get': () => s.store.settings(),
    'settings:save': (v) => s.store.saveSettings(v),
    'docx:export': async ({ id }) => {
      const report = s.store.get(id);
      const target = await s.chooseDocxPath(defaultDocxName(report));
      if (!target) throw new IpcFailure('CANCELLED', '已取消导出。');
      const bytes = await s.buildDocx(report, s.store.settings());
      try {
        await writeFileDurable(target, bytes);
      } catch (e) {
        throw new IpcFailure('WRITE_FAILED', `无法写入 ${target}：${describeWriteError(e)}。原文件未被改动。`);
      }
      exported.add(target);
      return { path: target, bytes: bytes.byteLength };
    },
    'file:open': async ({ path }) => {
      await s.openPath(known(path));
      return { opened: true as const };
    },
    'file:reveal': ({ path }) => {
      s.showItemInFolder(known(path));
      return { opened: true as const };
    },
    'app:flushed': ({ saved }) => {
      s.onFlushed(saved);
      return { ok: true as const };
    },
    'app:open-data-dir': async () => {
      await s.openPath(s.store.dataDir);
      return { opened: true as const };
    },
    'backup:export': async () => {
      const target = await s.chooseBackupSavePath(defaultBackupName());
      if (!target) throw new IpcFailure('CANCELLED', '已取消备份。');
      const data = s.store.snapshot();
      try {
        await writeBackupFile(target, data, s.startup.version);
      } catch (e) {
        throw new IpcFailure('WRITE_FAILED', `无法写入 ${target}：${describeWriteError(e)}。`);
      }
      return { path: target, reports: data.reports.length };
    },
    'backup:inspect': async () => {
      const file = await s.chooseBackupOpenPath();
      if (!file) throw new IpcFailure('CANCELLED', '已取消恢复。');
      try {
        const { summary, data } = await readBackupFile(file);
        const token = newId();
        pending.clear();
        pending.set(token, data);
        return { token, file, summary };
      } catch (e) {
        if (e instanceof BackupError) throw new IpcFailure('INVALID_PAYLOAD', e.message);
        throw e;
      }
    },
    'import:file': async () => {
      const file = await s.chooseImportPath();
      if (!file) throw new IpcFailure('CANCELLED', '已取消导入。');
      const settings = s.store.settings();
      const result = await importFile(file, { county: settings.county || undefined }).catch(asImportFailure);
      return startImport(result, basename(file));
    },
    'import:text': ({ text }) => {
      const settings = s.store.settings();
      try {
        return startImport(parseReportText(text, { county: settings.county || undefined }), '粘贴的文本');
      } catch (e) {
        return asImportFailure(e);
      }
    },
    'import:remap': ({ token, sectionId, target }) => {
      const entry = pendingImport(token);
      if (target !== 'custom' && !remapTargets(entry.result.report.year).some((t) => t.key === target)) {
        throw new IpcFailure('INVALID_PAYLOAD', '没有这个目标部分。');
      }
      entry.result = remapSection(entry.result, sectionId, target);
      return importPreview(token);
    },
    'import:commit': async ({ token }) => {
      const entry = pendingImport(token);
      const report = await s.store.add(entry.result.report);
      imports.delete(token);
      return report;
    },
    'report:carry-forward': ({ id }) => s.store.add(carryForward(s.store.get(id))),
    'print:print': async () => {
      const why = await s.printPage();
      if (why === 'cancelled') throw new IpcFailure('CANCELLED', '已取消打印。');
      if (why === 'no-printer')
        throw new IpcFailure('INTERNAL', '没有找到可用的打印机。可以先“导出 PDF”，再拷到有打印机的电脑上打印。');
      if (why) throw new IpcFailure('INTERNAL', `打印没有完成：${why}`);
      return { printed: true as const };
    },
    'print:pdf': async ({ id }) => {
      const report = s.store.get(id);
      const target = await s.choosePdfPath(defaultDocxName(report).replace(/\.docx$/, '（打印稿）.pdf'));
      if (!target) throw new IpcFailure('CANCELLED', '已取消导出 PDF。');
      const bytes = await s.pagePdf();
      try {
        await writeFileDurable(target, bytes);
      } catch (e) {
        throw new IpcFailure('WRITE_FAILED', `无法写入 ${target}：${describeWriteError(e)}。`);
      }
      exported.add(target);
      return { path: target, bytes: bytes.byteLength };
    },
    'backup:restore': async ({ token, mode }) => {
      const data = pending.get(token);
      if (!data) throw new IpcFailure('NOT_FOUND', '请重新选择备份文件。');
      const r = await s.store.restore(data, mode);
      pending.delete(token);
      return r;
    },
  };
}

function failure(err: unknown): IpcResult<never> {
  if (err instanceof IpcFailure) return { ok: false, error: { code: err.code, message: err.message } };
  if (err instanceof StoreWriteError) return { ok: false, error: { code: 'WRITE_FAILED', message: err.message } };
  if (err instanceof NotFoundError) return { ok: false, error: { code: 'NOT_FOUND', message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'INTERNAL', message: `程序内部错误：${message}` } };
}

/**
 * Register every channel of the contract on `ipc`. `isTrustedUrl` decides whether a sender frame is the
 * app's own page; calls from anywhere else are refused.
 */
export function registerIpc(ipc: IpcMainLike, services: Services, isTrustedUrl: (url: string) => boolean): void {
  const table = handlers(services);
  for (const channel of Object.keys(schemas) as Channel[]) {
    ipc.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' } };
      if (args.length > 1) return { ok: false, error: { code: 'INVALID_PAYLOAD', message: '参数个数不正确。' } };
      const parsed = schemas[channel].safeParse(args[0]);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'INVALID_PAYLOAD', message: `数据不正确：${describeZodError(parsed.error)}` },
        };
      }
      try {
        const handler = table[channel] as (a: unknown) => Promise<unknown> | unknown;
        return { ok: true, value: await handler(parsed.data) };
      } catch (err) {
        return failure(err);
      }
    });
  }
}

/** The channels registerIpc handles (for tests that call every one). */
export const CHANNELS = Object.keys(schemas) as Channel[];
