/**
 * The records of a report's journal: what changed between two saves, as a list of JSON paths and their new values,
 * one record per line. Each line carries a hash of itself, so a record cut short by a crash or a power cut (or
 * damaged on disk) is told from a whole one, and the generation of the report file it applies to, so records that
 * a rewrite of the file already holds are told from new ones.
 *
 *   <hash> {"g":"<generation>","n":<1, 2, …>,"ops":[[path, value] | [path], …]}\n
 */
import { createHash, randomBytes } from 'node:crypto';

/** A key or an index on the way from the report to a value. */
export type JsonPath = Array<string | number>;
/** Set the value at a path, or (without a value) delete the key. */
export type Op = [JsonPath, unknown] | [JsonPath];

export interface JournalRecord {
  gen: string;
  seq: number;
  ops: Op[];
}

/** A new generation: names one rewrite of a report file, and the journal records that belong to it. */
export const newGeneration = (): string => randomBytes(8).toString('hex');

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 16);

export function encodeRecord(r: JournalRecord): string {
  const body = JSON.stringify({ g: r.gen, n: r.seq, ops: r.ops });
  return `${hashOf(body)} ${body}\n`;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One line (without its newline) as a record, or null when it is cut short, damaged, or not a record. */
function decodeLine(line: string): JournalRecord | null {
  const space = line.indexOf(' ');
  if (space !== 16) return null;
  const body = line.slice(17);
  if (hashOf(body) !== line.slice(0, 16)) return null;
  try {
    const r = JSON.parse(body) as unknown;
    if (!isPlain(r) || typeof r.g !== 'string' || !Number.isInteger(r.n) || !Array.isArray(r.ops)) return null;
    return { gen: r.g, seq: r.n as number, ops: r.ops as Op[] };
  } catch {
    return null;
  }
}

/** What a journal holds for the report file of generation `gen`. */
export interface JournalRead {
  /** the records of this generation, in order (numbered 1, 2, … without a gap) */
  records: JournalRecord[];
  /** records of another generation (a rewrite of the file holds them), or a last line cut short */
  stale: boolean;
  /** a bad line followed by whole ones: the journal was damaged on disk, not cut short by a crash */
  damaged: boolean;
}

/**
 * Read a journal's bytes. Records of other generations are passed over; reading stops at the first line that is
 * not a whole record of this generation in sequence. A bad last line is what a crash during an append leaves (that
 * save was never acknowledged): it is ignored. A bad line with whole lines after it is damage.
 */
export function readJournal(bytes: Uint8Array, gen: string | undefined): JournalRead {
  const text = new TextDecoder().decode(bytes);
  const lines = text.split('\n');
  const torn = lines.pop() !== '';
  const out: JournalRead = { records: [], stale: torn, damaged: false };
  for (const [i, line] of lines.entries()) {
    const r = decodeLine(line);
    if (r && r.gen !== gen) {
      out.stale = true;
      continue;
    }
    if (!r || r.seq !== out.records.length + 1) {
      out.stale = true;
      out.damaged = i < lines.length - 1;
      break;
    }
    out.records.push(r);
  }
  return out;
}

/**
 * The ops that turn `a` into `b` (both plain JSON). Objects are compared key by key and arrays of one length item
 * by item, so an edited paragraph costs its own text; an array whose length changed is set whole.
 */
export function diffJson(a: unknown, b: unknown, path: JsonPath = [], ops: Op[] = []): Op[] {
  if (a === b) return ops;
  if (isPlain(a) && isPlain(b)) {
    for (const k of Object.keys(b)) {
      if (Object.hasOwn(a, k)) diffJson(a[k], b[k], [...path, k], ops);
      else ops.push([[...path, k], b[k]]);
    }
    for (const k of Object.keys(a)) if (!Object.hasOwn(b, k)) ops.push([[...path, k]]);
  } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < b.length; i++) diffJson(a[i], b[i], [...path, i], ops);
  } else ops.push([path, b]);
  return ops;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Apply ops to `root` (changed in place) and return the result; throws when a path does not lead anywhere. */
export function applyOps(root: unknown, ops: Op[]): unknown {
  for (const op of ops) {
    const [path] = op;
    if (!Array.isArray(path) || op.length > 2) throw new Error('bad op');
    if (path.length === 0) {
      root = op[1];
      continue;
    }
    let node: unknown = root;
    for (const [i, key] of path.entries()) {
      const container = node as Record<string | number, unknown>;
      const ok =
        (Array.isArray(node) && Number.isInteger(key) && (key as number) >= 0 && (key as number) < node.length) ||
        (isPlain(node) && typeof key === 'string' && !FORBIDDEN.has(key));
      if (!ok) throw new Error(`bad path ${JSON.stringify(path)}`);
      if (i < path.length - 1) {
        node = container[key];
        continue;
      }
      if (op.length === 2) container[key] = op[1];
      else if (isPlain(node)) delete container[key];
      else throw new Error('cannot delete an array item');
    }
  }
  return root;
}
