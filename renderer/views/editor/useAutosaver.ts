/** The editor's autosaver: saves the report a moment after changes stop, and lets the app save it now. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { api } from '../../api.ts';
import { Autosaver, type SaveStatus } from '../../autosave.ts';

export function useAutosaver(
  report: Report,
  autosaveMs: number,
  bindFlush: (flush: (() => Promise<boolean>) | null) => void,
) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const ref = useRef<Autosaver | null>(null);
  if (!ref.current) {
    ref.current = new Autosaver(
      async () => {
        const r = await api().saveReport(report);
        // The print preview's draft footer shows when the report was last saved.
        if (r.ok) report.updatedAt = r.value.savedAt;
        return r;
      },
      setStatus,
      autosaveMs,
    );
  }
  const saver = ref.current;
  useEffect(() => {
    bindFlush(() => saver.flush());
    return () => {
      bindFlush(null);
      void saver.flush().then(() => saver.dispose());
    };
  }, [report.id]);
  useEffect(() => {
    saver.delayMs = autosaveMs;
  }, [autosaveMs]);
  return { saver, status };
}
