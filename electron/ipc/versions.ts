/**
 * Versions of a report (存为版本, the 版本 panel, compare, restore, export) and the clock and notices of what is
 * due. A version never changes the report except by restore, which is one replacement of the whole report.
 */
import { z } from 'zod';
import { localIsoDate } from '../core/dates.ts';
import { takeContent } from '../core/history.ts';
import { versionsAsset, type VersionMeta } from '../core/versions/model.ts';
import type { Report } from '../core/report-model.ts';
import type { Services } from '../services/create-services.ts';
import { dueNoticesOnce } from '../services/due-notice.ts';
import { ReadOnlyError } from '../services/store.ts';
import { VersionError } from '../services/versions.ts';
import { writeChosenFile } from './output.ts';
import { reportFileStem, versionTag } from '../core/file-name.ts';
import { Id, IpcFailure, NoArgs, type Routes } from './route.ts';

type VersionChannel =
  | 'version:list'
  | 'version:create'
  | 'version:get'
  | 'version:restore'
  | 'version:export-docx'
  | 'version:export-pdf'
  | 'version:printed'
  | 'app:clock'
  | 'app:due-notices';

const OfReport = z.object({ id: Id }).strict();
const OfVersion = z.object({ id: Id, versionId: z.string().regex(/^[a-z0-9-]{1,80}$/, '版本编号不正确') }).strict();
const Stage = z
  .string()
  .refine((s) => s === '' || versionsAsset.stages.some((x) => x.id === s), { message: '没有这个阶段' });

/** Version failures are the user's to read; the report is untouched by them. */
async function told<T>(run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof VersionError) throw new IpcFailure('WRITE_FAILED', e.message);
    throw e;
  }
}

/**
 * The file name of a version's Word or PDF file, saying which version it is: 《…报告（2026-02-20报送稿）》.pdf, or
 * （2026-02-20版本） for a version with no stage.
 */
export function versionFileName(report: Report, meta: VersionMeta | undefined, ext: 'docx' | 'pdf'): string {
  return `${reportFileStem(report)}（${meta ? versionTag(meta) : '版本'}）.${ext}`;
}

export function versionRoutes(s: Services): Routes<VersionChannel> {
  const { store, versions, desktop } = s;
  const meta = (id: string, versionId: string) => versions.list(id).find((m) => m.id === versionId);
  const writable = () => {
    if (store.readOnlyReason) throw new ReadOnlyError(store.readOnlyReason);
  };
  return {
    'version:list': {
      args: OfReport,
      handle: async ({ id }) => {
        store.get(id); // a report that is gone says so, rather than listing nothing
        await versions.idle();
        return versions.list(id);
      },
    },
    'version:create': {
      args: z.object({ id: Id, stage: Stage, note: z.string().trim().max(500) }).strict(),
      handle: ({ id, stage, note }) => {
        writable();
        return told(() => versions.add(store.get(id), { kind: 'named', stage, note }));
      },
    },
    'version:get': { args: OfVersion, handle: ({ id, versionId }) => told(() => versions.get(id, versionId)) },
    'version:restore': {
      args: OfVersion,
      handle: async ({ id, versionId }) => {
        writable();
        const current = store.get(id);
        const old = await told(() => versions.get(id, versionId));
        await told(() => versions.add(current, { kind: 'restore' }));
        // The text comes back; the record of what was filed, reviewed and published stays as it is now.
        const restored = structuredClone(current);
        takeContent(restored, old);
        await store.save(restored);
        return store.get(id);
      },
    },
    'version:export-docx': {
      args: OfVersion,
      handle: async ({ id, versionId }) => {
        const report = await told(() => versions.get(id, versionId));
        const target = await desktop.chooseDocxPath(versionFileName(report, meta(id, versionId), 'docx'));
        return writeChosenFile(target, '已取消导出。', () => s.buildDocx(report));
      },
    },
    'version:export-pdf': {
      args: OfVersion,
      handle: async ({ id, versionId }) => {
        // The window shows the preview of this version (the renderer opened it): its pages are the PDF. A version
        // already kept is not kept again.
        const report = await told(() => versions.get(id, versionId));
        const target = await desktop.choosePdfPath(versionFileName(report, meta(id, versionId), 'pdf'));
        return writeChosenFile(target, '已取消导出 PDF。', () => desktop.pagePdf());
      },
    },
    'version:printed': {
      args: OfReport,
      handle: async ({ id }) => {
        writable();
        await versions.auto(store.get(id), 'print');
        return { kept: true as const };
      },
    },
    'app:clock': {
      args: NoArgs,
      handle: () => {
        const now = s.now();
        return { now: now.toISOString(), today: localIsoDate(now) };
      },
    },
    'app:due-notices': { args: NoArgs, handle: () => dueNoticesOnce(store, s.now()) },
  };
}
