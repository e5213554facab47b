/** Sentences of a line of text, and short excerpts around a match. */

const SENTENCE_END = /[。！？；;!?]/g;

/** Sentence spans of a text (the terminator stays with its sentence). */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + 1;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The sentence holding offset `at` (the whole text when `at` is past the last one). */
export function sentenceAt(text: string, at: number): string {
  for (const [a, b] of sentenceSpans(text)) if (at >= a && at < b) return text.slice(a, b);
  return text;
}

/** A short excerpt around [start, end) of a text, with … where cut. */
export function excerptAround(text: string, start: number, end: number, context = 14): string {
  const a = Math.max(0, start - context);
  const b = Math.min(text.length, end + context);
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}
