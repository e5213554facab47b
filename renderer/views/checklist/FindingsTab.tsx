/** The findings tab: every finding with where it is and why, a one-click fix where there is one, and 全部改正. */
import type { Finding } from '../../../electron/core/lint/index.ts';
import type { CheckResult } from '../../../electron/core/check.ts';
import type { ChecklistPanelProps } from './ChecklistPanel.tsx';
import { useState } from 'preact/hooks';

const SEVERITY_NAMES = { error: '错误', warning: '提示', info: '参考' } as const;

/**
 * Findings rendered at a time. A 60 KB paste can give 15,000 findings; rendering them all took seconds and then
 * made every keystroke re-render them. A page is more than anyone reads; 显示更多 adds the next one.
 */
const PAGE = 200;

interface Props {
  result: CheckResult;
  onJump: ChecklistPanelProps['onJump'];
  onFix(finding: Finding): void;
  onFixAll(findings: Finding[]): void;
}

export function FindingsTab({ result, onJump, onFix, onFixAll }: Props) {
  const fixable = result.findings.filter((f) => f.fix);
  const [shown, setShown] = useState(PAGE);
  const hidden = result.findings.length - shown;
  return (
    <div class="tab-body">
      {fixable.length > 1 && (
        <button
          type="button"
          class="fix-all"
          onClick={() => onFixAll(fixable)}
          title="标点、日期格式、必改错别字等可以直接改正的问题"
        >
          全部改正（{fixable.length} 处）
        </button>
      )}
      {result.findings.length === 0 ? (
        <p class="muted">没有发现问题。</p>
      ) : (
        <ul class="findings">
          {result.findings.slice(0, shown).map((f) => (
            <li key={f.id} class={`finding ${f.severity}`} data-rule={f.rule}>
              <div class="item-head">
                <span class={`badge ${f.severity}`}>{f.grade ?? SEVERITY_NAMES[f.severity]}</span>
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    onJump(f.sectionId, f.paragraphId, []);
                  }}
                >
                  {f.section}
                  {f.paragraph ? ` 第${f.paragraph}段` : ''}
                </a>
              </div>
              <p class="reason">{f.message}</p>
              {f.excerpt && <p class="evidence">{f.excerpt}</p>}
              {f.fix && (
                <button type="button" class="fix" onClick={() => onFix(f)}>
                  改为“{f.fix.to.length > 24 ? f.fix.to.slice(0, 24) + '…' : f.fix.to}”
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" class="show-more" onClick={() => setShown(shown + PAGE)}>
          显示更多（还有 {hidden} 条）
        </button>
      )}
    </div>
  );
}
