/**
 * Character-level differences between two texts, for the side-by-side views (对比上年, 版本对比) and the version
 * list's characters ±. Longest common subsequence over characters; long texts are compared sentence by sentence.
 */
export type Piece = { text: string; changed: boolean };

const MAX_CELLS = 4_000_000;

function lcsPieces(a: string[], b: string[]): { left: Piece[]; right: Piece[] } {
  const n = a.length;
  const m = b.length;
  const dp = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] =
        a[i] === b[j]
          ? dp[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(dp[(i + 1) * (m + 1) + j], dp[i * (m + 1) + j + 1]);
    }
  }
  const left: Piece[] = [];
  const right: Piece[] = [];
  const push = (arr: Piece[], text: string, changed: boolean) => {
    const last = arr[arr.length - 1];
    if (last && last.changed === changed) last.text += text;
    else arr.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(left, a[i++], false);
      push(right, b[j++], false);
    } else if (dp[(i + 1) * (m + 1) + j] >= dp[i * (m + 1) + j + 1]) push(left, a[i++], true);
    else push(right, b[j++], true);
  }
  while (i < n) push(left, a[i++], true);
  while (j < m) push(right, b[j++], true);
  return { left, right };
}

/** Split into sentences, keeping the end marks, so long texts can be compared unit by unit. */
function sentences(text: string): string[] {
  return text.match(/[^。！？；\n]*[。！？；\n]?/g)?.filter(Boolean) ?? [];
}

/** The two texts as pieces, with what differs marked on each side. */
export function diffTexts(before: string, after: string): { left: Piece[]; right: Piece[] } {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length <= MAX_CELLS) return lcsPieces(a, b);
  return lcsPieces(sentences(before), sentences(after));
}
