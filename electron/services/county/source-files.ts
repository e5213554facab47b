/** The report files among what the user picked: files as they are, a folder as its report files (not its sub-folders). */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_EXTENSIONS } from './read-source.ts';

/** Files the county itself wrote into a folder it reads again. */
const OWN_OUTPUT = /审核意见单\.docx$|汇总表?\.docx$/;

export function countySourceFiles(chosen: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of chosen) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // A file that vanished is reported when its turn comes.
    }
    if (!dir) {
      out.push(p);
      continue;
    }
    for (const name of readdirSync(p).sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
      const ext = path.extname(name).toLowerCase() as (typeof SOURCE_EXTENSIONS)[number];
      if (name.startsWith('.') || !SOURCE_EXTENSIONS.includes(ext) || OWN_OUTPUT.test(name)) continue;
      out.push(path.join(p, name));
    }
  }
  return out;
}
