/** What the checklist gives for each item. */
import type { Report } from '../report-model.ts';
import type { ItemLevel } from './spec.ts';

export type { ItemLevel };
export type ItemState = 'covered' | 'partial' | 'missing' | 'confirmed' | 'na';
export type ItemSource = 'standard' | 'county' | 'promise';

/** The paragraph that covers an item (or, for a partial item, the one that comes closest). */
export interface Evidence {
  sectionId?: string;
  paragraphId?: string;
  /** "一、（三）", "导语", … */
  label: string;
  excerpt: string;
}

export interface ChecklistItemResult {
  id: string;
  title: string;
  level: ItemLevel;
  source: ItemSource;
  /** the state shown: the user's mark when there is a valid one, else the computed state */
  state: ItemState;
  /** what the text alone gives, before marks */
  computedState: 'covered' | 'partial' | 'missing';
  /** why, in Chinese */
  reason: string;
  evidence?: Evidence;
  /** catalogue keys of the sections where the item belongs */
  sectionKeys: string[];
  figures: string | null;
  cues: string[];
  /** the reason the user gave with a mark */
  markReason?: string;
}

export interface ChecklistOptions {
  /** last year's report: its plan becomes 去年承诺 items */
  previous?: Report;
}

/** What an evaluator finds from the text alone. */
export interface Computed {
  state: 'covered' | 'partial' | 'missing';
  reason: string;
  evidence?: Evidence;
}
