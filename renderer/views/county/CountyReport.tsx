/**
 * One township's report, read-only, opened from a cell of the county matrix: the cell's state and reason on top,
 * the report below with the evidence paragraph marked and scrolled into view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { documentBlocks, type Block } from '../../../electron/core/document.ts';
import { CELL_MARK, CELL_NAME, type CountyCell } from '../../../electron/core/county/matrix.ts';
import { api, unwrap } from '../../api.ts';

interface Props {
  entryId: string;
  unitName: string;
  item: string;
  cell: CountyCell;
  onBack(): void;
  onError(message: string): void;
}

/** The block that shows the evidence: the paragraph holding its excerpt, else the first of its paragraph field. */
function evidenceIndex(blocks: Block[], cell: CountyCell): number {
  const ev = cell.evidence;
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

export function CountyReport({ entryId, unitName, item, cell, onBack, onError }: Props) {
  const [report, setReport] = useState<Report | null>(null);
  const doc = useRef<HTMLDivElement>(null);
  useEffect(() => {
    unwrap(api().countyReport(entryId)).then(setReport, (e: Error) => onError(e.message));
  }, [entryId]);
  useEffect(() => {
    doc.current?.querySelector('.evidence')?.scrollIntoView({ block: 'center' });
  }, [report]);
  const blocks = report ? documentBlocks(report) : [];
  const at = evidenceIndex(blocks, cell);
  return (
    <main class="county-report">
      <div class="toolbar">
        <button onClick={onBack}>← 返回汇总</button>
        <h1>
          {unitName}
          {report ? `${report.year}年度报告` : ''}（只读）
        </h1>
      </div>
      <p class={`county-why cell ${cell.state}`} role="note">
        <b>
          {item}：{CELL_MARK[cell.state]} {CELL_NAME[cell.state]}
          {cell.twoYears ? '（连续两年）' : ''}
        </b>{' '}
        {cell.reason}
        {!cell.evidence && '报告中没有可标出的段落。'}
      </p>
      <div class="county-doc" ref={doc}>
        {blocks.map((b, i) => (
          <BlockView key={i} b={b} mark={i === at} />
        ))}
      </div>
    </main>
  );
}
