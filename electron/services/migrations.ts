/**
 * Store file migrations. Each step takes the data of one schemaVersion to the next; a file is
 * migrated step by step on open and written back in the current format on the next save.
 */
import { SCHEMA_VERSION } from '../core/report-model.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';

type Json = Record<string, unknown>;

/** Thrown when the file comes from a newer version of the app: it is left alone, not "repaired". */
export class NewerFormatError extends Error {
  constructor(readonly version: number) {
    super(`数据文件的格式版本为 ${version}，比本程序支持的 ${SCHEMA_VERSION} 新，请升级程序后再打开。`);
  }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0: files written before the format was versioned. Reports had no schemaVersion, no
 * section order, no checklist marks or county items, no carried-forward link and a fixed title.
 */
function v0toV1(data: Json): Json {
  // Anything without a report list is not a version-0 store; leave it to fail validation.
  if (!Array.isArray(data.reports)) return data;
  const reports: unknown[] = data.reports;
  return {
    schemaVersion: 1,
    settings: { ...DEFAULT_SETTINGS, ...(isObject(data.settings) ? data.settings : {}) },
    reports: reports.map((r) => {
      if (!isObject(r)) return r;
      return {
        order: 'A',
        marks: {},
        countyItems: [],
        previousId: null,
        attachments: [],
        titleAuto: false,
        ...r,
        schemaVersion: 1,
      };
    }),
  };
}

const STEPS: Record<number, (d: Json) => Json> = { 0: v0toV1 };

/** Bring parsed store data up to the current schemaVersion. Returns the data and the version it had. */
export function migrate(raw: unknown): { data: unknown; from: number } {
  if (!isObject(raw)) return { data: raw, from: SCHEMA_VERSION };
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (from > SCHEMA_VERSION) throw new NewerFormatError(from);
  let data: Json = raw;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) break;
    data = step(data);
  }
  return { data, from };
}
