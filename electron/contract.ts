/**
 * The typed contract between the renderer and the main process: every channel with its argument and
 * result. preload.ts implements RendererApi against it and ipc.ts registers handlers for it, so the
 * compiler ties both ends together. Types only (plus the channel list).
 */
import type { Report, ReportSummary } from './core/report-model.ts';
import type { Settings } from './core/settings.ts';
import type { ImportMapping, NoiseLine, YearChoice } from './core/import/index.ts';
import type { OutlineRow } from './core/import/preview.ts';
import type { ImportMatch } from './core/import/duplicates.ts';
import type { VersionMeta } from './core/versions/model.ts';
import type { CountyColumn, CountyMatrixSummary, CountyRow } from './core/county/matrix.ts';

/** An import waiting for the user to check the mapping before the report is created. */
export interface ImportPreview {
  token: string;
  /** the file's name, or '粘贴的文本' */
  source: string;
  title: string;
  unitName: string;
  year: number;
  mapping: ImportMapping[];
  /** the outline the report will print, with what changed marked */
  outline: OutlineRow[];
  targets: Array<{ key: string; label: string }>;
  warnings: string[];
  /** web/page lines found in the source: removed unless kept */
  noise: NoiseLine[];
  /** the years the source names when they disagree; the report takes `year` */
  yearChoices: YearChoice[];
  /** the source is in traditional characters: the dialog asks whether to convert the text (default: yes) */
  traditional?: boolean;
  /** reports already in the library that this import repeats (same text, or same unit and year) */
  matches: ImportMatch[];
}

/** What a backup file holds, shown before the user restores it. */
export interface BackupSummary {
  createdAt: string;
  reports: Array<{ id: string; title: string; year: number; updatedAt: string }>;
  unitName: string;
}

export type ErrorCode =
  | 'INVALID_PAYLOAD'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'WRITE_FAILED'
  /** the data folder is open read-only (another instance holds it, or a file changed under us): nothing saved */
  | 'READ_ONLY'
  /** a data file is there but cannot be read now (permissions, held by another program) */
  | 'READ_FAILED'
  | 'CANCELLED'
  /** the public version cannot be written yet: findings of the 保密审查 are open or the scan is not marked done */
  | 'NOT_READY'
  | 'INTERNAL';

/** Every call returns this envelope: the renderer never sees a thrown error from main. */
export type IpcResult<T> = ({ ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }) & {
  /** things the user must be told that arose during this call (a report restored from backup, backups failing) */
  notices?: string[];
};

export interface StartupInfo {
  /** what the user must be told about how the data was opened (recovery from backup, …) */
  notices: string[];
  /** why the data folder is open read-only (shown as a banner; saves are refused), or null */
  readOnly: string | null;
  dataDir: string;
  version: string;
}

export interface CreateReportArgs {
  unitName: string;
  county: string;
  year: number;
  order?: 'A' | 'B';
}

export interface ExportResult {
  /** the path the file was written to */
  path: string;
  bytes: number;
}

/** One report of the county's 汇总 workspace, as the list shows it. */
export interface CountyEntryView {
  id: string;
  fileName: string;
  unitName: string;
  year: number;
  /** ISO date; the file's date unless changed */
  receivedAt: string;
  format: string;
  mapping: { headings: number; unplaced: string[]; warnings: string[] } | null;
}

/** The county workspace and its matrix for one year: a summary per township (states, totals, counts). */
export interface CountyState {
  entries: CountyEntryView[];
  countyItems: string[];
  matrix: CountyMatrixSummary;
}

/** One township opened from the matrix: its report, and its row with each cell's evidence and every finding. */
export interface CountyTownship {
  report: Report;
  row: CountyRow;
  columns: CountyColumn[];
}

