/** Source heading → the section it goes into, each changeable; a target outside the list keeps its own option. */
import type { ImportPreview } from '../../../electron/contract.ts';

interface Props {
  preview: ImportPreview;
  onRemap(sectionId: string, target: string): void;
}

export function MappingTable({ preview: p, onRemap }: Props) {
  return (
    <div class="mapping-wrap">
      <table class="mapping">
        <thead>
          <tr>
            <th>原文标题</th>
            <th>放入</th>
          </tr>
        </thead>
        <tbody>
          {p.mapping.map((m) => (
            <tr key={m.sectionId} class={`level-${m.level}`}>
              <td>{m.sourceHeading}</td>
              <td>
                <select
                  aria-label={`“${m.sourceHeading}”放入`}
                  value={m.target}
                  onChange={(e) => onRemap(m.sectionId, e.currentTarget.value)}
                >
                  {!p.targets.some((t) => t.key === m.target) && <option value={m.target}>{m.targetLabel}</option>}
                  {p.targets.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
