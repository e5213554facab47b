/**
 * Menu commands from main, and the keys that stand in for the menu's accelerators when no menu is present.
 * Both always reach the latest handler, so a command acts on the view and settings of the moment.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Command } from '../../electron/contract.ts';
import { api } from '../api.ts';
import { modalOpen } from '../components/Dialog.tsx';
import type { Flush } from './useFlush.ts';

export type CommandHandler = (command: Command) => Promise<void>;

/** Ctrl/⌘ + key → command. */
const SHORTCUTS: Record<string, Command> = { s: 'save', e: 'export-docx', p: 'print' };

export function useCommands(handle: CommandHandler, flush: Flush): void {
  const ref = useRef(handle);
  ref.current = handle;
  useEffect(() => {
    const off = api().onCommand((c) => void ref.current(c));
    // In the window the menu's accelerators arrive as commands; these keys serve when no menu is present.
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || modalOpen()) return;
      const command = SHORTCUTS[e.key.toLowerCase()];
      if (command) {
        e.preventDefault();
        void ref.current(command);
      }
    };
    const onUnload = () => void flush();
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, []);
}
