/** What the app loads once at start: version and data folder, the settings, and the notices it tells. */
import { useEffect, useState } from 'preact/hooks';
import type { StartupInfo } from '../../electron/contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings.ts';
import { api, onNotices, unwrap } from '../api.ts';
import { notify } from './notices.ts';

/** What main tells about the data (restored from a backup, backups failing…): one notice, each line once. */
const tellData = (lines: string[]) => {
  if (lines.length) notify({ kind: 'data', level: 'warning', lines, append: true });
};

export function useStartup(onError: (message: string) => void) {
  const [info, setInfo] = useState<StartupInfo | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => onNotices(tellData), []);
  useEffect(() => {
    void (async () => {
      try {
        const i = await unwrap(api().startup());
        setInfo(i);
        tellData(i.notices);
        setSettings(await unwrap(api().getSettings()));
        // What falls due soon, once a day by the main process's clock.
        const due = await unwrap(api().dueNotices());
        if (due.length) notify({ kind: 'due', level: 'warning', lines: due });
      } catch (e) {
        onError((e as Error).message);
      }
    })();
  }, []);
  return { info, settings, setSettings };
}
