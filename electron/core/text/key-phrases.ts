/** Key phrases of a line (a county 工作要点 or one of last year's promises), for matching it against the body. */

export interface KeyPhraseConfig {
  /** domain terms kept whole (规范性文件, 二十届三中全会 …), matched before anything is split */
  terms?: string[];
  /** function words and generic verbs that separate phrases and are dropped (的, 和, 加强, 推进 …) */
  splitWords: string[];
  minLength: number;
  maxLength: number;
}

const phraseSplitters = new WeakMap<KeyPhraseConfig, RegExp>();

function splitterFor(cfg: KeyPhraseConfig): RegExp {
  let re = phraseSplitters.get(cfg);
  if (!re) {
    const alt = (words: string[]) =>
      [...new Set(words)]
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|');
    const terms = alt(cfg.terms ?? []);
    re = new RegExp(`${terms ? `(${terms})|` : '()'}(?:${alt(cfg.splitWords)})`, 'g');
    phraseSplitters.set(cfg, re);
  }
  return re;
}

/** A leading item number: 一、 （一） 1. */
const LEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*/;
/** Anything but Han ideographs and Latin letters separates pieces (punctuation, digits, spaces). */
const NON_WORD = /[^\u3400-\u4dbf\u4e00-\u9fffA-Za-z]+/;

/**
 * Key phrases of a line of text. The text is cut at punctuation and digits; in each piece, known domain
 * terms (cfg.terms) are taken whole, function words and generic verbs (的、和、加强、推进 …) are dropped,
 * and what is left between them is kept when it has minLength–maxLength characters; a longer remainder is
 * cut into even chunks of at most four characters ("普法强基补短板" → 普法强基 / 补短板), the usual length
 * of a 公文 word. Deduplicated, in order of appearance.
 */
export function keyPhrases(text: string, cfg: KeyPhraseConfig): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (p: string) => {
    if (p.length >= cfg.minLength && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  const fragment = (piece: string) => {
    if (piece.length < cfg.minLength) return;
    if (piece.length <= cfg.maxLength) return push(piece);
    const n = Math.ceil(piece.length / 4);
    const size = Math.ceil(piece.length / n);
    for (let i = 0; i < piece.length; i += size) push(piece.slice(i, i + size));
  };
  const re = splitterFor(cfg);
  for (const piece of text.replace(LEADING_NUMBER, '').split(NON_WORD)) {
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      if (m[0] === '') {
        re.lastIndex += 1;
        continue;
      }
      fragment(piece.slice(last, m.index));
      if (m[1]) push(m[1]);
      last = m.index + m[0].length;
    }
    fragment(piece.slice(last));
  }
  return out;
}
