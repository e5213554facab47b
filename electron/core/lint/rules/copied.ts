/**
 * 照搬上年: a body paragraph identical or nearly identical (bigram Jaccard ≥ COPY_THRESHOLD) to one of last
 * year's, or carried over by 新建下一年度报告 and never edited.
 */
import type { ReportView, TextUnit } from '../../text/report-view.ts';
import { bigramCodes, normalizeForCompare } from '../../text/similarity.ts';
import { pushUnit } from '../emit.ts';
import { BODY_FIELDS } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** Paragraphs shorter than this (after normalising) are not compared with last year: too short to mean copying. */
const COPY_MIN_CHARS = 20;
/** Bigram Jaccard index from which a paragraph reads as "nearly identical" to last year's. */
export const COPY_THRESHOLD = 0.9;

interface PreviousParagraphs {
  units: TextUnit[];
  exact: Map<string, number>;
  size: Int32Array;
  postings: Map<number, number[]>;
}
const previousMemo = new WeakMap<ReportView, PreviousParagraphs>();

/** Last year's body paragraphs, normalised, with an inverted index bigram → paragraphs (kept per view). */
function previousParagraphs(view: ReportView): PreviousParagraphs {
  const hit = previousMemo.get(view);
  if (hit) return hit;
  const units = view.units.filter((u) => BODY_FIELDS.has(u.field));
  const exact = new Map<string, number>();
  const size = new Int32Array(units.length);
  const postings = new Map<number, number[]>();
  units.forEach((u, k) => {
    const norm = normalizeForCompare(u.text);
    if (norm.length < COPY_MIN_CHARS) return;
    if (!exact.has(norm)) exact.set(norm, k);
    const codes = bigramCodes(norm);
    size[k] = codes.length;
    for (const c of codes) {
      const l = postings.get(c);
      if (l) l.push(k);
      else postings.set(c, [k]);
    }
  });
  const out = { units, exact, size, postings };
  previousMemo.set(view, out);
  return out;
}

/**
 * The most similar of last year's paragraphs, when it reaches the threshold. `counts` is scratch space, one slot
 * per previous paragraph, all zero on entry and on return.
 */
function nearest(prev: PreviousParagraphs, counts: Int32Array, norm: string): { k: number; score: number } | null {
  const { size, postings } = prev;
  const codes = bigramCodes(norm);
  // Jaccard ≥ t needs |B| within [t·|A|, |A|/t]: others cannot reach the threshold.
  const lo = codes.length * COPY_THRESHOLD;
  const hi = codes.length / COPY_THRESHOLD;
  const touched: number[] = [];
  for (const c of codes) {
    const l = postings.get(c);
    if (!l) continue;
    for (const k of l) if (counts[k]++ === 0) touched.push(k);
  }
  let best = -1;
  let bestScore = 0;
  for (const k of touched) {
    const inter = counts[k];
    counts[k] = 0;
    if (size[k] < lo || size[k] > hi) continue;
    const score = inter / (codes.length + size[k] - inter);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best >= 0 && bestScore >= COPY_THRESHOLD ? { k: best, score: bestScore } : null;
}

const flag = (ctx: Ctx, i: number, message: string) =>
  pushUnit(ctx, i, {
    rule: 'copied',
    severity: 'warning',
    at: 0,
    length: Math.min(20, ctx.view.units[i].text.length),
    message,
  });

/** Paragraphs the same or nearly the same as last year's; returns the units flagged. */
function flagCopies(ctx: Ctx, previous: ReportView): Set<number> {
  const flagged = new Set<number>();
  const prev = previousParagraphs(previous);
  const counts = new Int32Array(prev.units.length);
  const where = (k: number) => `${prev.units[k].label}第${prev.units[k].para}段`;
  const rewrite = `照搬上年，请按${ctx.year}年度的实际工作改写。`;
  ctx.view.units.forEach((u, i) => {
    if (!BODY_FIELDS.has(u.field)) return;
    const norm = normalizeForCompare(u.text);
    if (norm.length < COPY_MIN_CHARS) return;
    const same = prev.exact.get(norm);
    if (same !== undefined) {
      flagged.add(i);
      flag(ctx, i, `这一段与上年报告（${where(same)}）完全相同：${rewrite}`);
      return;
    }
    const near = nearest(prev, counts, norm);
    if (near) {
      flagged.add(i);
      const pct = Math.round(near.score * 100);
      flag(ctx, i, `这一段与上年报告（${where(near.k)}）几乎相同（相似度${pct}%）：${rewrite}`);
    }
  });
  return flagged;
}

/** Paragraphs carried over by 新建下一年度报告 and never edited (not already flagged as copies). */
function flagInherited(ctx: Ctx, flagged: Set<number>): void {
  const inherited = new Set<string>();
  for (const info of ctx.view.sections.values())
    for (const p of info.section.paragraphs) if (p.inherited) inherited.add(p.id);
  if (!inherited.size) return;
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'paragraph' || flagged.has(i) || !inherited.has(u.paragraphId!) || u.line > 0) return;
    flag(ctx, i, '这一段从上年报告带入后还没有修改：照搬上年，请按本年度的实际工作改写或删除。');
  });
}

function run(ctx: Ctx): void {
  const flagged = ctx.previous ? flagCopies(ctx, ctx.previous) : new Set<number>();
  flagInherited(ctx, flagged);
}

export const copied = { id: 'copied', label: '照搬上年', run } as const satisfies LintRuleModule;
