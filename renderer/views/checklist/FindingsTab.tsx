/**
 * The findings tab: every finding with where it is and why, a one-click fix where there is one, and 全部改正.
 * A grouped finding (全文 N 处半角标点) shows its count, a list of its places to unfold, and one button that
 * fixes every place.
 */
import { fixPreview, type Finding } from '../../../electron/core/lint/index.ts';
import { labels, severityName } from '../../../electron/core/labels.ts';
import type { CheckResult } from '../../../electron/core/check.ts';
import type { ChecklistPanelProps } from './ChecklistPanel.tsx';
import { useState } from 'preact/hooks';
import { memo } from 'preact/compat';

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

/** How many places a finding's fix changes: one, or each place of a group. */
export const editCount = (f: Finding) => (f.fix ? (f.fix.edits?.length ?? 1) : 0);

function Where({ f, onJump }: { f: Finding; onJump: Props['onJump'] }) {
  return (
    <a
      href="#"
      onClick={(e) => {
        e.preventDefault();
        onJump(f.sectionId, f.paragraphId, [], f.field);
      }}
    >
      {f.section}
      {f.paragraph ? ` 第${f.paragraph}段` : ''}
    </a>
  );
}

/** The places of a grouped finding, folded until asked for. */
function Places({ group, onJump }: { group: Finding; onJump: Props['onJump'] }) {
  const places = group.places ?? [];
  return (
    <details class="places">
      <summary>查看全部 {places.length} 处</summary>
      <ul>
        {places.map((p) => (
          <li key={p.id} class="place">
            <Where f={p} onJump={onJump} />
            {p.excerpt && (
              <span class="evidence" title={p.excerpt}>
                {p.excerpt}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

function FixButton({ f, onFix }: { f: Finding; onFix: Props['onFix'] }) {
  if (!f.fix) return null;
  if (f.places)
    return (
      <button type="button" class="fix fix-group" onClick={() => onFix(f)}>
        全部改正这 {editCount(f)} 处
      </button>
    );
  const shown = fixPreview(f.fix);
  return (
    <button type="button" class="fix" onClick={() => onFix(f)} title={`“${shown.from}”改为“${shown.to}”`}>
      改为“{shown.to}”
    </button>
  );
}

/**
 * One finding. Memoized on the finding: a check result keeps the objects of the findings it left unchanged
 * (check/protocol.ts), so after a check only the changed rows render again.
 */
const FindingRow = memo(
  function FindingRow({ f, onJump, onFix }: { f: Finding; onJump: Props['onJump']; onFix: Props['onFix'] }) {
    return (
      <li
        key={f.id}
        class={`finding ${f.severity}${f.places ? ' group' : ''}`}
        data-rule={f.rule}
        data-count={f.places?.length}
      >
        <div class="item-head">
          <span class={`badge ${f.severity}`} title={labels.severities[f.severity].hint}>
            {f.grade ?? severityName(f.severity)}
          </span>
          {f.places ? <span class="count">共 {f.places.length} 处</span> : <Where f={f} onJump={onJump} />}
        </div>
        <p class="reason">{f.message}</p>
        {f.places ? (
          <Places group={f} onJump={onJump} />
        ) : f.excerpt ? (
          <p class="evidence" title={f.excerpt}>
            {f.excerpt}
          </p>
        ) : null}
        <FixButton f={f} onFix={onFix} />
      </li>
    );
  },
  (a, b) => a.f === b.f,
);

export function FindingsTab({ result, onJump, onFix, onFixAll }: Props) {
  const fixable = result.findings.filter((f) => f.fix);
  const edits = fixable.reduce((n, f) => n + editCount(f), 0);
  const [shown, setShown] = useState(PAGE);
  const hidden = result.findings.length - shown;
  return (
    <div class="tab-body">
      {edits > 1 && (
        <button
          type="button"
          class="fix-all"
          onClick={() => onFixAll(fixable)}
          title="标点、日期格式、必改错别字等可以直接改正的问题"
        >
          全部改正（{edits} 处）
        </button>
      )}
      {result.findings.length === 0 ? (
        <p class="muted">没有发现问题。</p>
      ) : (
        <ul class="findings">
          {result.findings.slice(0, shown).map((f) => (
            <FindingRow key={f.id} f={f} onJump={onJump} onFix={onFix} />
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
