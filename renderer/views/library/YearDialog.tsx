/**
 * 更新年份, after 新建下一年度报告: every mention of last year (and of its next year) in the carried-over text,
 * with its context and a tick where the year should move on, for the user to review before it changes.
 */
import { useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import type { YearMention } from '../../../electron/core/year-mentions.ts';
import { Dialog } from '../../components/Dialog.tsx';

interface Props {
  report: Report;
  mentions: YearMention[];
  onApply(chosen: YearMention[]): void;
  onSkip(): void;
}

export function YearDialog({ report, mentions, onApply, onSkip }: Props) {
  const [ticked, setTicked] = useState(() => mentions.map((m) => m.proposed));
  const chosen = mentions.filter((_, i) => ticked[i]);
  const toggle = (i: number) => setTicked(ticked.map((t, j) => (j === i ? !t : t)));
  return (
    <Dialog label="更新年份" cardClass="wide year-card" onClose={onSkip}>
      <h3>
        更新年份：{report.year - 1} → {report.year}
      </h3>
      <p class="muted">
        新报告沿用了上年的正文。下面是正文中的年份，勾选的将改为新的年份；书名号、文号、“以来”等处默认不改。
      </p>
      <ul class="year-mentions">
        {mentions.map((m, i) => (
          <li key={i} class={m.proposed ? '' : 'kept'}>
            <label>
              <input type="checkbox" checked={ticked[i]} onChange={() => toggle(i)} />
              <span class="context">
                {m.before.length > 0 && '…'}
                {m.before}
                <mark>{m.year}</mark>
                {m.after}
                {m.after.length > 0 && '…'}
              </span>
              <span class="to">→ {m.to}</span>
            </label>
            {m.reason && <small class="reason">{m.reason}</small>}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button class="primary" onClick={() => onApply(chosen)}>
          更新勾选的 {chosen.length} 处
        </button>
        <button onClick={onSkip}>都不改，直接打开</button>
      </div>
    </Dialog>
  );
}
