/**
 * The outline an import will create, as the mapping dialog shows it before 创建报告: every section that will be
 * part of the document, numbered as it will print, with what happened to it marked (the author's own section kept
 * as written, mapped to a mandated part, moved by the user, or a mandated heading the move added) and any change
 * of level against the source. Nothing is re-levelled without showing it here.
 */
import { fillYear, specFor } from '../catalogue.ts';
import { computeNumbers } from '../numbering.ts';
import { walkSections } from '../report-model.ts';
import type { ImportMapping, ImportResult } from './types.ts';

export type OutlineChange = 'own' | 'mapped' | 'moved' | 'added';

export interface OutlineRow {
  sectionId: string;
  depth: number;
  /** the number it will print with: 一、 （一） 1. （1） */
  number: string;
  heading: string;
  change: OutlineChange;
  /** the mandated part or sub-area the section is on, readable; '' for the author's own */
  partLabel: string;
  /** the source heading it holds (number as written), when it comes from the source */
  sourceHeading?: string;
  /** the source heading's level, when it differs from the depth it will have */
  sourceLevel?: number;
  /** the mapping entry of the source heading (its index in ImportResult.mapping) */
  mappingIndex?: number;
}

function changeOf(m: ImportMapping | undefined): OutlineChange {
  if (!m) return 'added';
  if (m.moved) return 'moved';
  return m.target === 'custom' ? 'own' : 'mapped';
}

/** The rows of the outline the report will print, in document order. */
export function outlineRows(result: ImportResult): OutlineRow[] {
  const { report, mapping } = result;
  const numbers = computeNumbers(report.sections, report.year);
  const bySection = new Map<string, number>();
  mapping.forEach((m, i) => {
    if (!m.merged) bySection.set(m.sectionId, i);
  });
  const rows: OutlineRow[] = [];
  for (const { section, depth } of walkSections(report.sections)) {
    const number = numbers.get(section.id);
    if (!number) continue;
    const index = bySection.get(section.id);
    const m = index === undefined ? undefined : mapping[index];
    const spec = specFor(section.key);
    const row: OutlineRow = {
      sectionId: section.id,
      depth,
      number,
      heading: section.heading,
      change: changeOf(m),
      partLabel: spec ? fillYear(spec.heading, report.year) : '',
    };
    if (m && index !== undefined) {
      row.sourceHeading = m.sourceHeading;
      row.mappingIndex = index;
      if (m.level !== depth) row.sourceLevel = m.level;
    }
    rows.push(row);
  }
  return rows;
}
