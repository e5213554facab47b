/**
 * The names the app suggests in a save dialog. One home, so every suggested name is one Windows accepts and says
 * which text it holds: 汤郎乡2024年度法治政府建设工作情况报告（2026-02-20报送稿）.pdf.
 */
import { localIsoDate } from './dates.ts';
import { stageLabel } from './versions/model.ts';

/** What Windows refuses in a file name (and control characters, which no dialog shows). */
const REFUSED = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;
/** Device names Windows keeps for itself, with or without an extension: CON, NUL.docx, COM1… */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
/** Characters kept of the stem: well inside Windows' 255 for a name, with room for the suffixes added to it. */
const MAX_STEM = 120;

/** `stem` made safe as the part of a file name before the extension; `fallback` when nothing is left of it. */
export function safeFileName(stem: string, fallback: string): string {
  let s = [...stem.replace(REFUSED, '').trim()].slice(0, MAX_STEM).join('');
  // Windows drops trailing dots and spaces, so a name ending in them is not the name the file gets.
  s = s.replace(/[. ]+$/, '');
  if (!s) return fallback;
  return DEVICE.test(s) ? `_${s}` : s;
}

/** The report's own name: 汤郎乡2024年度法治政府建设工作情况报告 */
export function reportFileStem(report: { unitName: string; year: number }): string {
  return safeFileName(`${report.unitName}${report.year}年度法治政府建设工作情况报告`, '法治政府建设工作情况报告');
}

/** Which version a file was made from, by its date and stage: 2026-02-20报送稿, or 2026-02-20版本 with no stage. */
export function versionTag(version: { createdAt: string; stage?: string | null }): string {
  return `${localIsoDate(new Date(version.createdAt))}${stageLabel(version.stage) || '版本'}`;
}
