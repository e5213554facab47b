/**
 * The guided form for one report: an outline on the left, one panel per section and sub-area with its hint,
 * typical figures and an example, and the save status. Numbers are computed from position.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Report, Section, Stat } from '../../electron/core/report-model.ts';
import {
  applyOrder,
  catalogue,
  customSection,
  fillYear,
  retitleForYear,
  specFor,
} from '../../electron/core/catalogue.ts';
import { computeNumbers } from '../../electron/core/numbering.ts';
import { reportChars, sectionChars, statToken, countChars } from '../../electron/core/text.ts';
import { generateTitle, MAX_DEPTH } from '../../electron/core/report-model.ts';
import { previousSection } from '../../electron/core/previous-section.ts';
import { diffTexts, type Piece } from '../diff.ts';
import { newId } from '../../electron/core/ids.ts';
import { PlainText } from '../components/PlainText.tsx';
import { parseStatInput } from '../stat-input.ts';
import { Autosaver, statusText, type SaveStatus } from '../autosave.ts';
import { api, unwrap } from '../api.ts';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import { applyFix, applyFixes, type Finding } from '../../electron/core/lint.ts';
import { ChecklistPanel } from './ChecklistPanel.tsx';

interface Props {
  report: Report;
  autosaveMs: number;
  onClose(): void;
  /** register the editor's flush so menu commands and window closing can save first */
  bindFlush(flush: (() => Promise<boolean>) | null): void;
  onExport(): void;
  onPreview(): void;
}

/**
 * Mutations go straight into the report object; `touch` re-renders and schedules a save. `touch(section)`
 * marks that section and its ancestors changed, so only their panels re-render (a keystroke in a 50× report
 * must not re-render every panel); `touch()` re-renders everything.
 */
interface Ctx {
  report: Report;
  numbers: Map<string, string>;
  versions: Map<string, number>;
  epoch: number;
  /** open findings by paragraph id, shown under the paragraph */
  findings: Map<string, Finding[]>;
  /** last year's report, when this one was carried forward from it */
  previous?: Report;
  touch(section?: Section | null): void;
  /** a change outside the sections (title, 导语, 落款…): no panel needs to re-render */
  touchMeta(): void;
}

interface PanelProps {
  section: Section;
  parent: Section | null;
  siblings: Section[];
  index: number;
  depth: number;
  ctx: Ctx;
  /** changes whenever this section or anything inside it changed */
  version: number;
  number: string | undefined;
  epoch: number;
  /** ids of the findings inside this section, so a panel re-renders when they change */
  findingKey: string;
}

const samePanel = (a: PanelProps, b: PanelProps) =>
  a.section === b.section &&
  a.version === b.version &&
  a.number === b.number &&
  a.index === b.index &&
  a.siblings.length === b.siblings.length &&
  a.epoch === b.epoch &&
  a.depth === b.depth &&
  a.findingKey === b.findingKey;

const DEPTH_NAMES = ['', '一级标题', '二级标题', '三级标题', '四级标题'];

