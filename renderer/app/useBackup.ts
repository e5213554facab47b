/** Backing up everything to a file, and restoring from one after the user has seen what it holds. */
import { useState } from 'preact/hooks';
import type { BackupSummary } from '../../electron/contract.ts';
import { api } from '../api.ts';
import type { Flush } from './useFlush.ts';

/** A backup file opened for restoring, waiting for the user's choice. */
export type Restoring = { token: string; file: string; summary: BackupSummary };

interface Deps {
  flush: Flush;
  onError(message: string): void;
  onMessage(message: string): void;
  /** the data changed underneath: the library must be read again */
  onRestored(): void;
}

export function useBackup({ flush, onError, onMessage, onRestored }: Deps) {
  const [restoring, setRestoring] = useState<Restoring | null>(null);
  const backup = async () => {
    await flush();
    const r = await api().exportBackup();
    if (r.ok) onMessage(`已备份 ${r.value.reports} 份报告和设置到 ${r.value.path}`);
    else if (r.error.code !== 'CANCELLED') onError(`备份失败：${r.error.message}`);
  };
  const inspectBackup = async () => {
    await flush();
    const r = await api().inspectBackup();
    if (r.ok) setRestoring(r.value);
    else if (r.error.code !== 'CANCELLED') onError(`无法恢复：${r.error.message}`);
  };
  const restore = async (mode: 'merge' | 'replace') => {
    if (!restoring) return;
    const r = await api().restoreBackup(restoring.token, mode);
    setRestoring(null);
    if (!r.ok) return onError(`恢复失败：${r.error.message}`);
    onMessage(`已恢复，现有 ${r.value.reports} 份报告。恢复前的数据已自动备份。`);
    onRestored();
  };
  return { restoring, backup, inspectBackup, restore, cancelRestore: () => setRestoring(null) };
}
