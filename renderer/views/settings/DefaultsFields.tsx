/** The defaults a new report starts from: unit, county, section order, signing units and seal. */
import type { Settings } from '../../../electron/core/settings.ts';

interface Props {
  s: Settings;
  setS(s: Settings): void;
}

export function DefaultsFields({ s, setS }: Props) {
  const unit = (i: number, v: string) => {
    const u = [s.signatureUnits[0] ?? '', s.signatureUnits[1] ?? ''];
    u[i] = v;
    setS({ ...s, signatureUnits: u });
  };
  return (
    <>
      <h2>新建报告的默认值</h2>
      <div class="grid3">
        <label>
          单位名称
          <input
            value={s.unitName}
            onInput={(e) => setS({ ...s, unitName: e.currentTarget.value })}
            placeholder="例如：汤郎乡"
          />
        </label>
        <label>
          所属县（市、区）
          <input
            value={s.county}
            onInput={(e) => setS({ ...s, county: e.currentTarget.value })}
            placeholder="例如：禄劝县"
          />
        </label>
        <label>
          章节顺序
          <select value={s.order} onChange={(e) => setS({ ...s, order: e.currentTarget.value as Settings['order'] })}>
            <option value="A">法定顺序（举措成效在前）</option>
            <option value="B">第一责任人在前</option>
          </select>
        </label>
      </div>
      <div class="grid3">
        <label>
          落款单位1
          <input
            value={s.signatureUnits[0] ?? ''}
            onInput={(e) => unit(0, e.currentTarget.value)}
            placeholder="中共XX乡委员会"
          />
        </label>
        <label>
          落款单位2（可选）
          <input
            value={s.signatureUnits[1] ?? ''}
            onInput={(e) => unit(1, e.currentTarget.value)}
            placeholder="XX乡人民政府"
          />
        </label>
        <label class="check">
          <input type="checkbox" checked={s.sealed} onChange={(e) => setS({ ...s, sealed: e.currentTarget.checked })} />{' '}
          加盖印章
        </label>
      </div>
    </>
  );
}
