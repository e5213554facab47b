/** What each menu command does; every command that leaves the open report saves it first. */
import type { Command } from '../../electron/contract.ts';
import { api } from '../api.ts';
import type { CommandHandler } from './useCommands.ts';
import { runEditCommand } from './edit-commands.ts';
import { modalOpen } from '../components/Dialog.tsx';
import { isTextBox } from '../components/text-box.ts';
import type { Flush } from './useFlush.ts';
import type { PrintTarget, View } from './view.ts';

export interface CommandActions {
  flush: Flush;
  setView(view: View): void;
  exportDocx(): Promise<void>;
  preview(then?: PrintTarget): Promise<void>;
  showAbout(): void;
  backup(): Promise<void>;
  inspectBackup(): Promise<void>;
}

export function commandHandler(a: CommandActions): CommandHandler {
  const goTo = async (view: View) => {
    await a.flush();
    a.setView(view);
  };
  const actions: Record<Command, () => Promise<unknown> | void> = {
    save: () => a.flush(),
    // Main asks before quitting: answer whether the report is saved.
    flush: async () => api().flushed(await a.flush()),
    new: () => goTo({ name: 'library', creating: true }),
    open: () => goTo({ name: 'library' }),
    'export-docx': () => a.exportDocx(),
    preview: () => a.preview(),
    print: () => a.preview('print'),
    'export-pdf': () => a.preview('pdf'),
    settings: () => goTo({ name: 'settings' }),
    about: () => a.showAbout(),
    backup: () => a.backup(),
    restore: () => a.inspectBackup(),
    undo: () => runEditCommand('undo'),
    redo: () => runEditCommand('redo'),
    find: () => runEditCommand('find'),
    replace: () => runEditCommand('replace'),
    county: () => goTo({ name: 'county' }),
  };
  return async (c) => {
    // A dialog on screen is answered first, as in any Windows program; saving still happens (quitting asks it).
    if (modalOpen() && c !== 'flush' && c !== 'save') {
      // 编辑 → 撤销/重做 still serve the dialog's own box, as Ctrl+Z there does.
      if ((c === 'undo' || c === 'redo') && isTextBox(document.activeElement)) document.execCommand(c);
      return;
    }
    await actions[c]?.();
  };
}
