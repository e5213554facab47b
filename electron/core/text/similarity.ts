/** How alike two paragraphs are (照搬上年): character bigrams compared as sorted numbers. */

/** Text reduced to what a reader compares: letters, digits and Chinese characters only. */
export function normalizeForCompare(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The distinct character bigrams of a normalised text as sorted numbers (first code << 16 | second code);
 * a one-character text gives its own code.
 */
export function bigramCodes(norm: string): Uint32Array {
  const n = norm.length;
  if (n === 0) return new Uint32Array(0);
  if (n === 1) return Uint32Array.of(norm.charCodeAt(0));
  const a = new Uint32Array(n - 1);
  for (let i = 0; i + 1 < n; i++) a[i] = ((norm.charCodeAt(i) << 16) | norm.charCodeAt(i + 1)) >>> 0;
  a.sort();
  let k = 0;
  for (let i = 0; i < a.length; i++) if (k === 0 || a[i] !== a[k - 1]) a[k++] = a[i];
  return a.subarray(0, k);
}

/** Size of the intersection of two sorted code arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return n;
}

/**
 * How alike two paragraphs are, 0–1: 1 when they are the same after dropping punctuation and spaces,
 * otherwise the Jaccard index of their character-bigram sets. ≥ 0.9 reads as "nearly identical".
 */
export function similarity(a: string, b: string): number {
  const na = normalizeForCompare(a);
  const nb = normalizeForCompare(b);
  if (na === nb) return 1;
  if (!na || !nb) return 0;
  const A = bigramCodes(na);
  const B = bigramCodes(nb);
  const inter = intersectionSize(A, B);
  return inter / (A.length + B.length - inter);
}
