/** The end of a report: 附件 list, 落款 (one or two signing units) and 成文日期, read from the last lines. */
import { parseDateLine } from './dates.ts';
import { headingOf } from './headings.ts';
import { anyOf, importWords } from './words.ts';

const UNIT_LINE = new RegExp(
  `^(?:中共)?[\\p{Script=Han}（）()·]{1,30}?(?:${anyOf(importWords.signingUnitEndings)})$`,
  'u',
);

/** A line that is one signing unit (中共X镇委员会, X镇人民政府), as in a 落款 or above a title. */
export function isSigningUnit(line: string): boolean {
  return line.length <= 40 && UNIT_LINE.test(line);
}

/** The signing units on a line: one unit, or two separated by blanks (or run together as 中共…委员会…人民政府). */
function unitsOf(line: string): string[] | null {
  if (headingOf(line)) return null;
  const parts = line.split(/\s+/).filter(Boolean);
  if (parts.length >= 1 && parts.length <= 2 && parts.every(isSigningUnit)) {
    if (parts.length === 1) {
      const pair = /^(中共.+?委员会)(.+?(?:人民政府|办事处))$/u.exec(parts[0]);
      if (pair) return [pair[1], pair[2]];
    }
    return parts;
  }
  return null;
}

export interface Closing {
  attachments: string[];
  units: string[];
  date: string;
  /** index of the first line of the closing (the body ends before it) */
  start: number;
}

/**
 * The closing of the lines from `from` on: a valid date on the last line, up to two signing units above it, and
 * above them a 附件 label with its items. A last line that looks like a date but is none stays text, with a warning.
 */
export function readClosing(all: string[], from: number, warnings: string[]): Closing {
  let end = all.length;
  let date = '';
  let units: string[] = [];
  if (end > from) {
    const d = parseDateLine(all[end - 1]);
    if (d && 'iso' in d) {
      date = d.iso;
      end -= 1;
    } else if (d) {
      warnings.push(`末行“${all[end - 1]}”像成文日期但不是有效日期，已作为正文保留，请在落款处填写正确日期。`);
    }
  }
  for (let k = 0; k < 2 && end - 1 > from && units.length < 2; k++) {
    const u = unitsOf(all[end - 1]);
    if (!u || units.length + u.length > 2) break;
    units = [...u, ...units];
    end -= 1;
  }
  const { attachments, start } = readAttachments(all, from, end);
  return { attachments, units, date, start };
}

/** A 附件 label (with or without a first item on its line) and its numbered items, ending just before `end`. */
function readAttachments(all: string[], from: number, end: number): { attachments: string[]; start: number } {
  let k = end - 1;
  const items: string[] = [];
  while (k > from && /^\d{1,2}\s*[.．、]/.test(all[k]) && items.length < 19) items.unshift(all[k--]);
  const m = k > from ? /^附件\s*[：:]\s*(.*)$/.exec(all[k]) : null;
  if (!m || (!m[1] && !items.length)) return { attachments: [], start: end };
  const first = m[1] ? [m[1]] : [];
  return { attachments: [...first, ...items].map((item) => item.replace(/^\d{1,2}\s*[.．、]\s*/, '')), start: k };
}