export interface IpcContract {
  'app:startup': { args: void; result: StartupInfo };
  'report:list': { args: void; result: ReportSummary[] };
  'report:get': { args: { id: string }; result: Report };
  'report:create': { args: CreateReportArgs; result: Report };
  'report:save': { args: Report; result: { savedAt: string } };
  'report:rename': { args: { id: string; title: string }; result: ReportSummary };
  'report:duplicate': { args: { id: string }; result: ReportSummary };
  'report:delete': { args: { id: string }; result: { deleted: true } };
  'settings:get': { args: void; result: Settings };
  'settings:save': { args: Settings; result: Settings };
  'docx:export': { args: { id: string }; result: ExportResult };
  'file:open': { args: { path: string }; result: { opened: true } };
  'file:reveal': { args: { path: string }; result: { opened: true } };
  /** the renderer has saved everything the main process asked it to flush before closing */
  'app:flushed': { args: { saved: boolean }; result: { ok: true } };
  'app:open-data-dir': { args: void; result: { opened: true } };
  /** write every report and the settings to one file the user picks (e.g. on a USB stick) */
  'backup:export': { args: void; result: { path: string; reports: number } };
  /** pick a backup file and read what it holds; the token names it for backup:restore */
  'backup:inspect': { args: void; result: { token: string; file: string; summary: BackupSummary } };
  'backup:restore': { args: { token: string; mode: 'merge' | 'replace' }; result: { reports: number } };
  /** pick a .docx or .txt file and parse it; the report is created only by import:commit */
  'import:file': { args: void; result: ImportPreview };
  'import:text': { args: { text: string }; result: ImportPreview };
  /** move one source heading onto another mandated section (or 'custom') before creating the report */
  'import:remap': { args: { token: string; sectionId: string; target: string }; result: ImportPreview };
  /** keep (or remove again) one page-noise line of the source; the import is read again with the same moves */
  'import:keep-line': { args: { token: string; line: number; keep: boolean }; result: ImportPreview };
  /** take one of the years the source names as the report year; read again with the same moves */
  'import:year': { args: { token: string; year: number }; result: ImportPreview };
  /** keepTraditional: create a traditional-character source in its own characters instead of simplified */
  'import:commit': { args: { token: string; keepTraditional?: boolean }; result: Report };
  /** 新建下一年度报告: a copy in year+1 with statistics cleared and paragraphs marked inherited */
  'report:carry-forward': { args: { id: string }; result: Report };
  /** open the system print dialog on the page as it is shown (the print preview) */
  'print:print': { args: void; result: { printed: true } };
  /** write the page as shown to an A4 PDF the user picks */
  'print:pdf': { args: { id: string }; result: { path: string; bytes: number } };
  /** the public version (公开版) of the saved report, redacted as its 保密审查 says, as Word or clean HTML */
  'public:export': { args: { id: string; format: 'docx' | 'html' }; result: ExportResult };
  /** a report's versions, newest first */
  'version:list': { args: { id: string }; result: VersionMeta[] };
  /** 存为版本: keep the report as saved now, with a stage of assets/versions.json ('' = none) and a note */
  'version:create': { args: { id: string; stage: string; note: string }; result: VersionMeta };
  'version:get': { args: { id: string; versionId: string }; result: Report };
  /** make a version the report's text; the text it replaces is kept as a version first */
  'version:restore': { args: { id: string; versionId: string }; result: Report };
  'version:export-docx': { args: { id: string; versionId: string }; result: ExportResult };
  /** write the page as shown (the preview of that version) to a PDF named after the version */
  'version:export-pdf': { args: { id: string; versionId: string }; result: ExportResult };
  /** the report was printed: keep it as an automatic version */
  'version:printed': { args: { id: string }; result: { kept: true } };
  /** the main process's clock: days left are counted by it */
  'app:clock': { args: void; result: { now: string; today: string } };
  /** what falls due soon, told once a day (empty when told already today or nothing is due) */
  'app:due-notices': { args: void; result: string[] };
  /** the font families this PC has, for the font check (设置 → 字体) and the preview; [] when not known */
  'fonts:list': { args: void; result: { installed: string[] } };
  /** the county workspace and the matrix of a year (null: the newest) */
  'county:state': { args: { year: number | null }; result: CountyState };
  /** pick report files or a folder; the files to add one by one (a progress bar), named by the token */
  'county:pick': { args: { folder: boolean }; result: { token: string; files: string[] } };
  /** add the index-th file of a pick; fails with the reason when the file cannot be read */
  'county:add': { args: { token: string; index: number }; result: { added: CountyEntryView[] } };
  'county:received': { args: { id: string; date: string }; result: { ok: true } };
  'county:remove': { args: { id: string }; result: { ok: true } };
  'county:items': { args: { lines: string[] }; result: { ok: true } };
  /** one township opened from the matrix (year: the matrix shown), to read at the evidence and see every finding */
  'county:township': { args: { id: string; year: number | null }; result: CountyTownship };
  /** write the workbook, the Word 汇总表, or every 审核意见单 into a folder */
  'county:export': { args: { kind: 'xlsx' | 'docx' | 'sheets'; year?: number }; result: ExportResult };
}

export type Channel = keyof IpcContract;
export type ArgsOf<C extends Channel> = IpcContract[C]['args'];
export type ResultOf<C extends Channel> = IpcContract[C]['result'];

/** Commands the main process sends to the renderer (menu items, accelerators, window closing). */
export type Command =
  | 'new'
  | 'open'
  | 'save'
  | 'export-docx'
  | 'print'
  | 'export-pdf'
  | 'preview'
  | 'settings'
  | 'about'
  | 'flush'
  | 'backup'
  | 'restore'
  // 编辑 menu: the open report's undo history and find/replace
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'county';
export const COMMAND_CHANNEL = 'app:command';

