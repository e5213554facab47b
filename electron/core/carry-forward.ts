/**
 * 新建下一年度报告: a new report for the following year started from last year's, and last year's promises
 * (its 下一年度主要安排) for checking this year's report against them.
 * Pure: no Node or Electron imports.
 */
import { generateTitle, type Report, type Section } from './report-model.ts';
import { newId } from './ids.ts';
import { promiseTexts } from './checklist/index.ts';
import { chineseYear } from './text/chinese.ts';

/**
 * Move the report's years one year on: `from` → `from + 1` and `from + 1` → `from + 2`, both at once (a 2024
 * report's "2025年度…主要安排" becomes "2026年度…主要安排"). Arabic four-digit years and 二〇二四-style years;
 * other years (e.g. "2018年以来") stay as written.
 */
export function shiftYears(text: string, from: number): string {
  const arabic = text.replace(/(?<!\d)(\d{4})(?!\d)/g, (whole, y: string) => {
    const n = Number(y);
    return n === from || n === from + 1 ? String(n + 1) : whole;
  });
  const a = chineseYear(from);
  const b = chineseYear(from + 1);
  return arabic.replace(/[〇○零一二三四五六七八九]{4}/g, (whole) => {
    const norm = whole.replace(/[○零]/g, '〇');
    if (norm === a) return chineseYear(from + 1);
    if (norm === b) return chineseYear(from + 2);
    return whole;
  });
}

function carrySection(s: Section, from: number): Section {
  return {
    id: newId(),
    key: s.key,
    heading: shiftYears(s.heading, from),
    paragraphs: s.paragraphs.map((p) => ({ id: newId(), text: p.text, inherited: true })),
    stats: s.stats.map((st) => ({ ...st, value: null, lastYear: st.value })),
    children: s.children.map((c) => carrySection(c, from)),
  };
}

/**
 * 新建下一年度报告: a copy of `report` for the next year. New ids; year + 1; the title regenerated when it follows
 * unit and year, else its years moved on; years in headings moved on (the plan names the new year + 1);
 * every paragraph kept and marked `inherited` (照搬上年 until edited); figures emptied with last year's value in
 * `lastYear`; checklist marks and 成文日期 cleared; `previousId` pointing at the old report.
 * Kept as they were: unit, county, 主送机关, 导语 text, order, 附件, signing units and layout, the county's 工作要点.
 */
export function carryForward(report: Report, now: Date = new Date()): Report {
  const from = report.year;
  const year = from + 1;
  const stamp = now.toISOString();
  return {
    schemaVersion: report.schemaVersion,
    id: newId(),
    unitName: report.unitName,
    county: report.county,
    year,
    title: report.titleAuto ? generateTitle(report.unitName, year) : shiftYears(report.title, from),
    titleAuto: report.titleAuto,
    recipient: report.recipient,
    preamble: report.preamble,
    order: report.order,
    sections: report.sections.map((s) => carrySection(s, from)),
    attachments: [...report.attachments],
    signature: { units: [...report.signature.units], date: '', sealed: report.signature.sealed },
    countyItems: [...report.countyItems],
    marks: {},
    previousId: report.id,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * Last year's promises: the items of its 下一年度主要安排, split on 一是/二是…, else into sentences (the same
 * split the checklist's 去年承诺 items use, so item n here is checklist item `promise-<n>`), with any leading
 * number such as "1." or "（一）" taken off.
 */
export function promiseItems(previous: Report): string[] {
  return promiseTexts(previous)
    .map((t) =>
      t
        .replace(
          /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*[.．、](?!\d))\s*/,
          '',
        )
        .trim(),
    )
    .filter(Boolean);
}
