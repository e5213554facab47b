/**
 * The outline the import will create, numbered as it will print: each row's source heading, the part it is on
 * (changeable), and what changed — kept as the author's own section, mapped to a part, moved, or a level that
 * differs from the source. A 第一责任人 sub-point gets a one-click offer to move it into that part.
 */
import type { ImportPreview } from '../../../electron/contract.ts';
import type { OutlineRow } from '../../../electron/core/import/preview.ts';

interface Props {
  preview: ImportPreview;
  onRemap(sectionId: string, target: string): void;
}

const CN_LEVEL = ['', '一', '二', '三', '四'];

/** What happened to a row, as the user reads it. */
function changeText(row: OutlineRow): string {
  switch (row.change) {
    case 'own':
      return '保留为自己的部分';
    case 'mapped':
      return `对应：${row.partLabel}`;
    case 'moved':
      return `已移到：${row.partLabel || '自己的部分'}`;
    case 'added':
      return `规定部分（移动后补上的标题）`;
  }
}

/** A sub-area by its own name under its part ("└ 健全依法决策机制"), so the closed select shows what differs. */
function shortLabel(label: string): string {
  const at = label.lastIndexOf(' › ');
  return at < 0 ? label : `└ ${label.slice(at + 3)}`;
}

export function MappingTable({ preview: p, onRemap }: Props) {
  return (
    <div class="mapping-wrap">
      <table class="mapping" aria-label="将创建的提纲">
        <thead>
          <tr>
            <th>将创建的提纲</th>
            <th>原文标题</th>
            <th>放入</th>
            <th>变化</th>
          </tr>
        </thead>
        <tbody>
          {p.outline.map((row) => {
            const m = row.mappingIndex === undefined ? undefined : p.mapping[row.mappingIndex];
            return (
              <tr key={row.sectionId} class={`level-${row.depth} change-${row.change}`} data-change={row.change}>
                <td class="outline-heading">
                  {row.number}
                  {row.heading}
                </td>
                <td class="source-heading">
                  {m?.sourceHeading ?? '—'}
                  {row.sourceLevel !== undefined && (
                    <span class="relevel">
                      （原为{CN_LEVEL[row.sourceLevel]}级，现为{CN_LEVEL[row.depth]}级）
                    </span>
                  )}
                </td>
                <td>
                  {m && (
                    <select
                      aria-label={`“${m.sourceHeading}”放入`}
                      value={m.target}
                      onChange={(e) => onRemap(m.sectionId, e.currentTarget.value)}
                    >
                      {!p.targets.some((t) => t.key === m.target) && <option value={m.target}>{m.targetLabel}</option>}
                      {p.targets.map((t) => (
                        <option key={t.key} value={t.key} title={t.label}>
                          {shortLabel(t.label)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td class="change">
                  <span class={`tag tag-${row.change}`}>{changeText(row)}</span>
                  {m?.offerChief && m.target !== 'chief' && !m.moved && (
                    <button
                      class="offer"
                      aria-label={`把“${m.sourceHeading}”移到第一责任人部分`}
                      onClick={() => onRemap(m.sectionId, 'chief')}
                    >
                      移到第一责任人部分
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
