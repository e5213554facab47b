/**
 * What the public version (公开版) is made from: a version of the report, so the text that was filed is published
 * as it was filed, whatever was edited since. By default the newest version of the 报送稿 stage (assets/versions.json
 * `publicFrom`), else the current text; the reviewer may choose another. The 保密审查's decisions stay on the report
 * itself and are applied to the chosen text's copy: the stored version is never changed.
 */
import type { Report } from '../report-model.ts';
import { versionsAsset, type VersionMeta } from '../versions/model.ts';

/** The newest version of the `publicFrom` stage, or '' (the current text) when there is none. */
export function defaultPublicSource(versions: readonly VersionMeta[]): string {
  return versions.find((m) => m.stage === versionsAsset.publicFrom)?.id ?? '';
}

export interface PublicSourceChoice {
  /** a version id, or '' for the current text */
  id: string;
  /** the reviewer had chosen a version that is no longer kept: the default is used instead */
  missing: boolean;
}

/** The text the public version is made from: the reviewer's choice while that version exists, else the default. */
export function publicSourceId(report: Report, versions: readonly VersionMeta[]): PublicSourceChoice {
  const chosen = report.publicReview?.source;
  if (chosen === '') return { id: '', missing: false };
  if (chosen !== undefined && versions.some((m) => m.id === chosen)) return { id: chosen, missing: false };
  return { id: defaultPublicSource(versions), missing: chosen !== undefined };
}

/**
 * A version's text with the report's own 保密审查 (decisions, reviewer), for publicCopy and publicBlocker; the
 * current report when there is no version. A fresh object: neither the report nor the version is changed.
 */
export function publicSourceText(report: Report, version: Report | null): Report {
  if (!version) return report;
  const text: Report = { ...version, id: report.id };
  if (report.publicReview) text.publicReview = report.publicReview;
  else delete text.publicReview;
  return text;
}
