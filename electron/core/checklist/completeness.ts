/** The completeness score: how much of the checklist the report covers, 0–100. */
import type { ChecklistItemResult } from './types.ts';

/**
 * Weights of the completeness score. Standard items weigh by level: M (required by the rules) 3,
 * R (expected by reviewers) 2, O (optional for a township) 1; county items and last year's promises 1 each.
 */
export const COMPLETENESS_WEIGHTS = { M: 3, R: 2, O: 1, county: 1, promise: 1 } as const;

/**
 * A 0–100 score: Σ weight × credit / Σ weight, where covered and confirmed earn 1, partial 0.5 and missing 0.
 * Items marked 不适用 leave the sum, and so does an optional (O) item that is missing: an optional item
 * only ever adds. Nothing to check scores 100.
 */
export function completeness(results: ChecklistItemResult[]): number {
  let total = 0;
  let got = 0;
  for (const r of results) {
    if (r.state === 'na') continue;
    if (r.level === 'O' && r.state === 'missing') continue;
    const w = r.source === 'standard' ? COMPLETENESS_WEIGHTS[r.level] : COMPLETENESS_WEIGHTS[r.source];
    const credit = r.state === 'covered' || r.state === 'confirmed' ? 1 : r.state === 'partial' ? 0.5 : 0;
    total += w;
    got += w * credit;
  }
  return total === 0 ? 100 : Math.round((100 * got) / total);
}
