/**
 * The notices of the app (errors, warnings about the data, what falls due, confirmations, 已改正 N 处 · 撤销) as one
 * short queue, so that they do not pile up: a notice replaces the one of its kind, confirmations leave by
 * themselves after a while, errors and warnings stay until closed or resolved, and only a few are kept. Pure: the
 * caller passes the time, the view and its timer live in Notices.tsx.
 */

export type NoticeLevel = 'error' | 'warning' | 'info';

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface NoticeInput {
  /** what the notice is about; a new notice of a kind replaces the old one */
  kind: string;
  level: NoticeLevel;
  /** one line or more; `append` adds new lines to the notice of this kind instead of replacing it */
  lines: string[];
  append?: boolean;
  action?: NoticeAction;
  /** an info notice that stays until closed or resolved (it is tied to something still on screen) */
  keep?: boolean;
}

export interface Notice extends NoticeInput {
  id: number;
  /** when it was shown or last renewed (ms); info notices leave INFO_MS later */
  at: number;
}

/** How long a confirmation stays, and how many notices are kept at most. */
export const NOTICE_LIMITS = { infoMs: 8000, kept: 3 } as const;

/** Whether a notice leaves by itself. */
const expires = (n: Notice) => n.level === 'info' && !n.keep;

/** Lines of `old` and `add`, each once, in the order first told. */
function mergeLines(old: string[], add: string[]): string[] {
  return [...old, ...add.filter((l) => !old.includes(l))];
}

/**
 * Add `input` at `now`: it replaces the notice of its kind (or adds its lines to it), and goes to the end. Beyond
 * NOTICE_LIMITS.kept the oldest confirmations go first, then the oldest warnings; an error is never pushed out.
 */
export function pushNotice(queue: readonly Notice[], input: NoticeInput, now: number, id: number): Notice[] {
  const same = queue.find((n) => n.kind === input.kind);
  const lines = same && input.append ? mergeLines(same.lines, input.lines) : [...input.lines];
  const rest = queue.filter((n) => n !== same);
  const out = [...rest, { ...input, lines, id, at: now }];
  for (const level of ['info', 'warning'] as const) {
    while (out.length > NOTICE_LIMITS.kept) {
      const oldest = out.findIndex((n) => n.level === level && n.id !== id);
      if (oldest < 0) break;
      out.splice(oldest, 1);
    }
  }
  return out;
}

/** The queue without the confirmations whose time is up at `now` (those held, e.g. under the pointer, stay). */
export function expireNotices(queue: readonly Notice[], now: number, held: ReadonlySet<number> = new Set()): Notice[] {
  const out = queue.filter((n) => !expires(n) || held.has(n.id) || now - n.at < NOTICE_LIMITS.infoMs);
  return out.length === queue.length ? (queue as Notice[]) : out;
}

/** Milliseconds from `now` until the next confirmation is due to leave; null when none will. */
export function nextExpiry(queue: readonly Notice[], now: number): number | null {
  const due = queue.filter(expires).map((n) => n.at + NOTICE_LIMITS.infoMs - now);
  return due.length ? Math.max(0, Math.min(...due)) : null;
}

/** The queue without the notice `id` (closed by the user). */
export function dismissNotice(queue: readonly Notice[], id: number): Notice[] {
  return queue.filter((n) => n.id !== id);
}

/** The queue without the notice of `kind` (what it was about is over: the save succeeded, the change was undone). */
export function resolveNotice(queue: readonly Notice[], kind: string): Notice[] {
  const out = queue.filter((n) => n.kind !== kind);
  return out.length === queue.length ? (queue as Notice[]) : out;
}

/** The queue with notice `id` shown afresh from `now`: a confirmation the user was reading gets its full time again. */
export function renewNotice(queue: readonly Notice[], id: number, now: number): Notice[] {
  return queue.map((n) => (n.id === id ? { ...n, at: now } : n));
}
