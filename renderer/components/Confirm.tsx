/**
 * The app's one confirmation: a question in the window, not the browser's confirm(). `ask()` shows it and answers
 * true (the action) or false (取消, Esc); `<ConfirmHost />` is mounted once by the app and draws it.
 *
 * It behaves as a Windows message box: the focus moves to the default button (取消 when the action deletes), Enter
 * presses the focused button, Esc cancels, Tab stays among the buttons, and no key reaches the page behind (no
 * Ctrl+Z undoing under the question, no Ctrl+S, no find). When it closes the focus goes back where it was.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Question {
  /** the question itself, short: 删除小节“…”？ */
  title: string;
  /** what happens if the user goes on, and how to take it back */
  message: ComponentChildren;
  /** the action's button: 删除, 移除, 仍然离开 */
  confirm: string;
  /** the other button; 取消 unless named */
  cancel?: string;
  /** the action removes something: its button is red, and 取消 is the default button */
  danger?: boolean;
  /** which button has the focus on arrival, when not as `danger` says */
  focus?: 'confirm' | 'cancel';
}

interface Pending {
  question: Question;
  answer(yes: boolean): void;
}

let show: ((p: Pending | null) => void) | null = null;
let open: Pending | null = null;

/** Ask the question; resolves when the user answers. Without a host (no app mounted) the answer is no. */
export function ask(question: Question): Promise<boolean> {
  return new Promise((resolve) => {
    if (!show || open) return resolve(false);
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const pending: Pending = {
      question,
      answer(yes) {
        if (open !== pending) return;
        open = null;
        show?.(null);
        // Back to where the user was; an action that removes that place leaves the focus on the page.
        if (back?.isConnected) back.focus();
        resolve(yes);
      },
    };
    open = pending;
    show(pending);
  });
}

/** True while a question is on screen: menu commands wait for the answer as the keys do. */
export function confirmOpen(): boolean {
  return open !== null;
}

/** Keys while the question is open: its own, and none for the page behind. */
function useModalKeys(card: { current: HTMLDivElement | null }, answer: (yes: boolean) => void) {
  useEffect(() => {
    const buttons = () => [...(card.current?.querySelectorAll('button') ?? [])];
    const onKey = (e: KeyboardEvent) => {
      // Capture on the window runs before every other listener of the page: stopping here keeps them out.
      e.stopImmediatePropagation();
      const list = buttons();
      const at = list.indexOf(document.activeElement as HTMLButtonElement);
      if (e.key === 'Escape' && !e.isComposing) {
        e.preventDefault();
        answer(false);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        (list[at] ?? card.current?.querySelector<HTMLButtonElement>('button.default'))?.click();
      } else if (e.key === 'Tab') {
        e.preventDefault();
        const step = e.shiftKey ? -1 : 1;
        list[(at + step + list.length) % list.length]?.focus();
      } else if (e.key.startsWith('Arrow') && at >= 0) {
        // A message box moves between its buttons with the arrow keys too.
        e.preventDefault();
        const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
        list[(at + step + list.length) % list.length]?.focus();
      } else if (e.ctrlKey || e.metaKey || at < 0) e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [answer]);
}

function ConfirmDialog({ question: q, answer }: Pending) {
  const card = useRef<HTMLDivElement>(null);
  const safe = (q.focus ?? (q.danger ? 'cancel' : 'confirm')) === 'cancel';
  useLayoutEffect(() => card.current?.querySelector<HTMLButtonElement>('button.default')?.focus(), [q]);
  useModalKeys(card, answer);
  return (
    <div
      class="modal confirm-modal"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
    >
      <div class="card confirm-card" ref={card}>
        <h2 id="confirm-title">{q.title}</h2>
        <div class="confirm-message" id="confirm-message">
          {q.message}
        </div>
        <div class="actions">
          <button
            type="button"
            class={[q.danger ? 'danger' : 'primary', safe ? '' : 'default'].join(' ').trim()}
            onClick={() => answer(true)}
          >
            {q.confirm}
          </button>
          <button type="button" class={safe ? 'default' : ''} onClick={() => answer(false)}>
            {q.cancel ?? '取消'}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Draws the open question, if any; mounted once, over everything else. */
export function ConfirmHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => {
    show = setPending;
    return () => {
      // The app goes away: an open question is answered no, so nothing waits for ever.
      open?.answer(false);
      show = null;
    };
  }, []);
  return pending && <ConfirmDialog {...pending} />;
}
