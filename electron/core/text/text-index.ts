/** Finding phrases fast in the joined text of a report: a character-pair index, and position look-ups. */

const bucketOf = (a: number, b: number, mask: number) => (Math.imul(a, 40503) ^ b) & mask;

/** The pair buckets of the text being indexed, reused from one index to the next (the editor builds one per check). */
let scratch = new Uint16Array(0);

/**
 * Positions of every character pair of a text, bucketed by a hash of the pair: finding a phrase costs
 * the occurrences of its first two characters instead of a scan of the whole text. Built in two passes.
 */
export class TextIndex {
  readonly text: string;
  private readonly starts: Uint32Array;
  private readonly order: Int32Array;
  private readonly mask: number;

  constructor(text: string) {
    this.text = text;
    const n = Math.max(0, text.length - 1);
    // About four positions per bucket (256 buckets for a page, at most 16,384).
    let buckets = 256;
    while (buckets < n / 4 && buckets < 1 << 14) buckets <<= 1;
    const mask = buckets - 1;
    const starts = new Uint32Array(buckets + 1);
    if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
    const keys = scratch;
    let prev = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const next = text.charCodeAt(i + 1);
      const k = bucketOf(prev, next, mask);
      prev = next;
      keys[i] = k;
      starts[k + 1] += 1;
    }
    for (let k = 0; k < buckets; k++) starts[k + 1] += starts[k];
    const fill = starts.slice(0, buckets);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[fill[keys[i]]++] = i;
    this.starts = starts;
    this.order = order;
    this.mask = mask;
  }

  /** Non-overlapping positions of a phrase, in order (same as repeated indexOf). */
  find(needle: string): number[] {
    if (needle.length < 2) return allIndexes(this.text, needle);
    return nonOverlapping(this.occurrences(needle), needle.length);
  }

  /** Every position of a phrase (of two or more characters), overlapping ones included, in order. */
  occurrences(needle: string): number[] {
    const k = bucketOf(needle.charCodeAt(0), needle.charCodeAt(1), this.mask);
    const out: number[] = [];
    // A bucket lists its positions in text order: they were filled from the start of the text.
    for (let j = this.starts[k], end = this.starts[k + 1]; j < end; j++) {
      const i = this.order[j];
      if (this.text.startsWith(needle, i)) out.push(i);
    }
    return out;
  }
}

/** Positions kept from left to right so that none overlaps the one before (what repeated indexOf gives). */
function nonOverlapping(all: number[], length: number): number[] {
  const out: number[] = [];
  let next = 0;
  for (const i of all) {
    if (i >= next) {
      out.push(i);
      next = i + length;
    }
  }
  return out;
}

/** What both kinds of index answer. */
export interface PhraseIndex {
  find(needle: string): number[];
}

/**
 * The index of a text that differs from an indexed one in one stretch only — the paragraph being typed in —
 * read off the older index: positions before the stretch stand, positions after it move by the change in
 * length, and only the stretch itself (with a phrase's length either side) is searched directly. Building a
 * new index costs a pass over the whole report on every check; this costs a pass over one paragraph, and the
 * new text as a whole is not even put together.
 */
class PatchedIndex implements PhraseIndex {
  constructor(
    private readonly base: TextIndex,
    /** length of the common start */
    private readonly head: number,
    /** length of the common end */
    private readonly tail: number,
    /** the new text between them */
    private readonly middle: string,
    /** the whole new text, put together only when a one-character phrase is asked for */
    private readonly whole: () => string,
  ) {}

  find(needle: string): number[] {
    const L = needle.length;
    if (L < 2) return allIndexes(this.whole(), needle);
    const before = this.base.text;
    const oldEnd = before.length - this.tail;
    const shift = this.head + this.middle.length - oldEnd;
    const all: number[] = [];
    const old = this.base.occurrences(needle);
    let j = 0;
    for (; j < old.length && old[j] + L <= this.head; j++) all.push(old[j]);
    // Occurrences that overlap the changed stretch, searched in the new text around it only (the text either
    // side of the stretch is the same in the old text).
    const from = Math.max(0, this.head - L + 1);
    const around = before.slice(from, this.head) + this.middle + before.slice(oldEnd, oldEnd + L - 1);
    for (let i = around.indexOf(needle); i >= 0; i = around.indexOf(needle, i + 1)) all.push(from + i);
    for (; j < old.length; j++) if (old[j] >= oldEnd) all.push(old[j] + shift);
    return nonOverlapping(all, L);
  }
}

/** A changed stretch longer than this (or than an eighth of the text) is indexed anew. */
const PATCH_MAX = 8192;

/** The last text indexed in full, per caller's slot, with the lines it was joined from. */
const bases = new Map<string, { index: TextIndex; lines: string[] }>();

/**
 * An index of `lines.join("\n")`, built from the last one of the same slot when only a stretch of lines changed
 * since (see PatchedIndex). The slot keeps apart texts that do not follow one another (the printed and the
 * stored text). `joined` gives the joined text (it is asked for only when a new index is built).
 */
export function indexOfLines(lines: string[], slot: string, joined: () => string): PhraseIndex {
  const base = bases.get(slot);
  const patched = base && patchFrom(base, lines, joined);
  if (patched) return patched;
  const fresh = new TextIndex(joined());
  bases.set(slot, { index: fresh, lines });
  return fresh;
}

/** Where each line starts in the joined text, and the joined text's length. */
function lineStarts(lines: string[]): { starts: number[]; length: number } {
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  return { starts, length: Math.max(0, pos - 1) };
}

/** The base itself when no line changed, a PatchedIndex when one short stretch did, else undefined. */
function patchFrom(
  base: { index: TextIndex; lines: string[] },
  lines: string[],
  joined: () => string,
): PhraseIndex | undefined {
  const a = base.lines;
  const min = Math.min(a.length, lines.length);
  let h = 0;
  while (h < min && a[h] === lines[h]) h++;
  if (h === a.length && h === lines.length) return base.index;
  let t = 0;
  while (t < min - h && a[a.length - 1 - t] === lines[lines.length - 1 - t]) t++;
  const oldLength = base.index.text.length;
  const { starts, length } = lineStarts(lines);
  // The same start: the first h lines with their breaks (no break after the last line of either text).
  let head = 0;
  for (let i = 0; i < h; i++) head += a[i].length + 1;
  head = Math.min(head, oldLength, length);
  // The same end: the last t lines, with the break before them when both texts have a line there.
  let tail = t ? -1 : 0;
  for (let i = a.length - t; i < a.length; i++) tail += a[i].length + 1;
  if (t && a.length > t && lines.length > t) tail += 1;
  tail = Math.min(tail, Math.min(oldLength, length) - head);
  const changed = Math.max(oldLength - head - tail, length - head - tail);
  if (changed > PATCH_MAX || changed > oldLength / 8) return undefined;
  // The new text between them, put together from the lines that hold it.
  const first = Math.max(0, h - 1);
  const last = Math.min(lines.length, lines.length - t + 1);
  const from = starts[first] ?? 0;
  const middle = lines
    .slice(first, last)
    .join('\n')
    .slice(head - from, length - tail - from);
  return new PatchedIndex(base.index, head, tail, middle, joined);
}

/** Index of the last start ≤ pos (binary search). */
export function locate(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every position of a literal in a text. */
export function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
