/**
 * The app's one confirmation: a question in the window, not the browser's confirm(). `ask()` shows it and answers
 * true (the action) or false (取消, Esc); `<ConfirmHost />` is mounted once by the app and draws it.
 *
 * It behaves as a Windows message box: the focus moves to the default button (取消 when the action deletes), Enter
 * presses the focused button, the arrow keys move between the buttons; the modal shell (Dialog.tsx) does the rest:
 * Esc cancels, Tab stays among the buttons, no key reaches the page behind, and the focus goes back after.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Dialog } from './Dialog.tsx';

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
    const pending: Pending = {
      question,
      answer(yes) {
        if (open !== pending) return;
        open = null;
        // The shell puts the focus back where the user was as the question goes.
        show?.(null);
        resolve(yes);
      },
    };
    open = pending;
    show(pending);
  });
}

/** A message box's own keys: Enter presses the focused button, the arrow keys move between the buttons. */
function messageBoxKeys(e: KeyboardEvent) {
  const card = e.currentTarget as HTMLElement;
  const list = [...card.querySelectorAll('button')];
  const at = list.indexOf(document.activeElement as HTMLButtonElement);
  if (e.key === 'Enter') {
    e.preventDefault();
    (list[at] ?? card.querySelector<HTMLButtonElement>('button.default'))?.click();
  } else if (e.key.startsWith('Arrow') && at >= 0) {
    e.preventDefault();
    const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
    list[(at + step + list.length) % list.length]?.focus();
  }
}

function ConfirmDialog({ question: q, answer }: Pending) {
  const safe = (q.focus ?? (q.danger ? 'cancel' : 'confirm')) === 'cancel';
  return (
    <Dialog
      alert
      class="confirm-modal"
      cardClass="confirm-card"
      labelledBy="confirm-title"
      describedBy="confirm-message"
      initial="button.default"
      onClose={() => answer(false)}
      onKeyDown={messageBoxKeys}
    >
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
    </Dialog>
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
