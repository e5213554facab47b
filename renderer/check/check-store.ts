/**
 * The check as the page shows it, for the parts that show it: the checklist watches the result, each paragraph
 * editor watches its own findings. A new result tells the checklist and the editors of the paragraphs whose
 * findings it changed, and no one else: the form around them does not re-render for a check (a long report has
 * a thousand paragraphs, and a check result comes after every pause in typing).
 */
import { useCallback } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import type { CheckResult } from '../../electron/core/check.ts';
import type { Finding } from '../../electron/core/lint/index.ts';
import type { CheckView } from './replies.ts';

/** The findings of a paragraph that has none. */
export const NO_FINDINGS: readonly Finding[] = [];

/** The result shown, and how many results were shown since the report opened (the first check counts 0). */
export interface Shown {
  result: CheckResult;
  runs: number;
}

type Watcher = () => void;

export class CheckStore {
  private shown: Shown;
  private byParagraph: CheckView['byParagraph'];
  private readonly resultWatchers = new Set<Watcher>();
  private readonly paragraphWatchers = new Map<string, Set<Watcher>>();

  constructor(first: CheckView) {
    this.shown = { result: first.result, runs: 0 };
    this.byParagraph = first.byParagraph;
  }

  /** A new result: its changed paragraphs' watchers are told, then the result's. */
  show(view: CheckView): void {
    this.shown = { result: view.result, runs: this.shown.runs + 1 };
    this.byParagraph = view.byParagraph;
    for (const id of view.changed) this.paragraphWatchers.get(id)?.forEach((w) => w());
    this.resultWatchers.forEach((w) => w());
  }

  /** The same object until the next result. */
  result = (): Shown => this.shown;

  /** The same array while results leave the paragraph's findings alone. */
  findingsOf(paragraphId: string): readonly Finding[] {
    return this.byParagraph.get(paragraphId) ?? NO_FINDINGS;
  }

  /** Returns the function that stops watching. */
  watchResult = (w: Watcher): (() => void) => {
    this.resultWatchers.add(w);
    return () => this.resultWatchers.delete(w);
  };

  watchParagraph(paragraphId: string, w: Watcher): () => void {
    let set = this.paragraphWatchers.get(paragraphId);
    if (!set) this.paragraphWatchers.set(paragraphId, (set = new Set()));
    set.add(w);
    return () => {
      set.delete(w);
      if (!set.size) this.paragraphWatchers.delete(paragraphId);
    };
  }
}

/** The result shown: the component re-renders when a new one arrives. */
export function useShownCheck(store: CheckStore): Shown {
  return useSyncExternalStore(store.watchResult, store.result);
}

/** A paragraph's open findings: the component re-renders only when a result changed them. */
export function useParagraphFindings(store: CheckStore, paragraphId: string): readonly Finding[] {
  const watch = useCallback((w: () => void) => store.watchParagraph(paragraphId, w), [store, paragraphId]);
  const read = useCallback(() => store.findingsOf(paragraphId), [store, paragraphId]);
  return useSyncExternalStore(watch, read);
}
