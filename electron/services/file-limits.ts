/**
 * How much the app reads from a file a user hands it (assets/file-limits.json), checked at load. The file cap
 * alone does not bound a .docx: a few hundred KB of zip can inflate to gigabytes of XML, so each part read from
 * the zip has its own cap; and parsing (a .docx, a backup's JSON) runs in a worker whose heap and time are
 * bounded, so a hostile file ends the worker, not the app.
 */
import { z } from 'zod';
import limitsData from '../../assets/file-limits.json' with { type: 'json' };
import { loadAsset } from '../core/asset.ts';

const MB = 1024 * 1024;

const FileLimitsSchema = z
  .object({
    version: z.literal(1),
    /** largest file read from disk (a .docx with photos can be large; its text is capped by the parser) */
    maxFileBytes: z.number().int().min(MB),
    docx: z
      .object({
        /**
         * largest uncompressed size of one part the parser reads: document.xml of a long report is ~1 MB, and
         * mammoth needs 150–200× the size of dense XML, so these caps are what keep the parse inside the heap
         */
        maxPartBytes: z.number().int().min(MB),
        /** largest uncompressed size of all parts read together */
        maxTotalBytes: z.number().int().min(MB),
        /**
         * heap of the worker that parses the XML: room for the worst XML the caps let through. Node ends a worker
         * at its heap limit only on a best-effort basis (some allocations abort the whole process), so the caps,
         * not this limit, are the guarantee
         */
        workerHeapMb: z.number().int().min(64).max(4096),
        /** the worker is stopped after this long */
        timeoutSeconds: z.number().int().min(5).max(600),
      })
      .strict(),
    convert: z
      .object({
        /** LibreOffice converting an old .doc/.wps to .docx is stopped after this long */
        timeoutSeconds: z.number().int().min(10).max(900),
      })
      .strict(),
    backup: z
      .object({
        /** largest backup file read (a county office's hundreds of reports are a few tens of MB) */
        maxFileBytes: z.number().int().min(MB),
        /**
         * most JSON values (objects, arrays, strings, numbers) a backup may hold, counted before parsing: JSON of
         * tiny objects takes 10–20× its size in memory; a county office's store holds a few million values
         */
        maxJsonValues: z.number().int().min(100_000),
        /** heap of the worker that parses and checks it: room for maxJsonValues values */
        workerHeapMb: z.number().int().min(64).max(4096),
        timeoutSeconds: z.number().int().min(5).max(600),
      })
      .strict(),
  })
  .strict()
  .refine((l) => l.docx.maxTotalBytes >= l.docx.maxPartBytes, 'docx.maxTotalBytes must be ≥ docx.maxPartBytes');

export type FileLimits = z.infer<typeof FileLimitsSchema>;
export type DocxLimits = FileLimits['docx'];

export const fileLimits: FileLimits = loadAsset('file-limits.json', FileLimitsSchema, limitsData);
