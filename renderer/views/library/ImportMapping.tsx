/**
 * Import: the user picks an old report (or pastes its text), sees the outline that will be created with what
 * changed marked, may move headings, keep page lines and choose the year, and only then is the report created.
 * Nothing of the source is dropped; the author's outline is kept unless the user moves something.
 */
import { useState } from 'preact/hooks';
import type { ImportPreview, IpcResult } from '../../../electron/contract.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { api, unwrap } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { MappingTable } from './MappingTable.tsx';
import { NoiseLines, YearQuestion } from './ImportChoices.tsx';

/** The mapping check: source heading → section, changeable, then 创建报告. */
export function ImportMapping({
  preview,
  onDone,
  onCancel,
}: {
  preview: ImportPreview;
  onDone(r: Report): void;
  onCancel(): void;
}) {
  const [p, setP] = useState(preview);
  const [error, setError] = useState('');
  // A traditional-character source is converted unless the user unticks it: a report filed with the county is
  // written in simplified characters, and the checks read simplified.
  const [convert, setConvert] = useState(true);
  /** Every change goes to the main process, which answers with the whole new preview. */
  const update = async (call: Promise<IpcResult<ImportPreview>>) => {
    try {
      setP(await unwrap(call));
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remap = (sectionId: string, target: string) => update(api().remapImport(p.token, sectionId, target));

  const create = async () => {
    try {
      onDone(await unwrap(api().commitImport(p.token, !convert)));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Dialog label="确认导入" cardClass="wide mapping-card" onClose={onCancel}>
      <h2>确认导入：{p.title}</h2>
      <p class="muted">
        来源：{p.source} · {p.unitName} · {p.year}{' '}
        年度。下表是将创建的提纲：原文的层级和顺序不变，每个标题对应的规定部分可以修改；对应不上的保留为自己的部分，原文一个字也不会丢。
      </p>
      <YearQuestion preview={p} onYear={(year) => void update(api().setImportYear(p.token, year))} />
      <MappingTable preview={p} onRemap={(sectionId, target) => void remap(sectionId, target)} />
      <NoiseLines preview={p} onKeep={(line, keep) => void update(api().keepImportLine(p.token, line, keep))} />
      {p.matches.length > 0 && (
        <p class="duplicate-note">
          报告库里已有《{p.matches[0].title}》（{p.matches[0].sameText ? '内容相同' : '同一单位、同一年度'}
          ）：创建后是另一份报告，原有的不变。
        </p>
      )}
      {p.warnings.length > 0 && (
        <ul class="warnings">
          {p.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {p.traditional && (
        <label class="check">
          <input type="checkbox" checked={convert} onChange={(e) => setConvert(e.currentTarget.checked)} />
          原文是繁体字：把正文转换为简体字（推荐，上报的报告应使用规范简体字；不勾选则正文保留繁体字）
        </label>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button class="primary" onClick={() => void create()}>
          创建报告
        </button>
        <button onClick={onCancel}>取消</button>
      </div>
    </Dialog>
  );
}
