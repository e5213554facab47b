/**
 * 县级汇总: the township reports the county received, as a coverage matrix. Add files or a whole folder (with a
 * progress bar and a line per unreadable file), filter and sort, open a cell's evidence, paste the county's
 * 工作要点, export the workbook, the Word 汇总表 and the 审核意见单.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CountyState } from '../../../electron/contract.ts';
import { CELL_MARK, CELL_NAME, type CountyRowSummary } from '../../../electron/core/county/matrix.ts';
import { DEFAULT_QUERY, visibleRows, type MatrixQuery } from '../../../electron/core/county/view.ts';
import { api, unwrap } from '../../api.ts';
import { ask } from '../../components/Confirm.tsx';
import { CountyMatrix } from './CountyMatrix.tsx';
import { CountyToolbar } from './CountyToolbar.tsx';
import { useCountyAdd, type AddFailure, type AddProgress } from './useCountyAdd.ts';

interface Props {
  year?: number;
  onBack(): void;
  /** open a township: at one item's evidence, or its whole row (columnId null) */
  onOpen(row: CountyRowSummary, columnId: string | null, year: number): void;
  onError(message: string): void;
}

export function County({ year: startYear, onBack, onOpen, onError }: Props) {
  const [state, setState] = useState<CountyState | null>(null);
  const [year, setYear] = useState<number | undefined>(startYear);
  const [query, setQuery] = useState<MatrixQuery>(DEFAULT_QUERY);
  const [message, setMessage] = useState('');
  const [itemsOpen, setItemsOpen] = useState(false);

  const load = async (y = year) => {
    try {
      setState(await unwrap(api().countyState(y)));
    } catch (e) {
      onError((e as Error).message);
    }
  };
  useEffect(() => void load(), [year]);
  const adder = useCountyAdd((m) => {
    setMessage(m);
    void load();
  }, onError);

  const act = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await p;
    if (!r.ok) onError(r.error?.message ?? '操作没有完成。');
    await load();
  };
  const exportAs = async (kind: 'xlsx' | 'docx' | 'sheets') => {
    const r = await api().countyExport(kind, state?.matrix.year);
    if (r.ok) setMessage(`已导出：${r.value.path}`);
    else if (r.error.code !== 'CANCELLED') onError(r.error.message);
  };

  const m = state?.matrix;
  const rows = useMemo(() => (m ? visibleRows(m, query) : []), [m, query]);
  return (
    <main class="county">
      <CountyToolbar
        state={state}
        query={query}
        setQuery={setQuery}
        busy={adder.progress !== null}
        onBack={onBack}
        onAdd={(folder) => void adder.add(folder)}
        onYear={(y) => setYear(y)}
        onItems={() => setItemsOpen(!itemsOpen)}
        onExport={(k) => void exportAs(k)}
      />
      <AddStatus progress={adder.progress} failures={adder.failures} message={message} />
      {itemsOpen && state && (
        <CountyItemsBox
          lines={state.countyItems}
          onSave={(lines) => {
            setItemsOpen(false);
            void act(api().countyItems(lines));
          }}
        />
      )}
      {m && m.rows.length > 0 && (
        <>
          <Legend />
          <CountyMatrix
            matrix={m}
            rows={rows}
            query={query}
            setQuery={setQuery}
            onOpen={(r, c) => onOpen(r, c, m.year)}
            onReceived={(id, date) => void act(api().countyReceived(id, date))}
            onRemove={(r) => void askRemove(r).then((yes) => (yes ? act(api().countyRemove(r.entryId)) : undefined))}
          />
        </>
      )}
      {state && !m?.rows.length && (
        <p class="muted county-empty">汇总中还没有报告。点击“添加文件夹…”一次读入各乡镇报送的全部报告。</p>
      )}
    </main>
  );
}

function CountyItemsBox({ lines, onSave }: { lines: string[]; onSave(lines: string[]): void }) {
  const [text, setText] = useState(lines.join('\n'));
  return (
    <div class="card county-items">
      <label>
        县工作要点（一行一条，作为每份报告的检查项）
        <textarea rows={5} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button class="primary" onClick={() => onSave(text.split('\n'))}>
        保存要点
      </button>
    </div>
  );
}

function AddStatus({
  progress,
  failures,
  message,
}: {
  progress: AddProgress | null;
  failures: AddFailure[];
  message: string;
}) {
  return (
    <>
      {progress && (
        <div class="county-progress" role="status">
          <progress max={progress.total} value={progress.done} aria-label="读取进度" />
          <span>
            正在读取 {progress.done + 1}/{progress.total}：{progress.current}
          </span>
        </div>
      )}
      {message && (
        <p class="ok county-message" role="status">
          {message}
        </p>
      )}
      {failures.length > 0 && (
        <ul class="county-failures" aria-label="无法读取的文件">
          {failures.map((f) => (
            <li key={f.file}>
              <b>{f.file}</b>：{f.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the marks and colours mean: a mark for every state, so colour is never the only sign. */
function Legend() {
  return (
    <p class="county-legend muted">
      {(['covered', 'partial', 'missing', 'na'] as const).map((s) => (
        <span key={s} class={`cell ${s}`}>
          {CELL_MARK[s]} {CELL_NAME[s]}
        </span>
      ))}
      <span>
        <sup>2</sup> 连续两年未覆盖
      </span>
      <span>点击格子查看依据段落，点击单位名查看全部问题</span>
    </p>
  );
}

/** Removing a township from the 汇总 forgets its review; the file it came from stays where it was. */
function askRemove(r: CountyRowSummary): Promise<boolean> {
  return ask({
    title: `从汇总中移除“${r.unitName}”${r.year}年度报告？`,
    message: `覆盖情况表和导出的汇总中不再有这一行，对这份报告的审核结果一并删去。原文件“${r.fileName}”不受影响，需要时可以重新添加。`,
    confirm: '移除',
    danger: true,
  });
}
