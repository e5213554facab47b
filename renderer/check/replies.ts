/**
 * The check's replies, written where the check runs (the worker, or the page when it has none) and read on the page.
 * Besides the findings, a reply says which paragraphs' open findings changed: the page keeps its findings by
 * paragraph between checks and only patches those, so the work a result costs the page is proportional to what the
 * edit changed, not to the report (a long report has thousands of places).
 */
import type { CheckResult } from '../../electron/core/check.ts';
import type { ChecklistItemResult } from '../../electron/core/checklist/index.ts';
import type { Finding } from '../../electron/core/lint/index.ts';
import {
  compactFindings,
  compactItems,
  expandFindings,
  expandItems,
  nothingSent,
  type SentItems,
} from './findings-diff.ts';
import type { CheckReply } from './protocol.ts';

/** Open findings by paragraph; info findings stay in the findings tab only. */
export function openByParagraph(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  // A grouped finding (全文 N 处…) shows at each of its places, with that place's own message.
  for (const f of findings.flatMap((x) => x.places ?? [x])) {
    if (!f.paragraphId || f.severity === 'info') continue;
    const list = out.get(f.paragraphId) ?? [];
    list.push(f);
    out.set(f.paragraphId, list);
  }
  return out;
}

/** The side where the check runs: each result as a difference from the one it wrote before. */
export class ReplyWriter {
  private findings = nothingSent();
  private items: SentItems = new Map();
  /** per paragraph, its open findings as sent (their JSON): the same string means the page's list is still right */
  private lists = new Map<string, string>();
  private fresh = true;

  write(seq: number, result: CheckResult): CheckReply {
    const [findings, sent] = compactFindings(result.findings, this.findings);
    const gone = [...this.findings.json.keys()].filter((id) => !sent.json.has(id));
    const [checklist, items] = compactItems(result.checklist, this.items);
    const lists = new Map<string, string>();
    const paragraphs: Array<[string, string[]]> = [];
    for (const [id, list] of openByParagraph(result.findings)) {
      const json = list.map((f) => sent.json.get(f.id)).join('\n');
      lists.set(id, json);
      if (this.lists.get(id) !== json) paragraphs.push([id, list.map((f) => f.id)]);
    }
    for (const id of this.lists.keys()) if (!lists.has(id)) paragraphs.push([id, []]);
    const full = this.fresh;
    this.findings = sent;
    this.items = items;
    this.lists = lists;
    this.fresh = false;
    return { seq, full, result: { ...result, findings, checklist }, gone, paragraphs };
  }
}

/** What the page shows of the check: the result, and the open findings by paragraph with the ones that changed. */
export interface CheckView {
  result: CheckResult;
  /** open findings by paragraph id; a list a check did not change keeps its identity */
  byParagraph: ReadonlyMap<string, Finding[]>;
  /** the paragraphs whose open findings this result changed: only their editors are told (see CheckStore) */
  changed: ReadonlySet<string>;
}

/** The page's side: every reply patched into what it keeps, in the order they were written. */
export class ReplyReader {
  private readonly known = new Map<string, Finding>();
  private readonly knownItems = new Map<string, ChecklistItemResult>();
  private readonly byParagraph = new Map<string, Finding[]>();

  read(reply: CheckReply): CheckView {
    const changed = new Set<string>();
    if (reply.full) {
      for (const id of this.byParagraph.keys()) changed.add(id);
      this.known.clear();
      this.knownItems.clear();
      this.byParagraph.clear();
    }
    for (const id of reply.gone) this.known.delete(id);
    const findings = expandFindings(reply.result.findings, this.known);
    const checklist = expandItems(reply.result.checklist, this.knownItems);
    for (const [id, ids] of reply.paragraphs) {
      changed.add(id);
      if (ids.length === 0) this.byParagraph.delete(id);
      else
        this.byParagraph.set(
          id,
          ids.map((f) => this.finding(f)),
        );
    }
    return { result: { ...reply.result, findings, checklist }, byParagraph: this.byParagraph, changed };
  }

  private finding(id: string): Finding {
    const f = this.known.get(id);
    if (!f) throw new Error(`check reply names an unknown finding ${id}`);
    return f;
  }
}