/**
 * The one method → channel table. Each renderer method names its channel and how its arguments become that
 * channel's payload; `RendererApi` and the preload are both derived from it, so a method can neither go to
 * another channel nor be missing one. Pure data plus one-line packers: the preload bundles it.
 */
const to =
  <C extends Channel>(channel: C) =>
  <P extends unknown[]>(pack: (...args: P) => ArgsOf<C>) => ({ channel, pack });
const bare = <C extends Channel>(channel: C) => to(channel)((): ArgsOf<C> => undefined as ArgsOf<C>);

export const API_METHODS = {
  startup: bare('app:startup'),
  listReports: bare('report:list'),
  getReport: to('report:get')((id: string) => ({ id })),
  createReport: to('report:create')((args: CreateReportArgs) => args),
  saveReport: to('report:save')((report: Report) => report),
  renameReport: to('report:rename')((id: string, title: string) => ({ id, title })),
  duplicateReport: to('report:duplicate')((id: string) => ({ id })),
  deleteReport: to('report:delete')((id: string) => ({ id })),
  carryForward: to('report:carry-forward')((id: string) => ({ id })),
  getSettings: bare('settings:get'),
  saveSettings: to('settings:save')((settings: Settings) => settings),
  exportDocx: to('docx:export')((id: string) => ({ id })),
  openFile: to('file:open')((path: string) => ({ path })),
  revealFile: to('file:reveal')((path: string) => ({ path })),
  /** answer to the 'flush' command: whether everything reached the disk */
  flushed: to('app:flushed')((saved: boolean) => ({ saved })),
  openDataDir: bare('app:open-data-dir'),
  exportBackup: bare('backup:export'),
  inspectBackup: bare('backup:inspect'),
  restoreBackup: to('backup:restore')((token: string, mode: 'merge' | 'replace') => ({ token, mode })),
  importFile: bare('import:file'),
  importText: to('import:text')((text: string) => ({ text })),
  remapImport: to('import:remap')((token: string, sectionId: string, target: string) => ({ token, sectionId, target })),
  keepImportLine: to('import:keep-line')((token: string, line: number, keep: boolean) => ({ token, line, keep })),
  setImportYear: to('import:year')((token: string, year: number) => ({ token, year })),
  commitImport: to('import:commit')((token: string, keepTraditional?: boolean) =>
    keepTraditional ? { token, keepTraditional: true } : { token },
  ),
  print: bare('print:print'),
  printToPdf: to('print:pdf')((id: string) => ({ id })),
  exportPublic: to('public:export')((id: string, format: 'docx' | 'html') => ({ id, format })),
  listVersions: to('version:list')((id: string) => ({ id })),
  createVersion: to('version:create')((id: string, stage: string, note: string) => ({ id, stage, note })),
  getVersion: to('version:get')((id: string, versionId: string) => ({ id, versionId })),
  restoreVersion: to('version:restore')((id: string, versionId: string) => ({ id, versionId })),
  exportVersionDocx: to('version:export-docx')((id: string, versionId: string) => ({ id, versionId })),
  exportVersionPdf: to('version:export-pdf')((id: string, versionId: string) => ({ id, versionId })),
  versionPrinted: to('version:printed')((id: string) => ({ id })),
  clock: bare('app:clock'),
  dueNotices: bare('app:due-notices'),
  listFonts: bare('fonts:list'),
  countyState: to('county:state')((year?: number) => ({ year: year ?? null })),
  countyPick: to('county:pick')((folder: boolean) => ({ folder })),
  countyAdd: to('county:add')((token: string, index: number) => ({ token, index })),
  countyReceived: to('county:received')((id: string, date: string) => ({ id, date })),
  countyRemove: to('county:remove')((id: string) => ({ id })),
  countyItems: to('county:items')((lines: string[]) => ({ lines })),
  countyTownship: to('county:township')((id: string, year?: number) => ({ id, year: year ?? null })),
  countyExport: to('county:export')((kind: 'xlsx' | 'docx' | 'sheets', year?: number) =>
    year === undefined ? { kind } : { kind, year },
  ),
} as const;

type Methods = typeof API_METHODS;
export type ApiMethod = keyof Methods;

/** Does not compile while a channel of the contract has no method: the type argument names the channel. */
function everyChannelHasAMethod<_Unreached extends never>(): void {}
everyChannelHasAMethod<Exclude<Channel, Methods[ApiMethod]['channel']>>();

/** Every channel, in the table's order (for registration checks and tests). */
export const CHANNELS: readonly Channel[] = Object.values(API_METHODS).map((m) => m.channel);

/** What the preload exposes on window.api: one method per channel (from the table), plus command events. */
export type RendererApi = {
  [M in ApiMethod]: (...args: Parameters<Methods[M]['pack']>) => Promise<IpcResult<ResultOf<Methods[M]['channel']>>>;
} & {
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onCommand(listener: (command: Command) => void): () => void;
};
