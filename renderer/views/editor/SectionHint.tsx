/** What a mandated section should say, the figures usually reported there, and an example on request. */
import { useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { fillYear, type SectionSpec } from '../../../electron/core/catalogue.ts';

/** Memoized: it changes only with the year, and its panel re-renders on every keystroke in the section. */
export const SectionHint = memo(function SectionHint({ spec, year }: { spec: SectionSpec; year: number }) {
  const [showExample, setShowExample] = useState(false);
  return (
    <div class="hint">
      <p>{fillYear(spec.hint, year)}</p>
      {spec.figures.length > 0 && (
        <p class="figures">常报数字：{spec.figures.map((f) => `${f.label}（${f.unit}）`).join('、')}</p>
      )}
      {spec.example && (
        <p>
          <button type="button" class="link" onClick={() => setShowExample(!showExample)}>
            {showExample ? '收起示例' : '看示例'}
          </button>
          {showExample && <span class="example">{fillYear(spec.example, year)}</span>}
        </p>
      )}
    </div>
  );
});
