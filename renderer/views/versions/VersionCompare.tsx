/** Two versions side by side, part by part (matched by section), with what differs marked; unchanged parts folded. */
import { useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { pairParts } from '../../../electron/core/versions/parts.ts';
import type { VersionMeta } from '../../../electron/core/versions/model.ts';
import { versionName } from './VersionList.tsx';
import { CompareTexts } from '../editor/Compare.tsx';
import { Dialog } from '../../components/Dialog.tsx';

export interface Side {
  meta: VersionMeta;
  report: Report;
}

const name = (s: Side) => versionName(s.meta);

export function VersionCompare({ older, newer, onClose }: { older: Side; newer: Side; onClose(): void }) {
  const [all, setAll] = useState(false);
  const pairs = pairParts(older.report, newer.report);
  const changed = pairs.filter((p) => p.before !== p.after);
  const shown = all ? pairs : changed;
  return (
    <Dialog label="版本对比" cardClass="wide version-compare" onClose={onClose}>
      <h2>版本对比</h2>
      <p class="muted">
        左：{name(older)}　右：{name(newer)}。
        {changed.length ? `有 ${changed.length} 处不同。` : '两个版本的文字相同。'}
      </p>
      <label>
        <input type="checkbox" checked={all} onChange={() => setAll(!all)} /> 也显示没有改动的部分
      </label>
      <div class="version-compare-parts">
        {shown.map((p) => (
          <section key={p.key} class={p.before === p.after ? 'same' : 'changed'}>
            <h3>{p.name}</h3>
            <CompareTexts label={`${p.name}的对比`} names={['较早', '较新']} before={p.before} after={p.after} />
          </section>
        ))}
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
