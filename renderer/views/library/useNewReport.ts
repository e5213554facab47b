/** The new-report form's values, checked with the core's rules before the report is created. */
import { useState } from 'preact/hooks';
import type { ReportSummary } from '../../../electron/core/report-model.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import { checkUnitName } from '../../../electron/core/unit-name.ts';
import { api, unwrap } from '../../api.ts';
import { askAnotherReport, sameUnitAndYear } from './another-report.ts';
import type { NewReportForm } from './CreateReportForm.tsx';
import { isReportYear, parseReportYear } from '../../../electron/core/limits.ts';

/** `items`: the library's reports, to ask before a second report of one unit and year. */
export function useNewReport(settings: Settings, onCreated: (id: string) => void, items: ReportSummary[] | null) {
  const [form, setForm] = useState<NewReportForm>({
    unitName: settings.unitName,
    county: settings.county,
    year: String(new Date().getFullYear() - 1),
    order: settings.order,
  });
  const [error, setError] = useState('');
  const create = async (e: Event) => {
    e.preventDefault();
    const year = parseReportYear(form.year);
    const unit = checkUnitName(form.unitName);
    if (!unit.ok) return setError(unit.message);
    if (!isReportYear(year)) return setError('请填写报告年度，例如 2025。');
    const there = sameUnitAndYear(items, unit.value, year);
    if (there && !(await askAnotherReport(there))) return;
    try {
      const r = await unwrap(
        api().createReport({ unitName: unit.value, county: form.county.trim(), year, order: form.order }),
      );
      onCreated(r.id);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return { form, setForm, error, clearError: () => setError(''), create };
}
