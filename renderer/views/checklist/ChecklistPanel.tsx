/**
 * The reviewer in the box: completeness, every checklist item with its state and why, the user's marks
 * (已确认 / 不适用 with a reason), the county's extra items, and the quality findings with one-click fixes.
 */
import { useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Report } from '../../../electron/core/report-model.ts';
import type { CheckResult } from '../../../electron/core/check.ts';
import type { ChecklistItemResult } from '../../../electron/core/checklist.ts';
import { stateName, validateMark } from '../../../electron/core/checklist.ts';
import type { Finding } from '../../../electron/core/lint.ts';
import { isIncompleteMandatory } from '../../../electron/core/export-review.ts';
import { PlainText } from '../../components/PlainText.tsx';

interface Props {
  report: Report;
  result: CheckResult;
  /** jump to a section (and paragraph) in the form */
  onJump(sectionId: string | undefined, paragraphId: string | undefined, sectionKeys: string[]): void;
  onFix(finding: Finding): void;
  /** apply every mechanical fix at once */
  onFixAll(findings: Finding[]): void;
  /** marks and county items changed */
  onChange(): void;
}

const LEVEL_NAMES = { M: '必备', R: '应有', O: '可选' } as const;
const SEVERITY_NAMES = { error: '错误', warning: '提示', info: '参考' } as const;

function Item({
  item,
  report,
  onJump,
  onChange,
}: {
  item: ChecklistItemResult;
  report: Report;
  onJump: Props['onJump'];
  onChange(): void;
}) {
  const [naOpen, setNaOpen] = useState(false);
  const [reason, setReason] = useState(item.markReason ?? '');
  const [error, setError] = useState('');
  const mark = report.marks[item.id];
  const setMark = (next: Report['marks'][string] | null) => {
    if (next) {
      const problem = validateMark(next);
      if (problem) return setError(problem);
      report.marks[item.id] = next;
    } else delete report.marks[item.id];
    setError('');
    setNaOpen(false);
    onChange();
  };
  return (
    <li class={`item state-${item.state} level-${item.level}`} data-id={item.id}>
      <div class="item-head">
        <span class={`badge ${item.state}`}>{stateName(item.state)}</span>
        <a
          href="#"
          class="item-title"
          onClick={(e) => {
            e.preventDefault();
            onJump(item.evidence?.sectionId, item.evidence?.paragraphId, item.sectionKeys);
          }}
        >
          {item.title}
        </a>
        <span class="level" title={item.level === 'M' ? '规定必须报告的内容' : ''}>
          {item.source === 'county' ? '县要点' : item.source === 'promise' ? '去年承诺' : LEVEL_NAMES[item.level]}
        </span>
      </div>
      <p class="reason">{item.reason}</p>
      {item.evidence && (
        <p class="evidence" title={item.evidence.excerpt}>
          {item.evidence.label}：{item.evidence.excerpt}
        </p>
      )}
      {item.state === 'na' && item.markReason && <p class="evidence">不适用理由：{item.markReason}</p>}
      <div class="item-actions">
        {mark ? (
          <button type="button" class="link" onClick={() => setMark(null)}>
            撤销标记
          </button>
        ) : (
          <>
            {item.computedState !== 'covered' && (
              <button type="button" class="link" onClick={() => setMark({ state: 'confirmed' })}>
                已确认
              </button>
            )}
            <button type="button" class="link" onClick={() => setNaOpen(!naOpen)}>
              不适用…
            </button>
          </>
        )}
      </div>
      {naOpen && (
        <div class="na-form">
          <input
            aria-label={`“${item.title}”不适用的理由`}
            placeholder="理由（必填），例如：本年度无行政复议案件"
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="button" onClick={() => setMark({ state: 'na', reason: reason.trim() || undefined })}>
            确定
          </button>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** Re-renders only when a new check result arrives, not on every keystroke in the form. */
export const ChecklistPanel = memo(
  function ChecklistPanel({ report, result, onJump, onFix, onFixAll, onChange }: Props) {
    const [tab, setTab] = useState<'items' | 'findings'>('items');
    const [countyOpen, setCountyOpen] = useState(false);
    const open = result.findings.filter((f) => f.severity !== 'info');
    const fixable = result.findings.filter((f) => f.fix);
    const mMissing = result.checklist.filter(isIncompleteMandatory).length;
    return (
      <aside class="checklist" aria-label="检查清单">
        <div class="meter" title="必备项权重最高">
          <div class="meter-label">
            完整度 <b class="completeness">{result.completeness}</b>%
            {mMissing > 0 && <span class="m-missing">（必备项 {mMissing} 项未完成）</span>}
          </div>
          <div class="meter-bar">
            <div class="meter-fill" style={{ width: `${result.completeness}%` }} />
          </div>
        </div>
        <div class="tabs" role="tablist">
          <button
            role="tab"
            aria-selected={tab === 'items'}
            class={tab === 'items' ? 'active' : ''}
            onClick={() => setTab('items')}
          >
            检查项 {result.checklist.length}
          </button>
          <button
            role="tab"
            aria-selected={tab === 'findings'}
            class={tab === 'findings' ? 'active' : ''}
            onClick={() => setTab('findings')}
          >
            问题 <span class="findings-count">{open.length}</span>
          </button>
        </div>
        {tab === 'items' ? (
          <div class="tab-body">
            <ul class="items">
              {result.checklist.map((i) => (
                <Item key={i.id} item={i} report={report} onJump={onJump} onChange={onChange} />
              ))}
            </ul>
            <div class="county">
              <button type="button" class="link" onClick={() => setCountyOpen(!countyOpen)}>
                {countyOpen ? '收起' : '添加县里的工作要点…'}
              </button>
              {countyOpen && (
                <label class="block">
                  把县《法治政府建设工作要点》粘贴在这里，一行一条，每条成为一个检查项：
                  <PlainText
                    multiline
                    label="县工作要点"
                    value={report.countyItems.join('\n')}
                    onChange={(v) => {
                      report.countyItems = v
                        .split('\n')
                        .map((l) => l.trim())
                        .filter(Boolean)
                        .slice(0, 200);
                      onChange();
                    }}
                  />
                </label>
              )}
            </div>
          </div>
        ) : (
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
                {result.findings.map((f) => (
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
          </div>
        )}
      </aside>
    );
  },
  (a, b) => a.result === b.result && a.report === b.report,
);
