/** The checklist pages' content as a list of blocks, measured and dealt onto pages one by one. */
import { checkReport } from '../../../electron/core/check.ts';
import { toSimplified } from '../../simplified.ts';
import type { ChecklistItemResult } from '../../../electron/core/checklist/index.ts';
import type { Finding } from '../../../electron/core/lint/index.ts';
import type { Report } from '../../../electron/core/report-model.ts';

export type CheckBlock =
  | { kind: 'title'; title: string; summary: string }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; n: number; r: ChecklistItemResult }
  | { kind: 'finding'; n: number; f: Finding }
  | { kind: 'empty'; text: string };

export const clip = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n).join('') + '…' : s);

export function itemSource(r: ChecklistItemResult): string {
  return r.source === 'county' ? '（县里要点）' : r.source === 'promise' ? '（去年承诺）' : '';
}

export function checkBlocks(report: Report, previous: Report | undefined, at: Date): CheckBlock[] {
  const { checklist, completeness, findings } = checkReport(report, { previous, today: at, toSimplified });
  const missing = checklist.filter((r) => r.state === 'missing').length;
  const partial = checklist.filter((r) => r.state === 'partial').length;
  const out: CheckBlock[] = [
    {
      kind: 'title',
      title: report.title || '未命名报告',
      summary: `完整度 ${completeness}%　检查项 ${checklist.length} 项（缺失 ${missing}，部分覆盖 ${partial}）　待处理问题 ${findings.length} 条`,
    },
    { kind: 'heading', text: `一、检查项（${checklist.length} 项）` },
    ...checklist.map((r, i): CheckBlock => ({ kind: 'item', n: i + 1, r })),
    { kind: 'heading', text: `二、待处理问题（${findings.length} 条）` },
  ];
  if (findings.length) out.push(...findings.map((f, i): CheckBlock => ({ kind: 'finding', n: i + 1, f })));
  else out.push({ kind: 'empty', text: '没有发现问题。' });
  return out;
}

/** Which table a block is a row of, if any: a table continued on a new page repeats its header. */
export const tableOf = (b: CheckBlock | undefined): 'item' | 'finding' | null =>
  b?.kind === 'item' ? 'item' : b?.kind === 'finding' ? 'finding' : null;
