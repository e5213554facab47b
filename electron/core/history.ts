/**
 * One undo history per report. The form mutates its report object in place, so the history keeps frozen
 * snapshots of the report's content and shares every unchanged part with the snapshot before it: a commit
 * after one paragraph changed costs one new paragraph object and the objects on the path to it, not a copy of a
 * 50× report. Strings are immutable and shared by reference, so even a changed section keeps its other texts.
 * Pure: no DOM, no Node.
 */
import type { Report } from './report-model.ts';

/** What the user edits; ids, timestamps and the schema version are not undone. */
const CONTENT_KEYS = [
  'unitName',
  'county',
  'year',
  'title',
  'titleAuto',
  'recipient',
  'preamble',
  'order',
  'sections',
  'attachments',
  'signature',
  'countyItems',
  'marks',
] as const;
type ContentKey = (typeof CONTENT_KEYS)[number];

/** The report's content at one moment, frozen; parts equal to the previous snapshot's are the same objects. */
export type Snapshot = Readonly<Pick<Report, ContentKey>>;

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id of an array item that has one: items are matched by id, so a moved section is still shared. */
function idOf(v: Json): string | undefined {
  return isObject(v) && typeof v.id === 'string' ? v.id : undefined;
}

function byId(items: Json[]): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const o of items) {
    const id = idOf(o);
    if (id !== undefined) out.set(id, o);
  }
  return out;
}

/*
 * A commit runs after every pause in typing, over the whole report (a thousand paragraphs at 100×), and almost
 * all of it is unchanged: the walk compares in place and allocates only from the first difference on, so an
 * unchanged part costs no garbage.
 */

function shareArray(live: Json[], prev: Json): Json[] {
  const old = Array.isArray(prev) ? prev : [];
  // Items are matched by position while their ids agree; the first that does not looks them up by id.
  let ids: Map<string, Json> | undefined;
  let out: Json[] | undefined = live.length === old.length ? undefined : [];
  for (let i = 0; i < live.length; i++) {
    const id = idOf(live[i]);
    let before: Json = old[i];
    if (id !== undefined && idOf(before) !== id) before = (ids ??= byId(old)).get(id);
    const r = share(live[i], before);
    if (!out && r !== old[i]) out = old.slice(0, i);
    out?.push(r);
  }
  return out ? (Object.freeze(out) as Json[]) : old;
}

function keyCount(o: { [key: string]: Json }): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

function shareObject(live: { [key: string]: Json }, prev: Json): { [key: string]: Json } {
  const old = isObject(prev) ? prev : undefined;
  let out: { [key: string]: Json } | undefined = old ? undefined : {};
  let n = 0;
  for (const k in live) {
    if (!Object.hasOwn(live, k) || live[k] === undefined) continue;
    n++;
    const before = old?.[k];
    const r = share(live[k], before);
    if (!out && r !== before) {
      // Every key before this one was shared as it was.
      out = {};
      for (const j in live) {
        if (j === k) break;
        if (Object.hasOwn(live, j) && live[j] !== undefined) out[j] = old?.[j];
      }
    }
    if (out) out[k] = r;
  }
  if (old && !out) {
    if (n === keyCount(old)) return old;
    // A key went: the rest is shared as it was.
    out = {};
    for (const k in live) if (Object.hasOwn(live, k) && live[k] !== undefined) out[k] = old[k];
  }
  return Object.freeze(out ?? {});
}

/** `live` as a frozen value, reusing `prev` and its parts wherever they are equal. */
function share(live: Json, prev: Json): Json {
  if (Array.isArray(live)) return shareArray(live, prev);
  if (isObject(live)) return shareObject(live, prev);
  return live;
}

/** A snapshot of the report's content; `prev` itself when nothing changed since it was taken. */
export function snapshot(report: Report, prev?: Snapshot): Snapshot {
  const live: { [key: string]: Json } = {};
  for (const k of CONTENT_KEYS) live[k] = report[k] as Json;
  return share(live, prev as Json) as unknown as Snapshot;
}

/** Put a snapshot's content back into the live report, as fresh objects the form may mutate again. */
export function restore(report: Report, snap: Snapshot): void {
  Object.assign(report, structuredClone(snap));
}

/**
 * Make `from`'s content the report's (as fresh objects): what restoring a version replaces. Ids, dates and the
 * records kept beside the text (stage and deadlines, the 保密审查) stay the report's own.
 */
export function takeContent(report: Report, from: Report): void {
  const content: Partial<Report> = {};
  for (const k of CONTENT_KEYS) Object.assign(content, { [k]: from[k] });
  Object.assign(report, structuredClone(content));
}

/** How many steps back the history keeps; older ones are let go. */
export const HISTORY_LIMIT = 200;

interface Entry {
  snap: Snapshot;
  /** what the change that led to this snapshot was, e.g. 全部改正 (for the 撤销 button's title) */
  label: string;
}

/**
 * The undo and redo stacks of one report. `commit` records the report as it is now (nothing when unchanged);
 * `undo`/`redo` move through the recorded states and write the one they reach into the report.
 */
export class History {
  private past: Entry[] = [];
  private future: Entry[] = [];
  private present: Entry;

  constructor(report: Report) {
    this.present = { snap: snapshot(report), label: '' };
  }

  /** Whether the report is still what the history last recorded or restored (not changed elsewhere). */
  matches(report: Report): boolean {
    return snapshot(report, this.present.snap) === this.present.snap;
  }

  /** Record the report's current state as one step; returns whether anything had changed. */
  commit(report: Report, label = '修改'): boolean {
    const snap = snapshot(report, this.present.snap);
    if (snap === this.present.snap) return false;
    this.past.push(this.present);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.present = { snap, label };
    this.future = [];
    return true;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The label of the step 撤销 would take back, or of the one 重做 would do again. */
  get undoLabel(): string {
    return this.canUndo ? this.present.label : '';
  }

  get redoLabel(): string {
    return this.future.at(-1)?.label ?? '';
  }

  /** Take back the last step; uncommitted changes in `report` are committed first so they can be redone. */
  undo(report: Report): boolean {
    this.commit(report);
    const prev = this.past.pop();
    if (!prev) return false;
    this.future.push(this.present);
    this.present = prev;
    restore(report, prev.snap);
    return true;
  }

  redo(report: Report): boolean {
    // A change since the last undo starts a new branch: there is nothing left to redo.
    if (this.commit(report)) return false;
    const next = this.future.pop();
    if (!next) return false;
    this.past.push(this.present);
    this.present = next;
    restore(report, next.snap);
    return true;
  }
}
