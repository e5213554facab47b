/**
 * The two questions an import may ask besides the mapping: which year the report is for, when the title, the
 * 导语 and the body disagree; and which web/page lines to keep (removed by default, one click each).
 */
import type { ImportPreview } from '../../../electron/contract.ts';

export function YearQuestion({ preview: p, onYear }: { preview: ImportPreview; onYear(year: number): void }) {
  if (!p.yearChoices.length) return null;
  const named = p.yearChoices.map((c) => `${c.from}写的是 ${c.year} 年`).join('，');
  return (
    <p class="year-question" role="group" aria-label="年度不一致">
      <strong>原文的年度不一致：</strong>
      {named}。按
      <select aria-label="报告年度" value={String(p.year)} onChange={(e) => onYear(Number(e.currentTarget.value))}>
        {p.yearChoices.map((c) => (
          <option key={c.year} value={String(c.year)}>
            {c.year} 年（{c.from}）
          </option>
        ))}
      </select>
      导入；另一处会在检查中列为问题。
    </p>
  );
}

export function NoiseLines({
  preview: p,
  onKeep,
}: {
  preview: ImportPreview;
  onKeep(line: number, keep: boolean): void;
}) {
  if (!p.noise.length) return null;
  return (
    <details class="noise-lines" open>
      <summary>网页或文档系统加上的信息行（{p.noise.filter((n) => !n.kept).length} 行将去掉，不是报告正文）</summary>
      <ul>
        {p.noise.map((n) => (
          <li key={n.line} class={n.kept ? 'kept' : 'removed'}>
            <span class="noise-text">{n.text}</span>
            <button aria-label={`${n.kept ? '去掉' : '保留'}“${n.text}”`} onClick={() => onKeep(n.line, !n.kept)}>
              {n.kept ? '去掉' : '保留'}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
