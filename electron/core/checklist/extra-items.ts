/**
 * Items beyond assets/checklist.json: one per line of the county's 工作要点 (report.countyItems) and one per
 * promise of last year's plan. Each is judged by how many of its key phrases one paragraph takes up.
 */
import type { Report } from '../report-model.ts';
import { buildView, type ReportView } from '../text/report-view.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { clip, quoteList, type Lookup } from './lookup.ts';
import { itemKeyPhrases } from './spec.ts';
import type { Computed } from './types.ts';

export type ExtraItem = Computed & { id: string; title: string; cues: string[] };

/** Count, per body paragraph, how many of the phrases it holds. */
function phraseCoverage(look: Lookup, phrases: string[], keep: (u: number) => boolean) {
  const perUnit = new Map<number, Set<string>>();
  const matched = new Set<string>();
  for (const p of phrases) {
    for (const h of look.hits(p)) {
      if (!keep(h.unit)) continue;
      matched.add(p);
      let s = perUnit.get(h.unit);
      if (!s) perUnit.set(h.unit, (s = new Set()));
      s.add(p);
    }
  }
  let best = -1;
  let bestCount = 0;
  for (const [u, s] of perUnit) {
    if (s.size > bestCount || (s.size === bestCount && u < best)) {
      best = u;
      bestCount = s.size;
    }
  }
  return { matched, best, bestCount };
}

/** Covered when one paragraph holds `need` phrases, partial when `partialNeed` appear anywhere. */
function evalPhrases(
  look: Lookup,
  phrases: string[],
  keep: (u: number) => boolean,
  need: { covered: number; partial: number },
  where: string,
): Computed {
  if (!phrases.length) return { state: 'missing', reason: '无法从这一条提取关键词，请核对后手动标记。' };
  const { matched, best, bestCount } = phraseCoverage(look, phrases, keep);
  const missed = phrases.filter((p) => !matched.has(p));
  if (bestCount >= need.covered) {
    return {
      state: 'covered',
      reason: `${where}写到了：${quoteList([...matched], 6)}。`,
      evidence: look.evidence(best),
    };
  }
  if (matched.size >= need.partial) {
    return {
      state: 'partial',
      reason: `${where}只写到部分要点：${quoteList([...matched], 4)}；未见${quoteList(missed, 4)}。`,
      evidence: best >= 0 ? look.evidence(best) : undefined,
    };
  }
  return { state: 'missing', reason: `${where}没有写到（关键词：${quoteList(phrases, 5)}）。` };
}

/** FNV-1a hash of a text, base 36: a short id that survives reordering of the lines it names. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The county's 工作要点, one item a line (leading numbers such as "1." or "（一）" are ignored). */
export function countyItemLines(report: Report): string[] {
  return report.countyItems
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
}

/** One item per county line, id `county-<hash of the line>` (`-2`, `-3` … for repeated lines). */
export function countyResults(report: Report, look: Lookup): ExtraItem[] {
  const seen = new Map<string, number>();
  return countyItemLines(report).map((line) => {
    let id = `county-${shortHash(line.replace(/\s+/g, ''))}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id += `-${n}`;
    const phrases = itemKeyPhrases(line);
    const covered = phrases.length <= 2 ? phrases.length : Math.ceil(phrases.length * 0.6);
    const c = evalPhrases(look, phrases, (u) => look.inBody(u), { covered, partial: 1 }, '正文');
    return { ...c, id, title: `县工作要点：${clip(line, 30)}`, cues: phrases };
  });
}

const ENUM_MARKER = /(?<=^|[。；;：:，,！？!?\s])[一二三四五六七八九十]{1,3}是/g;
const PROMISE_NUMBER =
  /^(?:[一二三四五六七八九十]{1,3}是|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*[.．、](?!\d))\s*/;

/**
 * Last year's plan split into its promises: the 一是/二是 items, or its sentences when there are none, with a
 * leading number (一是, （一）, 1.) taken off. Promise n is checklist item `promise-<n>`.
 */
export function promiseTexts(previous: Report | ReportView): string[] {
  const view = 'units' in previous ? previous : buildView(previous);
  const out: string[] = [];
  for (const u of view.units) {
    if (u.field !== 'paragraph' || !u.keys.includes('plan')) continue;
    const marks = [...u.text.matchAll(ENUM_MARKER)].map((m) => m.index!);
    const pieces: string[] = [];
    if (marks.length) {
      marks.forEach((at, i) => pieces.push(u.text.slice(at, marks[i + 1] ?? u.text.length)));
    } else {
      for (const [a, b] of sentenceSpans(u.text)) pieces.push(u.text.slice(a, b));
    }
    for (const p of pieces) {
      const t = p
        .trim()
        .replace(PROMISE_NUMBER, '')
        .replace(/[。；;，,\s]+$/, '')
        .trim();
      if (t.replace(/[^\p{L}\p{N}]/gu, '').length >= 6) out.push(t);
    }
  }
  return out;
}

const promiseMemo = new WeakMap<ReportView, Array<{ text: string; phrases: string[] }>>();

/** One item per promise of last year's plan, covered when this year's 举措和成效 take it up. */
export function promiseResults(previous: ReportView, look: Lookup): ExtraItem[] {
  let promises = promiseMemo.get(previous);
  if (!promises) {
    promises = promiseTexts(previous).map((text) => ({ text, phrases: itemKeyPhrases(text) }));
    promiseMemo.set(previous, promises);
  }
  const inMeasures = (u: number) =>
    look.view.units[u].field === 'paragraph' && look.view.units[u].keys.includes('measures');
  return promises.map(({ text, phrases }, i) => {
    const n = phrases.length;
    const need = { covered: n <= 2 ? n : Math.max(2, Math.ceil(n * 0.5)), partial: Math.max(1, Math.ceil(n / 4)) };
    const c = evalPhrases(look, phrases, inMeasures, need, '今年的举措和成效');
    return { ...c, id: `promise-${i + 1}`, title: `去年承诺：${clip(text, 30)}`, cues: phrases };
  });
}
