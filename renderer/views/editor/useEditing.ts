/**
 * What the editor adds to plain form filling: the report's undo history, the notice after a bulk change, the
 * find panel, and the keys and 编辑 menu commands that reach them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { bindEditCommands, type EditCommand } from '../../app/edit-commands.ts';
import type { FindRequest } from './FindPanel.tsx';
import { notify, resolveNotices } from '../../app/notices.ts';
import { useHistory } from './useHistory.ts';
import { isTextBox } from '../../components/text-box.ts';
import { modalOpen } from '../../components/Dialog.tsx';

/** The notice after a bulk change ("已改正 24 处 · 撤销"): shown until the next change, which 撤销 would not take back alone. */
const BULK = 'bulk';

/** `touchAll` re-renders every panel and saves: undo wrote an earlier state into the report. */
export function useEditing(report: Report, touchAll: () => void) {
  const [find, setFind] = useState<FindRequest | null>(null);
  const history = useHistory(report, touchAll);
  const openFind = (replace: boolean) => setFind((f) => ({ replace: replace || !!f?.replace, n: (f?.n ?? 0) + 1 }));
  /**
   * Esc closes the find panel wherever the focus is (after a jump it sits in the report text), unless something
   * nearer took the key (the panel itself, a chip's editor, an input method) or a dialog is open over the editor.
   */
  const escCloses = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    if (modalOpen()) return;
    setFind(null);
  };

  // Bound once, through a ref to this render's handler: an effect run on every render (each keystroke, each
  // check result) would schedule work after every paint.
  const onCommand = useRef<(c: EditCommand) => void>(() => undefined);
  onCommand.current = (c) => {
    if (c === 'find' || c === 'replace') return openFind(c === 'replace');
    // From the menu with the caret in a box, 撤销/重做 are the box's own, as Ctrl+Z there is.
    if (isTextBox(document.activeElement)) document.execCommand(c);
    else if (c === 'undo') history.undo();
    else history.redo();
  };
  useEffect(() => {
    bindEditCommands((c) => onCommand.current(c));
    return () => bindEditCommands(null);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || modalOpen()) return;
      const k = e.key.toLowerCase();
      if (k !== 'f' && k !== 'h') return;
      // Chromium's own find bar and history page have no place in the app.
      e.preventDefault();
      openFind(k === 'h');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('keydown', escCloses);
    return () => {
      // 撤销 in the notice belongs to this editor's history: it goes with the editor.
      resolveNotices(BULK);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keydown', escCloses);
    };
  }, []);

  return {
    history,
    find,
    closeFind: () => setFind(null),
    /** the report changed: a step for the history; a bulk change's notice no longer applies */
    changed() {
      history.changed();
      resolveNotices(BULK);
    },
    /** a bulk change was made: one undo step, and a notice that offers to take it back */
    bulk(label: string, text: string) {
      history.commit(label);
      notify({ kind: BULK, level: 'info', keep: true, lines: [text], action: { label: '撤销', run: history.undo } });
    },
  };
}
