/**
 * Versions of the reports, kept beside them and never inside a report's own file, so a save costs the same with
 * no version or with hundreds:
 *
 *   data/versions/<report>/<version id>.json   one version each (the whole report): written once, durably
 *   data/versions/<report>/list.json           the list the 版本 panel shows (small; rebuilt from the files
 *                                              when it is missing or damaged)
 *
 * Each new version records what changed since the newest one before it, and automatic versions are thinned by
 * the limits of assets/versions.json. Only the main process uses this.
 */
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SCHEMA_VERSION, type Report } from '../core/report-model.ts';
import { newId } from '../core/ids.ts';
import { reportChars } from '../core/text.ts';
import { changeSummary } from '../core/versions/parts.ts';
import {
  VersionMetaSchema,
  VersionSchema,
  versionsAsset,
  type Version,
  type VersionMeta,
} from '../core/versions/model.ts';
import { versionsToThin } from '../core/versions/thin.ts';
import { DATA_DIR_MODE, parseJsonText, readTextSync, type Writer } from './json-file.ts';
import { reportFileName } from './store-layout.ts';
import { describeWriteError } from './durable-write.ts';

export const VERSIONS_DIR = 'versions';
const LIST_FILE = 'list.json';

const ListSchema = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), versions: z.array(VersionMetaSchema) });
const FileSchema = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), ...VersionSchema.shape });

/** A version could not be written or read; the message is for the user, and the report itself is untouched. */
export class VersionError extends Error {}

/** What a new version is: by hand (with stage and note) or automatic. */
export type NewVersion =
  { kind: 'named'; stage: string; note: string } | { kind: Exclude<VersionMeta['kind'], 'named'> };

