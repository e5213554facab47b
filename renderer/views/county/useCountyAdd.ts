/**
 * Adding township reports to the county workspace: pick files or a folder, then add them one call each, so the
 * progress bar moves and every file that cannot be read gets its own line while the others are still added.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api.ts';

export interface AddProgress {
  done: number;
  total: number;
  current: string;
}

export interface AddFailure {
  file: string;
  reason: string;
}

export function useCountyAdd(onAdded: (message: string) => void, onError: (message: string) => void) {
  const [progress, setProgress] = useState<AddProgress | null>(null);
  const [failures, setFailures] = useState<AddFailure[]>([]);

  const add = async (folder: boolean) => {
    const pick = await api().countyPick(folder);
    if (!pick.ok) {
      if (pick.error.code !== 'CANCELLED') onError(pick.error.message);
      return;
    }
    const { token, files } = pick.value;
    const failed: AddFailure[] = [];
    let added = 0;
    setFailures([]);
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length, current: file });
      const r = await api().countyAdd(token, i);
      if (r.ok) added += r.value.added.length;
      else {
        failed.push({ file, reason: r.error.message });
        setFailures([...failed]);
      }
    }
    setProgress(null);
    onAdded(`已添加 ${added} 份报告${failed.length ? `，${failed.length} 个文件无法读取（见下）` : ''}。`);
  };

  return { progress, failures, add, clearFailures: () => setFailures([]) };
}
