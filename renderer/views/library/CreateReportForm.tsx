/** 新建年度报告: unit, county, year and section order. The values stay while the form is closed and reopened. */
import type { Settings } from '../../../electron/core/settings.ts';

export interface NewReportForm {
  unitName: string;
  county: string;
  year: string;
  order: Settings['order'];
}

interface Props {
  form: NewReportForm;
  setForm(form: NewReportForm): void;
  error: string;
  onSubmit(e: Event): void;
  onCancel(): void;
}

export function CreateReportForm({ form, setForm, error, onSubmit, onCancel }: Props) {
  const field = (key: 'unitName' | 'county' | 'year') => (e: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  return (
    <form class="card create-form" onSubmit={onSubmit} aria-label="新建报告">
      <h2>新建年度报告</h2>
      <div class="grid3">
        <label>
          单位名称（乡/镇/街道）
          <input name="unitName" value={form.unitName} onInput={field('unitName')} placeholder="例如：汤郎乡" />
        </label>
        <label>
          所属县（市、区）
          <input name="county" value={form.county} onInput={field('county')} placeholder="例如：禄劝县" />
        </label>
        <label>
          报告年度
          <input name="year" inputMode="numeric" value={form.year} onInput={field('year')} />
        </label>
      </div>
      <fieldset class="order">
        <legend>章节顺序</legend>
        <label>
          <input
            type="radio"
            name="order"
            checked={form.order === 'A'}
            onChange={() => setForm({ ...form, order: 'A' })}
          />{' '}
          法定顺序（举措成效在前）
        </label>
        <label>
          <input
            type="radio"
            name="order"
            checked={form.order === 'B'}
            onChange={() => setForm({ ...form, order: 'B' })}
          />{' '}
          第一责任人在前
        </label>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          创建
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
