/**
 * The user's choice for a report written in traditional characters: the import reads it in simplified (so
 * headings are mapped and the checks understand it), and by default the report is created in simplified, the
 * characters a report filed with the county must use. Keeping the source's characters is the other choice.
 */
import { walkSections } from '../report-model.ts';
import { originalText } from '../text/traditional.ts';
import type { ImportResult } from './types.ts';

/** The import's report with its text put back in the source's traditional characters (a new object). */
export function keepTraditional(result: ImportResult): ImportResult {
  if (!result.traditional) return result;
  const back = originalText(result.traditional.source, result.traditional.converted);
  const report = structuredClone(result.report);
  // A title the import generated is not in the source and stays as generated.
  report.title = back(report.title);
  report.recipient = back(report.recipient);
  report.preamble = back(report.preamble, true);
  report.attachments = report.attachments.map((a) => back(a, true));
  report.signature.units = report.signature.units.map((u) => back(u));
  for (const { section } of walkSections(report.sections)) {
    section.heading = back(section.heading, section.key === null);
    for (const p of section.paragraphs) p.text = back(p.text, true);
  }
  report.unitName = back(report.unitName);
  report.county = back(report.county);
  return { ...result, report };
}
