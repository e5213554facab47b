/** The part before the sections: unit and year, title, 主送机关, 导语 and the order of the sections. */
import { applyOrder, catalogue } from '../../../electron/core/catalogue.ts';
import { generateTitle } from '../../../electron/core/report-model.ts';
import { PlainText } from '../../components/PlainText.tsx';
import { memo } from 'preact/compat';
import { samePart, type Ctx, type PartProps } from './ctx.ts';
import { ReportIdentity } from './ReportIdentity.tsx';

/** The change handler of a plain-text property of the report. */
function textField(ctx: Ctx, key: 'recipient' | 'preamble') {
  return (v: string) => {
    ctx.report[key] = v;
    ctx.touchMeta();
  };
}

export const HeadPart = memo(function HeadPart({ ctx }: PartProps) {
  const { report } = ctx;
  return (
    <section class="panel depth-0" id="part-head" aria-label="标题、主送机关、导语">
      <ReportIdentity ctx={ctx} />
      <label class="block">
        标题 <small>（随单位和年度自动生成，可修改；换行即为标题分行）</small>
        <PlainText
          multiline
          label="标题"
          value={report.title}
          onChange={(v) => {
            report.title = v;
            report.titleAuto = false;
            ctx.touchMeta();
          }}
        />
      </label>
      {!report.titleAuto && (
        <button
          type="button"
          class="link"
          onClick={() => {
            report.titleAuto = true;
            report.title = generateTitle(report.unitName, report.year);
            ctx.touchMeta();
          }}
        >
          恢复自动标题
        </button>
      )}
      <label class="block">
        主送机关 <small>（例如：中共XX县委、XX县人民政府：）</small>
        <PlainText label="主送机关" value={report.recipient} onChange={textField(ctx, 'recipient')} />
      </label>
      <label class="block">
        导语 <small>（指导思想、依据，以“现将有关情况报告如下：”结尾）</small>
        <PlainText multiline label="导语" value={report.preamble} onChange={textField(ctx, 'preamble')} />
      </label>
      <fieldset class="order">
        <legend>章节顺序</legend>
        {(['A', 'B'] as const).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="order"
              checked={report.order === o}
              onChange={() => {
                report.order = o;
                report.sections = applyOrder(report.sections, o);
                ctx.touch();
              }}
            />{' '}
            {catalogue.orderNames[o]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}, samePart);
