/**
 * 年份更新 after 新建下一年度报告: the year mentions in the carried-over text that should probably move on one year,
 * for the user to review one by one rather than replaced blindly. Last year's "2024年，我乡…" becomes "2025年";
 * in the plan (下一年度主要安排) last year's "2025年将…" becomes "2026年". Proposed but left unticked: a year
 * inside a title 《…》 (a document's name does not change), in a document number 〔2024〕, in a span or a past
 * starting point ("2024年以来", "2021—2025年"), and last year's next year outside the plan.
 * Pure: no DOM, no Node.
 */
import { reportFields, replaceMatches, type FieldRef } from './find.ts';
import type { Report } from './report-model.ts';
import { chineseYear } from './text/chinese.ts';

export interface YearMention {
  ref: FieldRef;
  start: number;
  end: number;
  /** the year as written (2024 or 二〇二四) and what it would become */
  year: string;
  to: string;
  /** the text around it, with the year at `before.length` */
  before: string;
  after: string;
  /** ticked unless one of the reasons below holds */
  proposed: boolean;
  /** why it is not ticked, in Chinese; '' when ticked */
  reason: string;
}

const CONTEXT = 16;
const ARABIC = /(?<!\d)(\d{4})(?!\d)/g;
const CHINESE = /[〇○零一二三四五六七八九]{4}/g;

/** Whether the text before `at` has a 《 not yet closed. */
function inBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/** Why a mention at [start, end) should stay as written, or '' when it should move on. */
function keepReason(text: string, start: number, end: number, nextYear: boolean, inPlan: boolean): string {
  const prev = text[start - 1] ?? '';
  const rest = text.slice(end, end + 6);
  if (inBookTitle(text, start)) return '在书名号《》内，是文件或活动的名称';
  if (/[〔[［【]/.test(prev)) return '是文号中的年份';
  if (/^年?(?:以来|来|至今)/.test(rest)) return '是过去的起点（“以来”）';
  if (/^年?\s*[—–\-~～至到]\s*\d/.test(rest) || /\d\s*[—–\-~～至到]\s*$/.test(text.slice(0, start)))
    return '是年份区间的一端';
  if (nextYear && !inPlan) return '上年报告中的下一年，不在“主要安排”部分';
  return '';
}

/** The section keys whose text speaks of the year after the report's year (下一年度主要安排). */
const PLAN_KEYS = new Set(['plan']);

function planSectionIds(report: Report): Set<string> {
  const out = new Set<string>();
  const walk = (sections: Report['sections'], inPlan: boolean) => {
    for (const s of sections) {
      const here = inPlan || PLAN_KEYS.has(s.key ?? '');
      if (here) out.add(s.id);
      walk(s.children, here);
    }
  };
  walk(report.sections, false);
  return out;
}

/**
 * The mentions of last year (`report.year - 1`) and of the year after it in a report carried forward to
 * `report.year`, in reading order, each with its proposal.
 */
export function yearMentions(report: Report): YearMention[] {
  const last = report.year - 1;
  const next = new Map<string, { to: string; nextYear: boolean }>([
    [String(last), { to: String(last + 1), nextYear: false }],
    [String(last + 1), { to: String(last + 2), nextYear: true }],
    [chineseYear(last), { to: chineseYear(last + 1), nextYear: false }],
    [chineseYear(last + 1), { to: chineseYear(last + 2), nextYear: true }],
  ]);
  const plan = planSectionIds(report);
  const out: YearMention[] = [];
  // The title and the headings were moved on by carryForward itself.
  for (const { ref, text } of reportFields(report)) {
    if (ref.part === 'title' || ref.part === 'heading') continue;
    const inPlan = ref.part === 'paragraph' && plan.has(ref.sectionId);
    const found = [...text.matchAll(ARABIC), ...text.matchAll(CHINESE)].sort((a, b) => a.index - b.index);
    for (const m of found) {
      const hit = next.get(m[0].replace(/[○零]/g, '〇'));
      if (!hit) continue;
      const start = m.index;
      const end = start + m[0].length;
      const reason = keepReason(text, start, end, hit.nextYear, inPlan);
      out.push({
        ref,
        start,
        end,
        year: m[0],
        to: hit.to,
        before: text.slice(Math.max(0, start - CONTEXT), start),
        after: text.slice(end, end + CONTEXT),
        proposed: reason === '',
        reason,
      });
    }
  }
  return out;
}

/** Change the chosen mentions (as yearMentions found them in this report) in place; returns how many. */
export function applyYearMentions(report: Report, chosen: YearMention[]): number {
  let n = 0;
  // One pass per target year: a year keeps its length (2024→2025, 二〇二四→二〇二五), so the other offsets hold.
  for (const to of new Set(chosen.map((m) => m.to)))
    n += replaceMatches(
      report,
      chosen.filter((m) => m.to === to),
      to,
    );
  return n;
}
