/** What the app loads once at start: version and data folder, the startup notices and the settings. */
import { useEffect, useState } from 'preact/hooks';
import type { StartupInfo } from '../../electron/contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings.ts';
import { api, onNotices, unwrap } from '../api.ts';

export function useStartup(onError: (message: string) => void) {
  const [info, setInfo] = useState<StartupInfo | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => onNotices((late) => setNotices((now) => [...now, ...late.filter((n) => !now.includes(n))])), []);
  useEffect(() => {
    void (async () => {
      try {
        const i = await unwrap(api().startup());
        setInfo(i);
        setNotices(i.notices);
        setSettings(await unwrap(api().getSettings()));
        // What falls due soon, once a day by the main process's clock.
        const due = await unwrap(api().dueNotices());
        if (due.length) setNotices((now) => [...now, ...due.filter((n) => !now.includes(n))]);
      } catch (e) {
        onError((e as Error).message);
      }
    })();
  }, []);
  return { info, settings, setSettings, notices, clearNotices: () => setNotices([]) };
}
