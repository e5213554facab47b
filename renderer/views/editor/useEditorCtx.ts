/** The shared context of the form's panels, and the counters whose changes re-render them (see Ctx). */
import { useRef, useState } from 'preact/hooks';
import { reportNumbers } from '../../../electron/core/numbering.ts';
import type { Finding } from '../../../electron/core/lint/index.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { parentMap, type Ctx } from './ctx.ts';

export function useEditorCtx(report: Report, onChanged: () => void) {
  const [tick, setTick] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const versions = useRef(new Map<string, number>()).current;
  const build = (findings: Map<string, Finding[]>, previous: Report | undefined): Ctx => ({
    report,
    numbers: reportNumbers(report),
    versions,
    epoch,
    findings,
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
      onChanged();
    },
  });
  /** every panel re-renders (last year's report arrived) */
  const renewAll = () => setEpoch((e) => e + 1);
  return { tick, epoch, build, renewAll };
}
