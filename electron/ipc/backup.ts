/** Backups the user carries: write one file, read one back, restore it by merging or replacing. */
import { z } from 'zod';
import { newId } from '../core/ids.ts';
import type { Services } from '../services/create-services.ts';
import { BackupError, defaultBackupName, readBackupFile, writeBackupFile } from '../services/backup-file.ts';
import { describeWriteError } from '../services/durable-write.ts';
import type { StoreData } from '../services/store.ts';
import { IpcFailure, NoArgs, Token, type Routes } from './route.ts';

export function backupRoutes({
  store,
  versions,
  desktop,
  startup,
}: Services): Routes<'backup:export' | 'backup:inspect' | 'backup:restore'> {
  // The backup read by backup:inspect, waiting for the user's choice of merge or replace (only the latest).
  const pending = new Map<string, StoreData>();
  return {
    'backup:export': {
      args: NoArgs,
      handle: async () => {
        const target = await desktop.chooseBackupSavePath(defaultBackupName());
        if (!target) throw new IpcFailure('CANCELLED', '已取消备份。');
        const snapshot = store.snapshot();
        // The versions travel with their reports: a restore elsewhere keeps what the leaders saw.
        const data = { ...snapshot, versions: versions.exportAll(snapshot.reports.map((r) => r.id)) };
        try {
          await writeBackupFile(target, data, startup.version);
        } catch (e) {
          throw new IpcFailure('WRITE_FAILED', `无法写入 ${target}：${describeWriteError(e)}。`);
        }
        return { path: target, reports: data.reports.length };
      },
    },
    'backup:inspect': {
      args: NoArgs,
      handle: async () => {
        const file = await desktop.chooseBackupOpenPath();
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
    },
    'backup:restore': {
      args: z.object({ token: Token, mode: z.enum(['merge', 'replace']) }).strict(),
      handle: async ({ token, mode }) => {
        const data = pending.get(token);
        if (!data) throw new IpcFailure('NOT_FOUND', '请重新选择备份文件。');
        const before = store.list().map((r) => r.id);
        const r = await store.restore(data, mode);
        pending.delete(token);
        const now = new Set(store.list().map((x) => x.id));
        const gone = before.filter((id) => !now.has(id));
        const carried = Object.fromEntries(Object.entries(data.versions ?? {}).filter(([id]) => now.has(id)));
        await versions.restore(carried, mode, gone);
        return r;
      },
    },
  };
}
