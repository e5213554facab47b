/**
 * Importing an old report: parse a file or pasted text into a preview, let the user move headings between
 * sections, and create the report only on commit. Only the latest parsed import is kept.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { newId } from '../core/ids.ts';
import { findSection } from '../core/report-model.ts';
import {
  ImportError,
  MAX_IMPORT_CHARS,
  parseReportText,
  remapSection,
  remapTargets,
  type ImportResult,
} from '../core/import/index.ts';
import type { ImportPreview } from '../contract.ts';
import type { Services } from '../services/create-services.ts';
import { importFile } from '../services/import-file.ts';
import { Id, IpcFailure, NoArgs, Token, type Routes } from './route.ts';

type ImportChannel = 'import:file' | 'import:text' | 'import:remap' | 'import:commit';

/** A parse failure is the user's file or text at fault: say so in their words, as an invalid payload. */
function asImportFailure(e: unknown): never {
  if (e instanceof ImportError) throw new IpcFailure('INVALID_PAYLOAD', e.message);
  throw e;
}

export function importRoutes({ store, desktop }: Services): Routes<ImportChannel> {
  const imports = new Map<string, { result: ImportResult; source: string }>();
  const preview = (token: string): ImportPreview => {
    const { result, source } = imports.get(token)!;
    const r = result.report;
    const { mapping, warnings } = result;
    return {
      token,
      source,
      title: r.title,
      unitName: r.unitName,
      year: r.year,
      mapping,
      warnings,
      targets: remapTargets(r.year),
    };
  };
  const start = (result: ImportResult, source: string): ImportPreview => {
    const token = newId();
    imports.clear();
    imports.set(token, { result, source });
    return preview(token);
  };
  const pendingImport = (token: string) => {
    const entry = imports.get(token);
    if (!entry) throw new IpcFailure('NOT_FOUND', '导入已过期，请重新选择文件。');
    return entry;
  };
  const county = () => store.settings().county || undefined;
  return {
    'import:file': {
      args: NoArgs,
      handle: async () => {
        const file = await desktop.chooseImportPath();
        if (!file) throw new IpcFailure('CANCELLED', '已取消导入。');
        const result = await importFile(file, { county: county() }).catch(asImportFailure);
        return start(result, basename(file));
      },
    },
    'import:text': {
      args: z.object({ text: z.string().min(1).max(MAX_IMPORT_CHARS) }).strict(),
      handle: ({ text }) => {
        try {
          return start(parseReportText(text, { county: county() }), '粘贴的文本');
        } catch (e) {
          return asImportFailure(e);
        }
      },
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
        entry.result = remapSection(entry.result, sectionId, target);
        return preview(token);
      },
    },
    'import:commit': {
      args: z.object({ token: Token }).strict(),
      handle: async ({ token }) => {
        const report = await store.add(pendingImport(token).result.report);
        imports.delete(token);
        return report;
      },
    },
  };
}
