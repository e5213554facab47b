/** The part after the sections: signing units, date, seal, and the list of attachments. */
import { PlainText } from '../../components/PlainText.tsx';
import { memo } from 'preact/compat';
import { samePart, type PartProps } from './ctx.ts';

export const SignaturePart = memo(function SignaturePart({ ctx }: PartProps) {
  const { report } = ctx;
  const setUnit = (i: number, value: string) => {
    const units = [report.signature.units[0] ?? '', report.signature.units[1] ?? ''];
    units[i] = value;
    report.signature.units = units[1] ? units : [units[0]].filter(Boolean);
    ctx.touchMeta();
  };
  return (
    <section class="panel depth-0" id="part-sign" aria-label="落款与成文日期">
      <h2>落款与成文日期</h2>
      <div class="grid3">
        {[0, 1].map((i) => (
          <label key={i}>
            落款单位{i + 1}
            {i === 1 ? '（可选）' : null}
            <input
              value={report.signature.units[i] ?? ''}
              placeholder={i === 0 ? `中共${report.unitName}委员会` : `${report.unitName}人民政府`}
              onInput={(e) => setUnit(i, e.currentTarget.value)}
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
  );
}, samePart);
