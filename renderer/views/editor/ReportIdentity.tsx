/** Unit, county and year of the report; unit and year also make the title while it is automatic. */
import { retitleForYear } from '../../../electron/core/catalogue.ts';
import { generateTitle } from '../../../electron/core/report-model.ts';
import type { Ctx } from './ctx.ts';
import { isReportYear } from '../../../electron/core/limits.ts';

export function ReportIdentity({ ctx }: { ctx: Ctx }) {
  const { report } = ctx;
  const setUnitOrYear = (fn: () => void) => {
    fn();
    if (report.titleAuto) report.title = generateTitle(report.unitName, report.year);
    ctx.touch();
  };
  return (
    <div class="grid3">
      <label>
        单位名称
        <input
          value={report.unitName}
          onInput={(e) =>
            setUnitOrYear(() => {
              report.unitName = e.currentTarget.value;
            })
          }
        />
      </label>
      <label>
        所属县（市、区）
        <input
          value={report.county}
          onInput={(e) => {
            report.county = e.currentTarget.value;
            ctx.touchMeta();
          }}
        />
      </label>
      <label>
        报告年度
        <input
          inputMode="numeric"
          value={String(report.year)}
          onInput={(e) => {
            const y = Number(e.currentTarget.value);
            if (isReportYear(y) && y !== report.year)
              setUnitOrYear(() => {
                retitleForYear(report.sections, report.year, y);
                report.year = y;
              });
          }}
        />
      </label>
    </div>
  );
}