export class VersionStore {
  /** Each report's list, newest first, as last read or written. */
  private readonly lists = new Map<string, VersionMeta[]>();
  /** What the user must be told that arose on the side (an automatic version that could not be written). */
  private readonly late: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly root: string,
    private readonly writer: Writer,
    private readonly now: () => Date,
  ) {}

  private dir(reportId: string): string {
    return path.join(this.root, reportFileName(reportId).replace(/\.json$/, ''));
  }

  /** One at a time: a version, its list and its thinning are never interleaved with another's. */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const p = this.queue.then(run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /** Wait for versions being written (an automatic one kept after an export has answered). */
  async idle(): Promise<void> {
    await this.queue;
  }

  /** Notices that arose since the last call, each told once. */
  takeNotices(): string[] {
    return this.late.splice(0);
  }

  /** An automatic version: a failure does not undo what it accompanies (an export, a print); it is told. */
  async auto(report: Report, kind: Exclude<VersionMeta['kind'], 'named'>): Promise<void> {
    try {
      await this.add(report, { kind });
    } catch (e) {
      this.late.push(e instanceof VersionError ? e.message : '自动版本没有保存。报告本身未受影响。');
    }
  }

  /** A report's versions, newest first. */
  list(reportId: string): VersionMeta[] {
    let list = this.lists.get(reportId);
    if (!list) {
      list = this.readList(reportId);
      this.lists.set(reportId, list);
    }
    return list.map((m) => structuredClone(m));
  }

  private readList(reportId: string): VersionMeta[] {
    const dir = this.dir(reportId);
    try {
      const text = readTextSync(path.join(dir, LIST_FILE));
      if (text !== null) return ListSchema.parse(parseJsonText(text)).versions;
    } catch {
      // A damaged list is rebuilt from the version files below: they are what counts.
    }
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== LIST_FILE);
    } catch {
      return [];
    }
    const metas: VersionMeta[] = [];
    for (const n of names) {
      try {
        metas.push(this.readFile(path.join(dir, n)).meta);
      } catch {
        // A damaged version file is left where it is and not listed.
      }
    }
    return metas.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private readFile(file: string): Version {
    const text = readTextSync(file);
    if (text === null) throw new VersionError('该版本的文件不存在，可能已被删除。');
    const r = FileSchema.safeParse(parseJsonText(text));
    if (!r.success) throw new VersionError('该版本的文件已损坏，无法读取。');
    return { meta: r.data.meta, report: r.data.report };
  }

  /** The report as it was in one version. */
  get(reportId: string, versionId: string): Report {
    if (!this.list(reportId).some((m) => m.id === versionId)) throw new VersionError('没有找到该版本，可能已被删除。');
    return this.readFile(path.join(this.dir(reportId), `${versionId}.json`)).report;
  }

  /** Keep `report` as a new version; automatic ones beyond the limits are let go of afterwards. */
  add(report: Report, what: NewVersion): Promise<VersionMeta> {
    return this.serial(async () => {
      const list = this.list(report.id);
      const newest = list[0];
      let before: Report | null = null;
      try {
        if (newest) before = this.get(report.id, newest.id);
      } catch {
        // The version before cannot be read: this one is kept all the same, as if it were the first.
      }
      const text = (meta: VersionMeta) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, meta, report });
      const meta: VersionMeta = {
        id: `v${this.now().getTime().toString(36)}-${newId().slice(0, 8)}`,
        createdAt: this.now().toISOString(),
        kind: what.kind,
        stage: what.kind === 'named' ? what.stage : '',
        note: what.kind === 'named' ? what.note : '',
        chars: reportChars(report),
        bytes: 0,
        change: changeSummary(before, report),
      };
      meta.bytes = Buffer.byteLength(text(meta));
      await this.write(report.id, [{ meta, report }], [meta, ...list]);
      await this.thin(report.id);
      return meta;
    });
  }

  /** Write version files, then the list. */
  private async write(reportId: string, versions: Version[], list: VersionMeta[]): Promise<void> {
    const dir = this.dir(reportId);
    try {
      await fs.mkdir(dir, { recursive: true, mode: DATA_DIR_MODE });
      for (const v of versions) {
        const text = JSON.stringify({ schemaVersion: SCHEMA_VERSION, meta: v.meta, report: v.report });
        await this.writer(path.join(dir, `${v.meta.id}.json`), text);
      }
      await this.writer(path.join(dir, LIST_FILE), JSON.stringify({ schemaVersion: SCHEMA_VERSION, versions: list }));
    } catch (e) {
      this.lists.delete(reportId);
      throw new VersionError(`版本没有保存：${describeWriteError(e)}。报告本身未受影响。`);
    }
    this.lists.set(reportId, list);
  }

  private async thin(reportId: string): Promise<void> {
    const list = this.list(reportId);
    const gone = new Set(versionsToThin(list, this.now(), versionsAsset.thinning));
    if (!gone.size) return;
    const kept = list.filter((m) => !gone.has(m.id));
    await this.write(reportId, [], kept);
    for (const id of gone) await fs.rm(path.join(this.dir(reportId), `${id}.json`), { force: true }).catch(() => {});
  }

  /** A deleted report's versions go with it. */
  removeAll(reportId: string): Promise<void> {
    return this.serial(async () => {
      this.lists.delete(reportId);
      await fs.rm(this.dir(reportId), { recursive: true, force: true });
    });
  }

  /** Every version of these reports, oldest first, for a backup the user carries. */
  exportAll(reportIds: string[]): Record<string, Version[]> {
    const out: Record<string, Version[]> = {};
    for (const id of reportIds) {
      const dir = this.dir(id);
      const versions: Version[] = [];
      for (const m of this.list(id).reverse()) {
        try {
          versions.push(this.readFile(path.join(dir, `${m.id}.json`)));
        } catch {
          // A version that cannot be read is not carried; the others are.
        }
      }
      if (versions.length) out[id] = versions;
    }
    return out;
  }

  /**
   * Take the versions a restored backup carries. 'replace': each report listed gets exactly the backup's versions
   * and the reports in `gone` lose theirs; 'merge': versions not here yet are added.
   */
  restore(carried: Record<string, Version[]>, mode: 'merge' | 'replace', gone: string[]): Promise<void> {
    return this.serial(async () => {
      for (const id of gone) {
        this.lists.delete(id);
        await fs.rm(this.dir(id), { recursive: true, force: true });
      }
      for (const [id, versions] of Object.entries(carried)) {
        const here = mode === 'replace' ? [] : this.list(id);
        const fresh = versions.filter((v) => !here.some((m) => m.id === v.meta.id));
        if (mode === 'replace') {
          this.lists.delete(id);
          await fs.rm(this.dir(id), { recursive: true, force: true });
        }
        const list = [...here, ...fresh.map((v) => v.meta)].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        await this.write(id, fresh, list);
      }
    });
  }
}
