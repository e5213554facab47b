/**
 * Small reports for the checklist and lint tests: a new report from the catalogue with chosen sections filled.
 */
import { createReport } from '../../electron/core/catalogue.ts';
import { walkSections, type Report, type Section } from '../../electron/core/report-model.ts';

export { demoReport } from '../fixtures/docx-reports.ts';

export type Fill = Partial<Record<string, string | string[]>>;

export interface FixtureOptions {
  year?: number;
  /** default: a complete 主送机关, two signing units and 成文日期 in January of year+1 */
  formalities?: boolean;
  preamble?: string;
  title?: string;
}

let seq = 0;

/** The section with a catalogue key, anywhere in the tree. */
export function sectionByKey(report: Report, key: string): Section {
  for (const { section } of walkSections(report.sections)) if (section.key === key) return section;
  throw new Error(`no section ${key}`);
}

/** Put paragraphs into the sections named by key (measures sub-areas included). */
export function fill(report: Report, sections: Fill): Report {
  for (const [key, texts] of Object.entries(sections)) {
    if (texts === undefined) continue;
    const s = sectionByKey(report, key);
    s.paragraphs = (Array.isArray(texts) ? texts : [texts]).map((text) => ({ id: `p${++seq}`, text }));
  }
  return report;
}

/** A report of 测试乡 with the given sections filled. */
export function makeReport(sections: Fill = {}, opts: FixtureOptions = {}): Report {
  const year = opts.year ?? 2024;
  const r = createReport({ unitName: '测试乡', county: '禄劝县', year }, new Date('2025-01-10T00:00:00Z'));
  r.id = `fixture-${++seq}`;
  if (opts.formalities !== false) {
    r.signature = { units: ['中共测试乡委员会', '测试乡人民政府'], date: `${year + 1}-01-15`, sealed: false };
  } else {
    r.recipient = '';
  }
  if (opts.preamble !== undefined) r.preamble = opts.preamble;
  if (opts.title !== undefined) {
    r.title = opts.title;
    r.titleAuto = false;
  }
  return fill(r, sections);
}

/** A report whose required sections all have sound content, so that one rule at a time can be tested. */
export function soundReport(extra: Fill = {}, opts: FixtureOptions = {}): Report {
  const y = opts.year ?? 2024;
  return makeReport(
    {
      study: `${y}年，乡党委理论学习中心组专题学习习近平法治思想6次。`,
      chief: '乡党委书记、乡长亲自部署法治政府建设，主持召开专题会议4次，年终述法2人。',
      shortfalls: '一是普法方式单一。主要原因是普法队伍力量薄弱。',
      plan: `${y + 1}年，我乡将继续深入学习贯彻习近平法治思想。`,
      ...extra,
    },
    opts,
  );
}