function StatField({ stat, ctx, section }: { stat: Stat; ctx: Ctx; section: Section }) {
  const [text, setText] = useState(stat.value === null ? '' : String(stat.value));
  const [error, setError] = useState('');
  useEffect(() => setText(stat.value === null ? '' : String(stat.value)), [stat.value]);
  const onInput = (v: string) => {
    setText(v);
    const r = parseStatInput(v, stat.kind);
    if (!r.ok) return setError(r.message);
    setError('');
    if (r.value !== stat.value) {
      stat.value = r.value;
      ctx.touch(section);
    }
  };
  const insert = () => {
    const last = section.paragraphs[section.paragraphs.length - 1];
    if (last) last.text = `${last.text}${statToken(stat)}`;
    else section.paragraphs.push({ id: newId(), text: statToken(stat) });
    ctx.touch(section);
  };
  return (
    <div class={`stat ${error ? 'invalid' : ''}`}>
      <label>
        <span class="stat-label">{stat.label}</span>
        <span class="stat-input">
          <input
            type="text"
            inputMode="decimal"
            value={text}
            aria-invalid={!!error}
            aria-label={`${stat.label}（${stat.unit}）`}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <span class="unit">{stat.unit}</span>
        </span>
      </label>
      {stat.lastYear != null && (
        <span class="last-year">
          上年 {stat.lastYear}
          {stat.unit}
        </span>
      )}
      <button
        type="button"
        class="link"
        title="在本节最后一段末尾插入这个数字，导出时显示为数值和单位"
        onClick={insert}
      >
        插入正文
      </button>
      {error && (
        <span class="error stat-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Last year's text beside this year's, with what changed marked. */
function Compare({ before, after }: { before: Section; after: Section }) {
  const { left, right } = diffTexts(
    before.paragraphs.map((p) => p.text).join('\n'),
    after.paragraphs.map((p) => p.text).join('\n'),
  );
  const show = (pieces: Piece[]) =>
    pieces.map((p, i) => (p.changed ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
  return (
    <div class="compare" aria-label="与上年对比">
      <div>
        <h4>上年</h4>
        <div class="compare-text">{show(left)}</div>
      </div>
      <div>
        <h4>今年</h4>
        <div class="compare-text">{show(right)}</div>
      </div>
    </div>
  );
}

/** section id → parent section id */
function parentMap(sections: Section[], parent?: string, out = new Map<string, string>()): Map<string, string> {
  for (const s of sections) {
    if (parent) out.set(s.id, parent);
    parentMap(s.children, s.id, out);
  }
  return out;
}

function move<T>(arr: T[], i: number, d: number): void {
  const j = i + d;
  if (j < 0 || j >= arr.length) return;
  [arr[i], arr[j]] = [arr[j], arr[i]];
}

const SectionPanel = memo(function SectionPanel({ section, parent, siblings, index, depth, ctx, number }: PanelProps) {
  const spec = specFor(section.key);
  const [showExample, setShowExample] = useState(false);
  const [compare, setCompare] = useState(false);
  const before = ctx.previous ? previousSection(ctx.previous, section) : undefined;
  const year = ctx.report.year;
  return (
    <section
      class={`panel depth-${depth}`}
      id={`sec-${section.id}`}
      data-key={section.key ?? 'custom'}
      aria-label={section.heading || '未命名小节'}
    >
      <div class="panel-head">
        <span class="number" title={number ? '序号按位置自动生成' : '本节没有正文，导出时省略'}>
          {number ?? '（空）'}
        </span>
        <PlainText
          label={`${DEPTH_NAMES[depth]}标题`}
          class="heading-input"
          value={section.heading}
          placeholder="小节标题"
          onChange={(v) => {
            section.heading = v.replace(/\n/g, '');
            ctx.touch(section);
          }}
        />
        <span class="count" title="本节字数（含下级）">
          {sectionChars(section)} 字
        </span>
        <span class="panel-tools">
          {before && (
            <button
              type="button"
              class={compare ? 'active' : ''}
              onClick={() => setCompare(!compare)}
              title="与上年报告的同一部分并排比较"
            >
              对比上年
            </button>
          )}
          <button
            type="button"
            title="上移"
            aria-label="上移"
            disabled={index === 0}
            onClick={() => {
              move(siblings, index, -1);
              ctx.touch(parent);
            }}
          >
            ↑
          </button>
          <button
            type="button"
            title="下移"
            aria-label="下移"
            disabled={index === siblings.length - 1}
            onClick={() => {
              move(siblings, index, 1);
              ctx.touch(parent);
            }}
          >
            ↓
          </button>
          {section.key === null && (
            <button
              type="button"
              class="danger"
              title="删除本小节"
              aria-label="删除小节"
              onClick={() => {
                if (confirm(`删除小节“${section.heading || '未命名'}”及其全部内容？`)) {
                  siblings.splice(index, 1);
                  ctx.touch(parent);
                }
              }}
            >
              删除
            </button>
          )}
        </span>
      </div>
      {spec && (
        <div class="hint">
          <p>{fillYear(spec.hint, year)}</p>
          {spec.figures.length > 0 && (
            <p class="figures">常报数字：{spec.figures.map((f) => `${f.label}（${f.unit}）`).join('、')}</p>
          )}
          {spec.example && (
            <p>
              <button type="button" class="link" onClick={() => setShowExample(!showExample)}>
                {showExample ? '收起示例' : '看示例'}
              </button>
              {showExample && <span class="example">{fillYear(spec.example, year)}</span>}
            </p>
          )}
        </div>
      )}
      {compare && before && <Compare before={before} after={section} />}
      {section.stats.length > 0 && (
        <div class="stats">
          {section.stats.map((s) => (
            <StatField key={s.id} stat={s} ctx={ctx} section={section} />
          ))}
        </div>
      )}
      <div class="paragraphs">
        {section.paragraphs.map((p, i) => (
          <div class={`para ${p.inherited ? 'inherited' : ''}`} key={p.id} data-pid={p.id}>
            <div class="para-main">
              <PlainText
                multiline
                label={`${number ?? ''}${section.heading} 第${i + 1}段`}
                value={p.text}
                placeholder="在这里写正文。一段写一件事；换行即另起一段。"
                onChange={(v) => {
                  p.text = v;
                  delete p.inherited;
                  ctx.touch(section);
                }}
              />
              {(ctx.findings.get(p.id) ?? []).map((f) => (
                <p key={f.id} class={`inline-finding ${f.severity}`} role="note">
                  {f.grade ? `【${f.grade}】` : ''}
                  {f.message}
                </p>
              ))}
            </div>
            <div class="para-tools">
              <span class="count">{countChars(p.text)} 字</span>
              {p.inherited && (
                <span class="inherited-tag" title="这一段从上年报告沿用，还没有修改过">
                  沿用上年
                </span>
              )}
              <button
                type="button"
                title="删除本段"
                aria-label="删除本段"
                onClick={() => {
                  if (!p.text.trim() || confirm('删除这一段？')) {
                    section.paragraphs.splice(i, 1);
                    ctx.touch(section);
                  }
                }}
              >
                ×
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          class="add"
          onClick={() => {
            section.paragraphs.push({ id: newId(), text: '' });
            ctx.touch(section);
          }}
        >
          ＋ 添加段落
        </button>
        {depth < MAX_DEPTH && (
          <button
            type="button"
            class="add"
            onClick={() => {
              section.children.push(customSection());
              ctx.touch(section);
            }}
          >
            ＋ 添加下级小节
          </button>
        )}
      </div>
      {section.children.map((c, i) => panel(ctx, c, section, section.children, i, depth + 1))}
    </section>
  );
}, samePanel);

function findingKey(ctx: Ctx, section: Section): string {
  let key = '';
  for (const p of section.paragraphs) for (const f of ctx.findings.get(p.id) ?? []) key += f.id + '|';
  for (const c of section.children) key += findingKey(ctx, c);
  return key;
}

function panel(ctx: Ctx, section: Section, parent: Section | null, siblings: Section[], index: number, depth: number) {
  return (
    <SectionPanel
      key={section.id}
      section={section}
      parent={parent}
      siblings={siblings}
      index={index}
      depth={depth}
      ctx={ctx}
      version={ctx.versions.get(section.id) ?? 0}
      number={ctx.numbers.get(section.id)}
      epoch={ctx.epoch}
      findingKey={findingKey(ctx, section)}
    />
  );
}

function Outline({ ctx }: { ctx: Ctx }) {
  const go = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });
  const item = (s: Section, depth: number) => (
    <li key={s.id} class={`depth-${depth} ${ctx.numbers.has(s.id) ? '' : 'empty'}`}>
      <a
        href="#"
        onClick={(e) => {
          e.preventDefault();
          go(`sec-${s.id}`);
        }}
      >
        <span class="num">{ctx.numbers.get(s.id) ?? '○'}</span>
        <span class="text">{s.heading || '未命名小节'}</span>
        <span class="count">{sectionChars(s)}</span>
      </a>
      {depth < 2 && s.children.length > 0 && <ul>{s.children.map((c) => item(c, depth + 1))}</ul>}
    </li>
  );
  return (
    <nav class="outline" aria-label="章节导航">
      <ul>
        <li>
          <a
            href="#"
            onClick={(e) => {
              e.preventDefault();
              go('part-head');
            }}
          >
            <span class="num">▪</span>
            <span class="text">标题、主送机关、导语</span>
          </a>
        </li>
        {ctx.report.sections.map((s) => item(s, 1))}
        <li>
          <a
            href="#"
            onClick={(e) => {
              e.preventDefault();
              go('part-sign');
            }}
          >
            <span class="num">▪</span>
            <span class="text">落款与成文日期</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}

export function Editor({ report, autosaveMs, onClose, bindFlush, onExport, onPreview }: Props) {
  const [tick, setTick] = useState(0);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saver = useRef<Autosaver | null>(null);
  if (!saver.current) {
    saver.current = new Autosaver(
      async () => {
        const r = await api().saveReport(report);
        // The print preview's draft footer shows when the report was last saved.
        if (r.ok) report.updatedAt = r.value.savedAt;
        return r;
      },
      setStatus,
      autosaveMs,
    );
  }

  useEffect(() => {
    const s = saver.current!;
    bindFlush(() => s.flush());
    return () => {
      bindFlush(null);
      void s.flush().then(() => s.dispose());
    };
  }, [report.id]);
  useEffect(() => {
    saver.current!.delayMs = autosaveMs;
  }, [autosaveMs]);

  const versions = useRef(new Map<string, number>()).current;
  const [epoch, setEpoch] = useState(0);
  const [previous, setPrevious] = useState<Report | undefined>(undefined);
  const [check, setCheck] = useState<CheckResult>(() => checkReport(report));

  // Last year's report, for 去年承诺 and 照搬上年.
  useEffect(() => {
    if (!report.previousId) return;
    unwrap(api().getReport(report.previousId)).then(
      (p) => {
        setPrevious(p);
        setEpoch((e) => e + 1);
      },
      () => undefined,
    );
  }, [report.previousId]);
  // Re-check a moment after changes stop; typing is never held up by it.
  useEffect(() => {
    const t = setTimeout(() => setCheck(checkReport(report, { previous })), 300);
    return () => clearTimeout(t);
  }, [tick, epoch, previous]);

  const findings = new Map<string, Finding[]>();
  for (const f of check.findings) {
    if (!f.paragraphId || f.severity === 'info') continue;
    const list = findings.get(f.paragraphId) ?? [];
    list.push(f);
    findings.set(f.paragraphId, list);
  }
  const ctx: Ctx = {
    report,
    numbers: computeNumbers(report.sections),
    versions,
    epoch,
    findings,
    previous,
    touch(section) {
      if (section) {
        const parents = parentMap(report.sections);
        for (let id: string | undefined = section.id; id; id = parents.get(id))
          versions.set(id, (versions.get(id) ?? 0) + 1);
        setTick((t) => t + 1);
      } else {
        setEpoch((e) => e + 1);
      }
      saver.current!.changed();
    },
    touchMeta() {
      setTick((t) => t + 1);
      saver.current!.changed();
    },
  };
  const total = reportChars(report);

  const jump = (sectionId: string | undefined, paragraphId: string | undefined, keys: string[]) => {
    let target: HTMLElement | null = null;
    if (paragraphId) target = document.querySelector(`[data-pid="${CSS.escape(paragraphId)}"]`);
    if (!target && sectionId) target = document.getElementById(`sec-${sectionId}`);
    if (!target) {
      for (const k of keys) {
        target = document.querySelector(`section.panel[data-key="${CSS.escape(k)}"]`);
        if (target) break;
      }
    }
    if (!target && keys.length === 0 && !sectionId) target = document.getElementById('part-sign');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash');
    void target.offsetWidth;
    target.classList.add('flash');
    (target.querySelector('textarea') as HTMLTextAreaElement | null)?.focus({ preventScroll: true });
  };
  const fix = (f: Finding) => {
    Object.assign(report, applyFix(report, f));
    ctx.touch();
  };
  const fixAll = (fs: Finding[]) => {
    Object.assign(report, applyFixes(report, fs));
    ctx.touch();
  };

  const setUnitOrYear = (fn: () => void) => {
    fn();
    if (report.titleAuto) report.title = generateTitle(report.unitName, report.year);
    ctx.touch();
  };

  return (
    <div class="editor">
      <header class="toolbar">
        <button
          type="button"
          onClick={async () => {
            await saver.current!.flush();
            onClose();
          }}
          title="回到报告列表"
        >
          ← 报告列表
        </button>
        <h1 title={report.title}>{report.title || '未命名报告'}</h1>
        <span class={`save-status ${status.kind}`} role="status" aria-live="polite">
          {statusText(status)}
        </span>
        <button type="button" onClick={() => void saver.current!.flush()} title="Ctrl+S">
          保存
        </button>
        <button type="button" onClick={onPreview} title="Ctrl+P 打印">
          打印预览
        </button>
        <button type="button" class="primary" onClick={onExport} title="Ctrl+E">
          导出 Word
        </button>
      </header>
      <div class="workspace">
        <Outline ctx={ctx} />
        <div class="form">
          <section class="panel depth-0" id="part-head" aria-label="标题、主送机关、导语">
            <div class="grid3">
              <label>
                单位名称
                <input
                  value={report.unitName}
                  onInput={(e) =>
                    setUnitOrYear(() => {
                      report.unitName = e.currentTarget.value;
                    })
                  }
                />
              </label>
              <label>
                所属县（市、区）
                <input
                  value={report.county}
                  onInput={(e) => {
                    report.county = e.currentTarget.value;
                    ctx.touchMeta();
                  }}
                />
              </label>
              <label>
                报告年度
                <input
                  inputMode="numeric"
                  value={String(report.year)}
                  onInput={(e) => {
                    const y = Number(e.currentTarget.value);
                    if (Number.isInteger(y) && y >= 2000 && y <= 2100 && y !== report.year)
                      setUnitOrYear(() => {
                        retitleForYear(report.sections, report.year, y);
                        report.year = y;
                      });
                  }}
                />
              </label>
            </div>
            <label class="block">
              标题 <small>（随单位和年度自动生成，可修改；换行即为标题分行）</small>
              <PlainText
                multiline
                label="标题"
                value={report.title}
                onChange={(v) => {
                  report.title = v;
                  report.titleAuto = false;
                  ctx.touchMeta();
                }}
              />
            </label>
            {!report.titleAuto && (
              <button
                type="button"
                class="link"
                onClick={() => {
                  report.titleAuto = true;
                  report.title = generateTitle(report.unitName, report.year);
                  ctx.touchMeta();
                }}
              >
                恢复自动标题
              </button>
            )}
            <label class="block">
              主送机关 <small>（例如：中共XX县委、XX县人民政府：）</small>
              <PlainText
                label="主送机关"
                value={report.recipient}
                onChange={(v) => {
                  report.recipient = v;
                  ctx.touchMeta();
                }}
              />
            </label>
            <label class="block">
              导语 <small>（指导思想、依据，以“现将有关情况报告如下：”结尾）</small>
              <PlainText
                multiline
                label="导语"
                value={report.preamble}
                onChange={(v) => {
                  report.preamble = v;
                  ctx.touchMeta();
                }}
              />
            </label>
            <fieldset class="order">
              <legend>章节顺序</legend>
              {(['A', 'B'] as const).map((o) => (
                <label key={o}>
                  <input
                    type="radio"
                    name="order"
                    checked={report.order === o}
                    onChange={() => {
                      report.order = o;
                      report.sections = applyOrder(report.sections, o);
                      ctx.touch();
                    }}
                  />{' '}
                  {catalogue.orderNames[o]}
                </label>
              ))}
            </fieldset>
          </section>
          {report.sections.map((s, i) => panel(ctx, s, null, report.sections, i, 1))}
          <button
            type="button"
            class="add top-add"
            onClick={() => {
              report.sections.push(customSection());
              ctx.touch();
            }}
          >
            ＋ 添加一级小节
          </button>
          <section class="panel depth-0" id="part-sign" aria-label="落款与成文日期">
            <h2>落款与成文日期</h2>
            <div class="grid3">
              {[0, 1].map((i) => (
                <label key={i}>
                  落款单位{i + 1}
                  {i === 1 ? '（可选）' : ''}
                  <input
                    value={report.signature.units[i] ?? ''}
                    placeholder={i === 0 ? `中共${report.unitName}委员会` : `${report.unitName}人民政府`}
                    onInput={(e) => {
                      const units = [report.signature.units[0] ?? '', report.signature.units[1] ?? ''];
                      units[i] = e.currentTarget.value;
                      report.signature.units = units[1] ? units : [units[0]].filter(Boolean);
                      ctx.touchMeta();
                    }}
                  />
                </label>
              ))}
              <label>
                成文日期
                <input
                  type="date"
                  value={report.signature.date}
                  onInput={(e) => {
                    report.signature.date = e.currentTarget.value;
                    ctx.touchMeta();
                  }}
                />
              </label>
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={report.signature.sealed}
                onChange={(e) => {
                  report.signature.sealed = e.currentTarget.checked;
                  ctx.touchMeta();
                }}
              />{' '}
              加盖印章（日期右空四字，单位居中于日期之上）
            </label>
            <label class="block">
              附件说明 <small>（可选，一行一个附件名称）</small>
              <PlainText
                multiline
                label="附件说明"
                value={report.attachments.join('\n')}
                onChange={(v) => {
                  report.attachments = v.split('\n').slice(0, 20);
                  ctx.touchMeta();
                }}
              />
            </label>
          </section>
        </div>
        <ChecklistPanel
          report={report}
          result={check}
          onJump={jump}
          onFix={fix}
          onFixAll={fixAll}
          onChange={() => ctx.touchMeta()}
        />
      </div>
      <footer class="statusbar">
        <span>
          全文 <b class="total-chars">{total.toLocaleString('zh-CN')}</b> 字
        </span>
        <span>
          {report.unitName} · {report.year} 年度
        </span>
        <span class={`save-status ${status.kind}`}>{statusText(status)}</span>
      </footer>
    </div>
  );
}
