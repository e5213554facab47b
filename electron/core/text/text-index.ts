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
    const k = bucketOf(needle.charCodeAt(0), needle.charCodeAt(1), this.mask);
    const out: number[] = [];
    let next = 0;
    for (let j = this.starts[k], end = this.starts[k + 1]; j < end; j++) {
      const i = this.order[j];
      if (i >= next && this.text.startsWith(needle, i)) {
        out.push(i);
        next = i + needle.length;
      }
    }
    return out;
  }
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
