/**
 * The store's own writer and appender, made to fail on demand: while `failure()` names an error code (EACCES,
 * ENOSPC, EROFS …) every write throws it, as a full disk or a locked folder does; otherwise they write as the app
 * does. For tests of what a failed save tells the user and keeps.
 */
import { appendDataFile, writeDataFile, type Appender, type Writer } from '../../electron/services/json-file.ts';

export function failingWrites(failure: () => string | null): { writer: Writer; appender: Appender } {
  const fail = () => {
    const code = failure();
    if (code) throw Object.assign(new Error(code), { code });
  };
  return {
    writer: async (file, text) => {
      fail();
      await writeDataFile(file, text);
    },
    appender: async (file, text, cutTo) => {
      fail();
      await appendDataFile(file, text, cutTo);
    },
  };
}
