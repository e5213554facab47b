/**
 * One township's report, read-only, opened from the county matrix and fetched then (the matrix itself carries only
 * states and totals): from a cell, that item's state and reason on top and the report below with the evidence
 * paragraph marked and scrolled into view; from the township's name, its gaps and every finding on top, each gap
 * leading to its evidence.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CountyTownship } from '../../../electron/contract.ts';
import { documentBlocks, type Block } from '../../../electron/core/document.ts';
import { CELL_MARK, CELL_NAME, type CountyCell } from '../../../electron/core/county/matrix.ts';
import { api, unwrap } from '../../api.ts';
import { TownshipGaps } from './TownshipGaps.tsx';

interface Props {
  entryId: string;
  unitName: string;
  /** the item whose evidence to show; null: the township's gaps and findings */
  columnId: string | null;
  year: number;
  onBack(): void;
  onError(message: string): void;
}

/** The block that shows the evidence: the paragraph holding its excerpt, else the first of its paragraph field. */
function evidenceIndex(blocks: Block[], cell: CountyCell | undefined): number {
  const ev = cell?.evidence;
  if (!ev?.paragraphId) return -1;
  const own = blocks.flatMap((b, i) => (b.type === 'paragraph' && b.source.paragraphId === ev.paragraphId ? [i] : []));
  const head = ev.excerpt.replace(/^…|…$/g, '').slice(0, 8);
  return own.find((i) => (blocks[i] as { text: string }).text.includes(head)) ?? own[0] ?? -1;
}

function BlockView({ b, mark }: { b: Block; mark: boolean }) {
  switch (b.type) {
    case 'title':
      return <h2 class="doc-title">{b.lines.join('')}</h2>;
    case 'recipient':
      return <p class="doc-flush">{b.text}</p>;
    case 'heading':
      return (
        <h3 class={`doc-h doc-h${b.depth}`}>
          {b.number}
          {b.text}
        </h3>
      );
    case 'paragraph':
      return <p class={mark ? 'doc-p evidence' : 'doc-p'}>{b.text}</p>;
    case 'attachments':
      return <p class="doc-p">附件：{b.items.join('；')}</p>;
    case 'signature':
      return (
        <p class="doc-sign">
          {b.units.join(' ')}
          <br />
          {b.date}
        </p>
      );
  }
}

function CellWhy({ title, cell }: { title: string; cell: CountyCell }) {
  return (
    <p class={`county-why cell ${cell.state}`} role="note">
      <b>
        {title}：{CELL_MARK[cell.state]} {CELL_NAME[cell.state]}
        {cell.twoYears ? '（连续两年）' : ''}
      </b>{' '}
      {cell.reason}
      {!cell.evidence && '报告中没有可标出的段落。'}
    </p>
  );
}

export function CountyReport({ entryId, unitName, columnId, year, onBack, onError }: Props) {
  const [data, setData] = useState<CountyTownship | null>(null);
  const [column, setColumn] = useState(columnId);
  const doc = useRef<HTMLDivElement>(null);
  useEffect(() => {
    unwrap(api().countyTownship(entryId, year)).then(setData, (e: Error) => onError(e.message));
  }, [entryId, year]);
  useEffect(() => {
    doc.current?.querySelector('.evidence')?.scrollIntoView({ block: 'center' });
  }, [data, column]);
  const blocks = data ? documentBlocks(data.report) : [];
  const cell = column ? data?.row.cells[column] : undefined;
  const at = evidenceIndex(blocks, cell);
  const title = data?.columns.find((c) => c.id === column)?.title ?? '';
  return (
    <main class="county-report">
      <div class="toolbar">
        <button onClick={onBack}>← 返回汇总</button>
        <h1>
          {unitName}
          {data ? `${data.report.year}年度报告` : ''}（只读）
        </h1>
        {column && columnId === null && <button onClick={() => setColumn(null)}>← 全部问题</button>}
      </div>
      {data && cell && <CellWhy title={title} cell={cell} />}
      {data && !column && <TownshipGaps row={data.row} columns={data.columns} onItem={setColumn} />}
      <div class="county-doc" ref={doc}>
        {blocks.map((b, i) => (
          <BlockView key={i} b={b} mark={i === at} />
        ))}
      </div>
    </main>
  );
}
