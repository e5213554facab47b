/**
 * The public version's files: the same Word export as the filed report, made from the public copy, and one clean
 * UTF-8 HTML page. Both take a Report, so a saved version or a file from the command line goes through the same path.
 */
import type { Report } from '../core/report-model.ts';
import { buildPublicHtml } from '../core/public/html.ts';
import { publicSourceId, publicSourceText } from '../core/public/source.ts';
import type { VersionStore } from './versions.ts';

export type PublicFormat = 'docx' | 'html';

/** The bytes of the public version (`copy` is already redacted: see publicCopy). */
export async function publicFileBytes(
  copy: Report,
  format: PublicFormat,
  buildDocx: (report: Report) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (format === 'docx') return buildDocx(copy);
  return new TextEncoder().encode(buildPublicHtml(copy));
}

/**
 * The text the public version is made from (core/public/source.ts): the chosen or default version with the report's
 * own 保密审查, or the report itself. Throws VersionError when that version cannot be read.
 */
export async function publicSourceOf(report: Report, versions: VersionStore): Promise<Report> {
  await versions.idle();
  const { id } = publicSourceId(report, versions.list(report.id));
  return publicSourceText(report, id ? versions.get(report.id, id) : null);
}

/** 《…报告（公开版）》.docx / .html from the Word file's default name. */
export function publicFileName(docxName: string, format: PublicFormat): string {
  return docxName.replace(/\.docx$/, `（公开版）.${format}`);
}
