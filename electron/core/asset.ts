/**
 * Rules, vocabularies and dates live in assets/ as data, so next year's changes need no code change. Each is
 * checked against its schema when it is loaded: a mistake in an edited asset stops the app at start with the
 * file and the field named, instead of misbehaving later.
 */
import type { z } from 'zod';

export class AssetError extends Error {}

/** `data` (an imported assets/*.json) checked against `schema`; throws naming the file and the first bad field. */
export function loadAsset<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : '(root)';
  throw new AssetError(`assets/${file}: ${where}: ${issue.message}`);
}
