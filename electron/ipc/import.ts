/**
 * Importing an old report: parse a file or pasted text into a preview, let the user move headings between
 * sections, keep page lines, choose the year, and create the report only on commit. Only the latest parsed
 * import is kept. Keeping a line or choosing a year reads the source again and replays the user's moves, so no
 * choice undoes another.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { newId } from '../core/ids.ts';
import { findSection } from '../core/report-model.ts';
import {
  ImportError,
  MAX_IMPORT_CHARS,
  keepTraditional,
  parseReportText,
  remapSection,
  remapTargets,
  type ImportOptions,
  type ImportResult,
} from '../core/import/index.ts';
import { outlineRows } from '../core/import/preview.ts';
import { importMatches } from '../core/import/duplicates.ts';
import { YEAR_MAX, YEAR_MIN } from '../core/limits.ts';
import type { ImportPreview } from '../contract.ts';
import type { Services } from '../services/create-services.ts';
import { readReportText } from '../services/import-file.ts';
import { toSimplified } from '../services/simplified.ts';
import { Id, IpcFailure, NoArgs, Token, type Routes } from './route.ts';

type ImportChannel =
  'import:file' | 'import:text' | 'import:remap' | 'import:keep-line' | 'import:year' | 'import:commit';

/** A parse failure is the user's file or text at fault: say so in their words, as an invalid payload. */
function asImportFailure(e: unknown): never {
  if (e instanceof ImportError) throw new IpcFailure('INVALID_PAYLOAD', e.message);
  throw e;
}

/** One pending import: the source, the options it was read with, and the user's moves by source heading. */
interface Pending {
  text: string;
  source: string;
  opts: ImportOptions;
  moves: Array<{ heading: number; target: string }>;
  result: ImportResult;
}

/** Read the source again with the pending options, then replay the moves (a move that no longer applies is dropped). */
function reread(p: Pending): void {
  let result = parseReportText(p.text, p.opts);
  p.moves = p.moves.filter((mv) => {
    const m = result.mapping[mv.heading];
    if (!m || m.merged) return false;
    result = remapSection(result, m.sectionId, mv.target);
    return true;
  });
  p.result = result;
}

/** Keep (or remove again) one page-noise line the source holds. */
function keepLine(p: Pending, line: number, keep: boolean): void {
  if (!p.result.noise.some((n) => n.line === line)) throw new IpcFailure('INVALID_PAYLOAD', '没有这一行。');
  const kept = new Set(p.opts.keepLines ?? []);
  if (keep) kept.add(line);
  else kept.delete(line);
  p.opts = { ...p.opts, keepLines: [...kept] };
  reread(p);
}

/** Take one of the years the source names as the report year. */
function takeYear(p: Pending, year: number): void {
  if (!p.result.yearChoices.some((c) => c.year === year) && year !== p.result.report.year)
    throw new IpcFailure('INVALID_PAYLOAD', '原文中没有这个年度。');
  p.opts = { ...p.opts, year };
  reread(p);
}

/** The library's reports the import would repeat; a report that cannot be read is not a match. */
function matchesIn(store: Services['store'], report: ImportResult['report']) {
  const read = (id: string) => {
    try {
      return store.get(id);
    } catch {
      return null;
    }
  };
  return importMatches(report, store.list(), read);
}

function previewOf(token: string, p: Pending, store: Services['store']): ImportPreview {
  const r = p.result.report;
  const { mapping, warnings, noise, yearChoices } = p.result;
  return {
    token,
    source: p.source,
    title: r.title,
    unitName: r.unitName,
    year: r.year,
    mapping,
    outline: outlineRows(p.result),
    warnings,
    noise,
    yearChoices,
    targets: remapTargets(r.year),
    matches: matchesIn(store, r),
    ...(p.result.traditional ? { traditional: true } : {}),
  };
}

export function importRoutes({ store, desktop }: Services): Routes<ImportChannel> {
  const imports = new Map<string, Pending>();
  const start = (text: string, source: string): ImportPreview => {
    const opts: ImportOptions = { county: store.settings().county || undefined, toSimplified };
    let result: ImportResult;
    try {
      result = parseReportText(text, opts);
    } catch (e) {
      return asImportFailure(e);
    }
    const token = newId();
    const pending: Pending = { text, source, opts, moves: [], result };
    imports.clear();
    imports.set(token, pending);
    return previewOf(token, pending, store);
  };
  const pendingImport = (token: string) => {
    const entry = imports.get(token);
    if (!entry) throw new IpcFailure('NOT_FOUND', '导入已过期，请重新选择文件。');
    return entry;
  };
  return {
    'import:file': {
      args: NoArgs,
      handle: async () => {
        const file = await desktop.chooseImportPath();
        if (!file) throw new IpcFailure('CANCELLED', '已取消导入。');
        const { text } = await readReportText(file).catch(asImportFailure);
        return start(text, basename(file));
      },
    },
    'import:text': {
      args: z.object({ text: z.string().min(1).max(MAX_IMPORT_CHARS) }).strict(),
      handle: ({ text }) => start(text, '粘贴的文本'),
    },
    'import:remap': {
      args: z.object({ token: Token, sectionId: Id, target: z.string().min(1).max(40) }).strict(),
      handle: ({ token, sectionId, target }) => {
        const entry = pendingImport(token);
        if (target !== 'custom' && !remapTargets(entry.result.report.year).some((t) => t.key === target)) {
          throw new IpcFailure('INVALID_PAYLOAD', '没有这个目标部分。');
        }
        if (!findSection(entry.result.report.sections, sectionId))
          throw new IpcFailure('NOT_FOUND', '导入预览里没有这个部分，请重新打开导入预览。');
        const heading = entry.result.mapping.findIndex((m) => m.sectionId === sectionId && !m.merged);
        entry.result = remapSection(entry.result, sectionId, target);
        if (heading >= 0) entry.moves.push({ heading, target });
        return previewOf(token, entry, store);
      },
    },
    'import:keep-line': {
      args: z.object({ token: Token, line: z.number().int().min(0).max(1_000_000), keep: z.boolean() }).strict(),
      handle: ({ token, line, keep }) => {
        const entry = pendingImport(token);
        keepLine(entry, line, keep);
        return previewOf(token, entry, store);
      },
    },
    'import:year': {
      args: z.object({ token: Token, year: z.number().int().min(YEAR_MIN).max(YEAR_MAX) }).strict(),
      handle: ({ token, year }) => {
        const entry = pendingImport(token);
        takeYear(entry, year);
        return previewOf(token, entry, store);
      },
    },
    'import:commit': {
      args: z.object({ token: Token, keepTraditional: z.boolean().optional() }).strict(),
      handle: async ({ token, keepTraditional: keep }) => {
        const { result } = pendingImport(token);
        const report = await store.add((keep ? keepTraditional(result) : result).report);
        imports.delete(token);
        return report;
      },
    },
  };
}
