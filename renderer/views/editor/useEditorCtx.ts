/** The shared context of the form's panels, and the counters whose changes re-render them (see Ctx). */
import { useMemo, useRef, useState } from 'preact/hooks';
import { reportNumbers } from '../../../electron/core/numbering.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import type { CheckStore } from '../../check/check-store.ts';
import { parentMap, type Ctx } from './ctx.ts';

export function useEditorCtx(report: Report, onChanged: () => void) {
  const [tick, setTick] = useState(0);
  const [epoch, setEpoch] = useState(0);
  // Moves with every change outside the sections, so the parts before and after them re-render only then.
  const [meta, setMeta] = useState(0);
  const versions = useRef(new Map<string, number>()).current;
  // Every change to the report moves tick or epoch: a render for a check result alone reuses the numbers.
  const numbers = useMemo(() => reportNumbers(report), [report, tick, epoch]);
  const build = (check: CheckStore, previous: Report | undefined): Ctx => ({
    report,
    numbers,
    versions,
    epoch,
    check,
    previous,
    touch(section) {
      if (section) {
        const parents = parentMap(report.sections);
        for (let id: string | undefined = section.id; id; id = parents.get(id))
          versions.set(id, (versions.get(id) ?? 0) + 1);
        setTick((t) => t + 1);
      } else {
        setEpoch((e) => e + 1);
      }
      onChanged();
    },
    touchMeta() {
      setTick((t) => t + 1);
      setMeta((m) => m + 1);
      onChanged();
    },
  });
  /** every panel re-renders (last year's report arrived) */
  const renewAll = () => setEpoch((e) => e + 1);
  return { tick, epoch, meta, build, renewAll };
}
