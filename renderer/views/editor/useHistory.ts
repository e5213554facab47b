/**
 * The editor's side of the report's undo history (electron/core/history.ts): when a change becomes a step, and
 * the keys. Typing becomes one step per pause or per box: a change is recorded after a pause, or as soon as
 * the user clicks, leaves or enters a box, or presses a key outside one, so a click on 删除 after typing is a
 * step of its own. While the caret is in a box, Ctrl+Z is the box's own fine-grained undo (the browser's);
 * elsewhere it takes back whole steps. Histories are kept per report for as long as the window is open, so
 * going to the preview or the library and back keeps them; a restart starts afresh.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { modalOpen } from '../../components/Dialog.tsx';
import { isTextBox } from '../../components/text-box.ts';
import { History } from '../../../electron/core/history.ts';
import type { Report } from '../../../electron/core/report-model.ts';

/** How long typing must pause before it becomes a step. */
const PAUSE_MS = 1000;

const histories = new Map<string, History>();

/** The history of `report`, kept from earlier visits unless the report was changed elsewhere since. */
function historyOf(report: Report): History {
  const kept = histories.get(report.id);
  if (kept?.matches(report)) return kept;
  const fresh = new History(report);
  histories.set(report.id, fresh);
  return fresh;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string;
  redoLabel: string;
}

export interface ReportHistory extends UndoState {
  /** the report changed: it becomes a step after a pause or the next click or key */
  changed(): void;
  /** record what changed as one step now, e.g. 全部改正 */
  commit(label?: string): void;
  undo(): void;
  redo(): void;
}

/** Ctrl+Z → undo; Ctrl+Y and Ctrl+Shift+Z → redo. */
export function undoKey(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** `onRestored` re-renders the form and saves after undo/redo wrote an earlier state into the report. */
export function useHistory(report: Report, onRestored: () => void): ReportHistory {
  const history = useRef<History | null>(null);
  if (!history.current) history.current = historyOf(report);
  const h = history.current;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const restored = useRef(onRestored);
  restored.current = onRestored;
  const read = (): UndoState => ({
    canUndo: h.canUndo,
    canRedo: h.canRedo,
    undoLabel: h.undoLabel,
    redoLabel: h.redoLabel,
  });
  const [state, setState] = useState(read);
  // The editor re-renders only when what the buttons show changed: a step recorded after a pause mostly does not.
  const show = () =>
    setState((was) => {
      const now = read();
      const same = (Object.keys(now) as Array<keyof UndoState>).every((k) => now[k] === was[k]);
      return same ? was : now;
    });

  const commit = (label?: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    h.commit(report, label);
    show();
  };
  const move = (step: 'undo' | 'redo') => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (step === 'undo' ? h.undo(report) : h.redo(report)) restored.current();
    show();
  };
  const api = useRef({ commit, move });
  api.current = { commit, move };

  useEffect(() => {
    const settle = () => {
      if (timer.current !== undefined) api.current.commit();
    };
    const onKey = (e: KeyboardEvent) => {
      // A dialog's keys are its own: Ctrl+Z there never undoes the report behind it.
      if (isTextBox(e.target) || modalOpen()) return;
      const step = undoKey(e);
      if (step) {
        e.preventDefault();
        api.current.move(step);
      } else settle();
    };
    const onFocus = (e: FocusEvent) => {
      if (isTextBox(e.target)) settle();
    };
    document.addEventListener('pointerdown', settle, true);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('focusout', onFocus, true);
    return () => {
      // Leaving the editor: what was typed last is a step of its own when the user comes back.
      settle();
      document.removeEventListener('pointerdown', settle, true);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus, true);
      document.removeEventListener('focusout', onFocus, true);
    };
  }, []);

  return {
    ...state,
    changed() {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => api.current.commit(), PAUSE_MS);
      // The buttons light up at once; the step itself is recorded later.
      if (!state.canUndo) setState({ ...read(), canUndo: true });
    },
    commit,
    undo: () => move('undo'),
    redo: () => move('redo'),
  };
}
