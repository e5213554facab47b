/**
 * Findings and checklist items as differences from the ones sent before. A long report has hundreds of findings
 * and thousands of places; copying them all between the check's worker and the page, and rebuilding the page's
 * tables of them, would cost the page tens of milliseconds per check: a reply sends the findings and items changed
 * since the last reply (the others by id, a group wholly unchanged by its id alone), and the page patches what it
 * keeps by id.
 */
import type { Finding, Fix } from '../../electron/core/lint/index.ts';

/**
 * A grouped finding (全文 N 处…): its places as sent findings, its fix without the edits (the places' fixes). With
 * `keep`, `places` are only those between the first `keep[0]` and the last `keep[1]` of the group as last sent,
 * which the page has: an edit changes a few of a long group's places, and the rest need not travel.
 */
export interface SentGroup extends Omit<Finding, 'places' | 'fix'> {
  places: Array<Finding | string>;
  keep?: [number, number];
  fix?: Omit<Fix, 'edits'>;
}

export type SentFinding = Finding | SentGroup | string;

/** The worker's side: what it sent last, each finding, group and place as JSON by id, and each group's place ids. */
export interface SentFindings {
  json: Map<string, string>;
  places: Map<string, string[]>;
}

export const nothingSent = (): SentFindings => ({ json: new Map(), places: new Map() });

/**
 * Findings as a difference from the ones sent last; returns the list to send and what is now sent. A group whose
 * head and places are all as last sent travels as its id alone (a long report's groups hold thousands of places);
 * a changed group sends the places between its unchanged first and last ones.
 */
export function compactFindings(findings: Finding[], last: SentFindings): [SentFinding[], SentFindings] {
  const sent = nothingSent();
  const one = (f: Finding, json = JSON.stringify(f)): Finding | string => {
    sent.json.set(f.id, json);
    return last.json.get(f.id) === json ? f.id : f;
  };
  const out = findings.map((f): SentFinding => {
    if (!f.places) return one(f);
    const { places, fix, ...head } = f;
    const group: SentGroup = { ...head, places: [] };
    if (fix) {
      const { edits: _edits, ...own } = fix;
      group.fix = own;
    }
    const jsons = places.map((p) => JSON.stringify(p));
    const sentPlaces = places.map((p, i) => one(p, jsons[i]));
    const ids = places.map((p) => p.id);
    sent.places.set(f.id, ids);
    // The group's own fields with its places' JSON: the same string means the same group, edits included.
    const whole = JSON.stringify({ ...group, places: [] }) + '\n' + jsons.join('\n');
    sent.json.set(f.id, whole);
    if (last.json.get(f.id) === whole) return f.id;
    const [before, after] = unchangedEnds(ids, jsons, last.places.get(f.id), last.json);
    group.places = sentPlaces.slice(before, sentPlaces.length - after);
    if (before || after) group.keep = [before, after];
    return group;
  });
  return [out, sent];
}

/** How many places at the start and at the end of a group are the ones last sent there, unchanged. */
function unchangedEnds(ids: string[], jsons: string[], was: string[] | undefined, json: Map<string, string>) {
  if (!was) return [0, 0];
  const same = (i: number, j: number) => ids[i] === was[j] && json.get(ids[i]) === jsons[i];
  let before = 0;
  while (before < ids.length && before < was.length && same(before, before)) before++;
  let after = 0;
  const room = Math.min(ids.length, was.length) - before;
  while (after < room && same(ids.length - 1 - after, was.length - 1 - after)) after++;
  return [before, after];
}

/**
 * The page's side: the full findings, reusing the objects it keeps (a group's places among them, or a whole group)
 * for the ids sent alone. `known` holds every finding, group and place the page has by id; the ones of this reply
 * are put in it (the ones gone since the last reply are taken out by the caller, who is told their ids).
 */
export function expandFindings(list: SentFinding[], known: Map<string, Finding>): Finding[] {
  const one = (f: Finding | string): Finding => {
    if (typeof f !== 'string') {
      known.set(f.id, f);
      return f;
    }
    const k = known.get(f);
    if (!k) throw new Error(`check reply names an unknown finding ${f}`);
    return k;
  };
  return list.map((f): Finding => {
    if (typeof f === 'string' || !('places' in f) || !f.places) return one(f as Finding | string);
    const { keep, ...sent } = f as SentGroup;
    let places = sent.places.map(one);
    if (keep) {
      const was = known.get(f.id)?.places;
      if (!was) throw new Error(`check reply names an unknown finding ${f.id}`);
      places = [...was.slice(0, keep[0]), ...places, ...was.slice(was.length - keep[1])];
    }
    const group: Finding = { ...sent, places, fix: undefined };
    if (f.fix) group.fix = { ...f.fix, edits: places.flatMap((p) => (p.fix ? [p.fix] : [])) };
    else delete group.fix;
    known.set(group.id, group);
    return group;
  });
}

/** The worker's side of the checklist items: what it sent last, as JSON by id. */
export type SentItems = Map<string, string>;

/** Anything sent with an id (a checklist item), kept on both sides between replies by that id. */
interface Identified {
  id: string;
}

/** Checklist items as a difference from the ones sent last (unchanged ones by id); returns what is now sent. */
export function compactItems<T extends Identified>(items: T[], last: SentItems): [Array<T | string>, SentItems] {
  const sent: SentItems = new Map();
  const out = items.map((item) => {
    const json = JSON.stringify(item);
    sent.set(item.id, json);
    return last.get(item.id) === json ? item.id : item;
  });
  return [out, sent];
}

/** The page's side of compactItems: an unchanged item is the previous reply's object, so its row need not render. */
export function expandItems<T extends Identified>(list: Array<T | string>, known: Map<string, T>): T[] {
  const out = list.map((x) => {
    const item = typeof x === 'string' ? known.get(x) : x;
    if (!item) throw new Error(`check reply names an unknown checklist item ${String(x)}`);
    return item;
  });
  known.clear();
  for (const item of out) known.set(item.id, item);
  return out;
}
