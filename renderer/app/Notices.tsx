/**
 * The one notice area above every view: the read-only state (for as long as the window is open), then the notices
 * of notices.ts, at most a few, each with its own close button. A notice of many lines shows the first few.
 */
import { useState } from 'preact/hooks';
import type { Notice } from './notice-queue.ts';
import { dismiss, hold, useNotices } from './notices.ts';

/** Lines of one notice shown before 另有 N 条. */
const SHOWN_LINES = 3;

const CLOSE_LABEL: Record<Notice['level'], string> = { error: '关闭', warning: '知道了', info: '关闭' };

function noticeClass(n: Notice): string {
  const level = n.level === 'error' ? 'error-banner' : n.level === 'info' ? 'info-notice' : '';
  return ['notice', level, n.kind === 'bulk' ? 'undo-notice' : ''].filter(Boolean).join(' ');
}

function NoticeBox({ notice: n }: { notice: Notice }) {
  const [all, setAll] = useState(false);
  const lines = all ? n.lines : n.lines.slice(0, SHOWN_LINES);
  const more = n.lines.length - lines.length;
  return (
    <div
      class={noticeClass(n)}
      role={n.level === 'info' ? 'status' : 'alert'}
      data-kind={n.kind}
      onMouseEnter={() => hold(n.id, true)}
      onMouseLeave={() => hold(n.id, false)}
      onFocusIn={() => hold(n.id, true)}
      onFocusOut={() => hold(n.id, false)}
    >
      <div class="notice-lines">
        {lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
        {more > 0 && (
          <button type="button" class="link" onClick={() => setAll(true)}>
            另有 {more} 条…
          </button>
        )}
      </div>
      {n.action && (
        <button
          type="button"
          class="link"
          onClick={() => {
            dismiss(n.id);
            n.action!.run();
          }}
        >
          {n.action.label}
        </button>
      )}
      <button type="button" onClick={() => dismiss(n.id)}>
        {CLOSE_LABEL[n.level]}
      </button>
    </div>
  );
}

/** `readOnly`: why the data folder is open read-only, or null. */
export function Notices({ readOnly }: { readOnly: string | null }) {
  const notices = useNotices();
  if (!readOnly && notices.length === 0) return null;
  return (
    <div class="notice-area">
      {readOnly && (
        <div class="notice error-banner read-only-banner" role="alert">
          <p>只读：{readOnly}</p>
        </div>
      )}
      {notices.map((n) => (
        <NoticeBox key={n.id} notice={n} />
      ))}
    </div>
  );
}
