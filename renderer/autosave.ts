/**
 * Autosave: saves a moment after typing stops, on demand (Ctrl+S) and before closing; one save at a time;
 * a failed save keeps the change and retries. Knows nothing about the DOM.
 */
import type { IpcResult } from '../electron/contract.ts';

export type SaveStatus =
  | { kind: 'saved'; at: Date }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'idle' };

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private dirty = false;

  constructor(
    private readonly save: () => Promise<IpcResult<{ savedAt: string }>>,
    private readonly onStatus: (s: SaveStatus) => void,
    public delayMs = 1000,
    private readonly retryMs = 5000,
  ) {}

  get hasUnsaved(): boolean {
    return this.dirty;
  }

  /** Something changed: save after the delay, restarting the wait on every change. */
  changed(): void {
    this.dirty = true;
    this.onStatus({ kind: 'dirty' });
    this.schedule(this.delayMs);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  /** Save now if there is anything unsaved; resolves true when everything is on disk. */
  async flush(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) return true;
    this.dirty = false;
    this.onStatus({ kind: 'saving' });
    this.inFlight = (async () => {
      let r: IpcResult<{ savedAt: string }>;
      try {
        r = await this.save();
      } catch (e) {
        r = { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } };
      }
      if (r.ok) {
        if (this.dirty) this.onStatus({ kind: 'dirty' });
        else this.onStatus({ kind: 'saved', at: new Date(r.value.savedAt) });
        return !this.dirty;
      }
      this.dirty = true;
      this.onStatus({ kind: 'failed', message: r.error.message });
      if (r.error.code === 'WRITE_FAILED' || r.error.code === 'INTERNAL') this.schedule(this.retryMs);
      return false;
    })();
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  /** Stop timers (when the report is closed). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** 14:03:22 */
export function clock(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** The status line text: 保存中… / 已保存 14:03:22 / 保存失败：… */
export function statusText(s: SaveStatus): string {
  switch (s.kind) {
    case 'saved':
      return `已保存 ${clock(s.at)}`;
    case 'saving':
      return '保存中…';
    case 'dirty':
      return '有未保存的修改';
    case 'failed':
      // The store's own message may already begin so ("保存失败：磁盘空间已满…"): say it once.
      return s.message.startsWith('保存失败') ? s.message : `保存失败：${s.message}`;
    default:
      return '';
  }
}
