/**
 * The public version's files: the same Word export as the filed report, made from the public copy, and one clean
 * UTF-8 HTML page. Both take a Report, so a saved version or a file from the command line goes through the same path.
 */
import type { Report } from '../core/report-model.ts';
import { buildPublicHtml } from '../core/public/html.ts';
import { publicSourceId, publicSourceText } from '../core/public/source.ts';
import type { VersionStore } from './versions.ts';
import type { VersionMeta } from '../core/versions/model.ts';
import { reportFileStem, versionTag } from '../core/file-name.ts';
import { localIsoDate } from '../core/dates.ts';

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

/** The text the public version is made from, and the version it is (null: the report's current text). */
export interface PublicSource {
  text: Report;
  version: VersionMeta | null;
}

/**
 * The text the public version is made from (core/public/source.ts): the chosen or default version with the report's
 * own 保密审查, or the report itself. Throws VersionError when that version cannot be read.
 */
export async function publicSourceOf(report: Report, versions: VersionStore): Promise<PublicSource> {
  await versions.idle();
  const list = versions.list(report.id);
  const { id } = publicSourceId(report, list);
  const version = (id && list.find((m) => m.id === id)) || null;
  return { text: publicSourceText(report, id ? versions.get(report.id, id) : null), version };
}

/**
 * The public file's suggested name says which text it was made from: …报告（公开版，据2026-02-20报送稿）.docx, or
 * （公开版，据2026-03-05保存的文字） when made from the current text.
 */
export function publicFileName(
  report: Pick<Report, 'unitName' | 'year' | 'updatedAt'>,
  version: Pick<VersionMeta, 'createdAt' | 'stage'> | null,
  format: PublicFormat,
): string {
  const from = version ? versionTag(version) : `${localIsoDate(new Date(report.updatedAt))}保存的文字`;
  return `${reportFileStem(report)}（公开版，据${from}）.${format}`;
}
