/**
 * Fields a schema would drop without a word. zod strips keys it does not know, and a key named "__proto__" never
 * reaches its output at all; a save that silently loses what was sent is the kind of loss users never see, so the
 * IPC gate refuses such a payload instead (see electron/ipc/index.ts).
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Paths (e.g. `sections[0].note`) of the keys present in `input` and missing from `output`, the parsed form of
 * the same value. A key whose value is undefined carries nothing and is not counted. At most `limit` paths.
 */
export function droppedKeys(input: unknown, output: unknown, limit = 5): string[] {
  const found: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (found.length >= limit || !isObject(a) || !isObject(b)) return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`));
      return;
    }
    for (const key of Object.keys(a)) {
      const value = a[key];
      if (value === undefined) continue;
      const at = path ? `${path}.${key}` : key;
      if (!Object.prototype.hasOwnProperty.call(b, key)) {
        found.push(at);
        if (found.length >= limit) return;
      } else walk(value, b[key], at);
    }
  };
  walk(input, output, '');
  return found;
}
