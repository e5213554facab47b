/**
 * The app's one notice queue (notice-queue.ts) for the whole window: any view tells it something with `notify`,
 * and the notice area above the views shows it. A timer takes confirmations away when their time is up; one under
 * the pointer or holding the focus waits.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  dismissNotice,
  expireNotices,
  nextExpiry,
  pushNotice,
  renewNotice,
  resolveNotice,
  type Notice,
  type NoticeInput,
} from './notice-queue.ts';

let queue: Notice[] = [];
let lastId = 0;
const held = new Set<number>();
const listeners = new Set<(q: Notice[]) => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function set(next: Notice[]): void {
  if (next === queue) return;
  queue = next;
  for (const l of listeners) l(queue);
  schedule();
}

function schedule(): void {
  clearTimeout(timer);
  const ms = nextExpiry(
    queue.filter((n) => !held.has(n.id)),
    Date.now(),
  );
  if (ms !== null) timer = setTimeout(() => set(expireNotices(queue, Date.now(), held)), ms + 20);
}

/** Show a notice; it replaces the one of its kind. */
export function notify(input: NoticeInput): void {
  set(pushNotice(queue, input, Date.now(), ++lastId));
}

/** An error for the user, or none (''): what the views' onError callbacks take. */
export function notifyError(message: string): void {
  if (message) notify({ kind: 'error', level: 'error', lines: [message] });
  else set(resolveNotice(queue, 'error'));
}

/** A confirmation (已备份到…, 设置已保存): it leaves by itself. */
export function notifyInfo(message: string, kind = 'message'): void {
  if (message) notify({ kind, level: 'info', lines: [message] });
  else set(resolveNotice(queue, kind));
}

/** What the notice of `kind` was about is over. */
export function resolveNotices(kind: string): void {
  set(resolveNotice(queue, kind));
}

export function dismiss(id: number): void {
  held.delete(id);
  set(dismissNotice(queue, id));
}

/** The user is reading notice `id` (pointer over it, focus in it): it waits, and gets its full time after. */
export function hold(id: number, on: boolean): void {
  if (on) held.add(id);
  else if (held.delete(id)) {
    set(renewNotice(queue, id, Date.now()));
    return;
  }
  schedule();
}

/** The notices now, re-rendering when they change. */
export function useNotices(): Notice[] {
  const [now, setNow] = useState(queue);
  useEffect(() => {
    listeners.add(setNow);
    setNow(queue);
    return () => void listeners.delete(setNow);
  }, []);
  return now;
}
