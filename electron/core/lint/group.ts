/**
 * Grouping a mechanical rule's findings into one (全文 N 处半角标点): a report copied from a web page or typed
 * with an English keyboard has a half-width mark on most lines, and one finding per line buries everything else.
 * The group points at its first place, lists every place, and carries one fix made of all the places' edits.
 */
import type { Edit, Finding, LintRuleModule } from './types.ts';

/** A rule whose findings are grouped: the group's message, given the places (two or more). */
export type GroupSummary = (places: Finding[]) => string;

const RANK = { error: 0, warning: 1, info: 2 } as const;

function groupOf(rule: string, places: Finding[], summary: GroupSummary): Finding {
  const first = places[0];
  const group: Finding = {
    id: `${rule}:all`,
    rule: first.rule,
    severity: places.reduce((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), first.severity),
    field: first.field,
    section: first.section,
    paragraph: first.paragraph,
    message: summary(places),
    excerpt: first.excerpt,
    places,
  };
  if (first.sectionId) group.sectionId = first.sectionId;
  if (first.paragraphId) group.paragraphId = first.paragraphId;
  const edits: Edit[] = [];
  for (const f of places) if (f.fix) edits.push(f.fix);
  if (edits.length) group.fix = { ...edits[0], edits };
  return group;
}

/**
 * Replace the findings of every grouping rule that has two or more of them by one group, standing where the
 * first of them stood. `findings` is in document order; so are the places of each group.
 */
export function groupFindings(findings: Finding[], rules: readonly LintRuleModule[]): Finding[] {
  const summaries = new Map<string, GroupSummary>();
  for (const r of rules) if (r.group) summaries.set(r.id, r.group);
  if (!summaries.size) return findings;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!summaries.has(f.rule)) continue;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const groups = new Map<Finding, Finding>();
  for (const [rule, places] of byRule) {
    if (places.length > 1) groups.set(places[0], groupOf(rule, places, summaries.get(rule)!));
  }
  if (!groups.size) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const g = groups.get(f);
    if (g) out.push(g);
    else if (!(summaries.has(f.rule) && byRule.get(f.rule)!.length > 1)) out.push(f);
  }
  return out;
}
