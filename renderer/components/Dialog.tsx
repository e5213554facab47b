/**
 * The one modal shell of the app: every dialog (and the confirmation) is drawn in it, so each behaves as a
 * Windows dialog does. The focus moves into it on arrival and back where it was after; Tab and Shift+Tab go round
 * its own controls only; Esc does what 取消/关闭 does; the page behind takes no keys and no clicks.
 *
 * The dialog's own fields keep their typing, clipboard keys and Ctrl+Z: their keys go on to them, so the page's
 * global key handlers and the menu commands ask `modalOpen()` and wait, as they would behind any Windows dialog.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { isTextBox } from './text-box.ts';

interface Open {
  root: HTMLElement;
  close(): void;
}

/** The open dialogs, the top one last: a confirmation can stand over a dialog. */
const stack: Open[] = [];

/** True while any dialog is on screen: the page's key handlers and menu commands do nothing meanwhile. */
export function modalOpen(): boolean {
  return stack.length > 0;
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The controls Tab visits, in order: visible ones, and of a group of radio buttons only the chosen one. */
function focusables(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = all.filter((o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name);
    const chosen = group.find((o) => (o as HTMLInputElement).checked) ?? group[0];
    return chosen === el;
  });
}

/** Ctrl/⌘ keys the dialog answers itself: select all and the clipboard (关于's data folder path is copied so). */
const OWN_KEYS = new Set(['a', 'c', 'v', 'x']);
/** …and in its fields their own undo and redo (the page's undo asks `modalOpen()` and leaves them alone). */
const FIELD_KEYS = new Set(['z', 'y']);

function ownKey(e: KeyboardEvent): boolean {
  const k = e.key.toLowerCase();
  return OWN_KEYS.has(k) || (FIELD_KEYS.has(k) && isTextBox(e.target));
}

function cycle(root: HTMLElement, back: boolean): void {
  const list = focusables(root);
  if (!list.length) return;
  const at = list.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (back ? list.length - 1 : 0) : (at + (back ? -1 : 1) + list.length) % list.length;
  list[next].focus();
}

/** One listener for all dialogs, on the window's capture phase so it runs before any other of the page. */
function onKey(e: KeyboardEvent): void {
  const top = stack[stack.length - 1];
  if (!top) return;
  const inside = e.target instanceof Node && top.root.contains(e.target);
  if (e.key === 'Tab') {
    e.preventDefault();
    e.stopImmediatePropagation();
    cycle(top.root, e.shiftKey);
  } else if (e.key === 'Escape' && !e.isComposing) {
    e.preventDefault();
    e.stopImmediatePropagation();
    top.close();
  } else if (!inside) {
    // A key aimed at the page behind (or at nothing): it goes nowhere.
    e.preventDefault();
    e.stopImmediatePropagation();
  } else if ((e.ctrlKey || e.metaKey) && !ownKey(e)) {
    // No save, print, find or undo of the browser's own under a dialog either.
    e.preventDefault();
  }
}

/**
 * The browser keeps one undo list for the whole window: Ctrl+Z in a dialog's box, once its own typing is undone,
 * would go on to undo the report's text behind it. An edit anywhere but in the dialog is refused.
 */
function onEdit(e: InputEvent): void {
  const top = stack[stack.length - 1];
  if (top && !(e.target instanceof Node && top.root.contains(e.target))) e.preventDefault();
}

function open(entry: Open): void {
  if (!stack.length) {
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeinput', onEdit, true);
  }
  stack.push(entry);
}

function shut(entry: Open): void {
  const at = stack.indexOf(entry);
  if (at >= 0) stack.splice(at, 1);
  if (!stack.length) {
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('beforeinput', onEdit, true);
  }
}

/** Where the focus goes on arrival: the named element, else the first field, else the default button. */
function firstFocus(card: HTMLElement, initial: string | undefined): HTMLElement {
  if (initial === 'card') return card;
  const named = initial ? card.querySelector<HTMLElement>(initial) : null;
  const field = card.querySelector<HTMLElement>(
    'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])',
  );
  const button = card.querySelector<HTMLElement>('button.default, button.primary');
  return named ?? field ?? button ?? focusables(card)[0] ?? card;
}

interface Props {
  /** the dialog's name, read out on arrival; or `labelledBy`, the id of its title */
  label?: string;
  labelledBy?: string;
  describedBy?: string;
  /** a question that waits for an answer (the confirmation), rather than a dialog to work in */
  alert?: boolean;
  /** what 取消/关闭 does, and so Esc; none while there is nothing to cancel (an export being written) */
  onClose?: () => void;
  /** a selector inside the dialog for the focus on arrival, or 'card' for the dialog itself */
  initial?: string;
  /** classes of the overlay besides `modal`, and of the card besides `card` */
  class?: string;
  cardClass?: string;
  /** the dialog's own keys beyond Tab and Esc (the confirmation's arrow keys) */
  onKeyDown?: (e: KeyboardEvent) => void;
  children: ComponentChildren;
}

export function Dialog(props: Props) {
  const root = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const close = useRef(props.onClose);
  close.current = props.onClose;
  useLayoutEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const entry: Open = { root: root.current!, close: () => close.current?.() };
    open(entry);
    firstFocus(card.current!, props.initial).focus();
    return () => {
      shut(entry);
      // Back to where the user was, unless the dialog's action removed that place.
      const under = stack[stack.length - 1];
      if (back?.isConnected && (!under || under.root.contains(back))) back.focus();
    };
  }, []);
  return (
    <div
      ref={root}
      class={['modal', props.class].filter(Boolean).join(' ')}
      role={props.alert ? 'alertdialog' : 'dialog'}
      aria-modal="true"
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onKeyDown={props.onKeyDown}
      // A click on the shade behind the card keeps the focus where it is, in the dialog.
      onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}
    >
      <div class={['card', props.cardClass].filter(Boolean).join(' ')} ref={card} tabIndex={-1}>
        {props.children}
      </div>
    </div>
  );
}
