/**
 * Before an import adds a report: the reports already in the library that it would repeat, so the user can open
 * the one there instead of making a second copy. A report repeats another when its printed text is the same
 * (importing one file twice, or the demo's own text beside the demo), or when it is for the same unit and year.
 * Pure: the caller reads the reports; only those that could match are asked for.
 */
import { walkSections, type Report, type ReportSummary } from '../report-model.ts';
import { reportChars, resolveStats } from '../text.ts';
import { normalizeForCompare } from '../text/similarity.ts';

/** An existing report the import repeats, with what the user needs to recognise it. */
export interface ImportMatch {
  id: string;
  title: string;
  unitName: string;
  year: number;
  /** when it was last changed (ISO) */
  updatedAt: string;
  /** the text is the same as the import's, not only the unit and year */
  sameText: boolean;
}

/** Everything the report prints, reduced to letters, digits and Chinese characters: two copies of a file agree. */
export function printedText(report: Report): string {
  const parts = [report.title, report.recipient, report.preamble];
  for (const { section } of walkSections(report.sections)) {
    parts.push(section.heading);
    for (const p of section.paragraphs) parts.push(resolveStats(p.text, report, section));
  }
  parts.push(...report.attachments, ...report.signature.units);
  return normalizeForCompare(parts.join('\n'));
}

const sameUnitYear = (a: { unitName: string; year: number }, b: { unitName: string; year: number }) =>
  a.unitName.trim() !== '' && a.unitName.trim() === b.unitName.trim() && a.year === b.year;

/**
 * The reports of `library` that `imported` repeats, those with the same text first, then the most recently
 * changed. `read` gives a stored report (null when it cannot be read); it is called only for a report of the same
 * unit and year or with as many characters as the import, since the same text has the same count.
 */
export function importMatches(
  imported: Report,
  library: readonly ReportSummary[],
  read: (id: string) => Report | null,
): ImportMatch[] {
  const chars = reportChars(imported);
  let text: string | null = null;
  const out: ImportMatch[] = [];
  for (const s of library) {
    const unitYear = sameUnitYear(s, imported);
    if (!unitYear && s.chars !== chars) continue;
    const stored = s.chars === chars ? read(s.id) : null;
    text ??= stored ? printedText(imported) : null;
    const sameText = !!stored && printedText(stored) === text;
    if (!unitYear && !sameText) continue;
    const { id, title, unitName, year, updatedAt } = s;
    out.push({ id, title, unitName, year, updatedAt, sameText });
  }
  return out.sort((a, b) => Number(b.sameText) - Number(a.sameText) || b.updatedAt.localeCompare(a.updatedAt));
}
