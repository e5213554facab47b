/** The shared context of the form's panels, and the counters whose changes re-render them (see Ctx). */
import { useMemo, useRef, useState } from 'preact/hooks';
import { reportNumbers } from '../../../electron/core/numbering.ts';
import type { Finding } from '../../../electron/core/lint/index.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { findingsByParagraph, keepUnchanged, parentMap, stampChanged, type Ctx } from './ctx.ts';

export function useEditorCtx(report: Report, onChanged: () => void) {
  const [tick, setTick] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const versions = useRef(new Map<string, number>()).current;
  // Every change to the report moves tick or epoch: a render for a check result alone reuses the numbers.
  const numbers = useMemo(() => reportNumbers(report), [report, tick, epoch]);
  const build = (
    findings: { byParagraph: Map<string, Finding[]>; stamps: Map<string, number> },
    previous: Report | undefined,
  ): Ctx => ({
    report,
    numbers,
    versions,
    epoch,
    findings: findings.byParagraph,
    findingStamps: findings.stamps,
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

/**
 * The open findings by paragraph, worked out once per check result (not per keystroke), with the lists a check
 * did not change kept as they were and the sections whose lists changed stamped (see keepUnchanged, stampChanged).
 */
export function useParagraphFindings(report: Report, findings: Finding[]) {
  const last = useRef(new Map<string, Finding[]>());
  const stamps = useRef(new Map<string, number>()).current;
  const byParagraph = useMemo(() => {
    const next = keepUnchanged(findingsByParagraph(findings), last.current);
    stampChanged(report.sections, next, last.current, stamps);
    last.current = next;
    return next;
  }, [findings]);
  return { byParagraph, stamps };
}
