/**
 * The services behind the IPC handlers, wired once: main.ts, the e2e harness and the bench all start the app
 * through createServices(), so none of them copies the wiring. What only the desktop shell can do (dialogs, the
 * system shell, printing) comes in as a `Desktop`: Electron's in main.ts, scripted answers in tests.
 */
import type { Report } from '../core/report-model.ts';
import type { StartupInfo } from '../contract.ts';
import { buildDocx } from './docx-export.ts';
import path from 'node:path';
import { listInstalledFonts } from './font-list.ts';
import { ReportStore, type StoreOptions } from './store.ts';
import { writeDataFile } from './json-file.ts';
import { VERSIONS_DIR, VersionStore } from './versions.ts';
import { CountyWorkspace } from './county/workspace.ts';

/** Why a print did not happen: the user cancelled, there is no printer, or the system's own reason. */
export type PrintOutcome = 'cancelled' | 'no-printer' | string | null;

/** What the handlers need from the desktop shell. */
export interface Desktop {
  /** Ask where to save a Word file; null when the user cancels. */
  chooseDocxPath(defaultName: string): Promise<string | null>;
  /** Ask where to save a PDF; null when the user cancels. */
  choosePdfPath(defaultName: string): Promise<string | null>;
  /** Ask where to save the public version as a web page (.html); null when the user cancels. */
  chooseHtmlPath(defaultName: string): Promise<string | null>;
  /** Ask where to write a backup file; null when the user cancels. */
  chooseBackupSavePath(defaultName: string): Promise<string | null>;
  /** Ask which backup file to read; null when the user cancels. */
  chooseBackupOpenPath(): Promise<string | null>;
  /** Ask which old report (.docx / .txt) to import; null when the user cancels. */
  chooseImportPath(): Promise<string | null>;
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
  /** Open the system print dialog on the sender's page; resolves with why it did not print, or null. */
  printPage(): Promise<PrintOutcome>;
  /** The sender's page as an A4 PDF (CSS page size). */
  pagePdf(): Promise<Uint8Array>;
  /** The page answered a 'flush' before closing: saved, or the last save failed. */
  onFlushed(saved: boolean): void;
  /** 县级汇总: ask for report files, or one folder; null when cancelled (absent: the county is not offered) */
  chooseCountySources?(folder: boolean): Promise<string[] | null>;
  /** 县级汇总: where to write the workbook (.xlsx), the 汇总表 (.docx) or the 审核意见单 (a folder) */
  chooseCountyOutput?(kind: 'xlsx' | 'docx' | 'sheets', defaultName: string): Promise<string | null>;
}

export interface Services {
  store: ReportStore;
  /** the reports' versions, kept beside them */
  versions: VersionStore;
  /** the main process's clock (tests set it through the store options): days left are counted by it */
  now(): Date;
  /** the county's 汇总 workspace, in data/county/ */
  county: CountyWorkspace;
  startup: StartupInfo;
  desktop: Desktop;
  /** The report as a Word file, with the user's font settings and the fonts this PC has. */
  buildDocx(report: Report): Promise<Uint8Array>;
  /** The font families this PC has (read once; empty when not known). */
  installedFonts(): Promise<string[]>;
}

export interface ServiceOptions {
  dataDir: string;
  version: string;
  desktop: Desktop;
  /** How the store writes and keeps time (tests inject faults here). */
  store?: StoreOptions;
  /** Which fonts this PC has (tests hand in a machine's list). */
  listFonts?: () => Promise<string[]>;
}

/** Open the store in `dataDir` (recovering it if need be) and wire the services around it. */
export async function createServices(o: ServiceOptions): Promise<Services> {
  const { store, notices } = await ReportStore.open(o.dataDir, o.store);
  const now = o.store?.now ?? (() => new Date());
  let fonts: Promise<string[]> | undefined;
  const installedFonts = () => (fonts ??= (o.listFonts ?? listInstalledFonts)().catch(() => []));
  const county = await CountyWorkspace.open(o.dataDir, {
    writer: o.store?.writer,
    readOnly: () => store.readOnlyReason,
  });
  notices.push(...county.notices);
  return {
    store,
    county,
    versions: new VersionStore(path.join(o.dataDir, VERSIONS_DIR), o.store?.writer ?? writeDataFile, now),
    now,
    startup: { notices, readOnly: store.readOnlyReason, dataDir: o.dataDir, version: o.version },
    desktop: o.desktop,
    buildDocx: async (report) => {
      const { fontPreset, boldHeadings } = store.settings();
      const installed = await installedFonts();
      return buildDocx(report, { fontPreset, boldHeadings, installedFonts: installed.length ? installed : undefined });
    },
    installedFonts,
  };
}
