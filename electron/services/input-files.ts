/**
 * The files a user's choice names, for every command and dialog that takes many inputs: files as given, a folder as
 * its files of the wanted kinds (not its sub-folders), in the order a Chinese file list shows them. Hidden files and
 * the owner files Word and WPS keep beside an open document (~$报告.docx) are never inputs: a folder being worked on
 * in Word has them.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const NEVER_INPUT = /^(\.|~\$)/;

/** `extensions`: lower case with the dot. `skip`: files in a folder that are not inputs (e.g. earlier outputs). */
export function inputFiles(
  chosen: readonly string[],
  extensions: readonly string[],
  skip: (name: string) => boolean = () => false,
): string[] {
  const out: string[] = [];
  for (const p of chosen) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // A missing file is reported when its turn comes, like any other bad input.
    }
    if (!dir) {
      out.push(p);
      continue;
    }
    const files = readdirSync(p, { withFileTypes: true }).filter((e) => !e.isDirectory());
    for (const name of files.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
      if (NEVER_INPUT.test(name) || skip(name)) continue;
      if (extensions.includes(path.extname(name).toLowerCase())) out.push(path.join(p, name));
    }
  }
  return out;
}
