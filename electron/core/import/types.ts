/** What an import takes and gives, and the error for a text or file that cannot become a report. */
import type { Report } from '../report-model.ts';

export interface ImportOptions {
  /** the unit, e.g. 汤郎乡; inferred from the title when not given */
  unitName?: string;
  /** the county, e.g. 禄劝县; inferred from the 主送机关 or the text when not given */
  county?: string;
  /** the report year; inferred from the title (XXXX年度) when not given */
  year?: number;
  /** timestamps of the new report (tests) */
  now?: Date;
  /** page-noise lines the user chose to keep, by their number among the text's non-empty lines */
  keepLines?: number[];
  /** traditional → simplified; when given, a text clearly in traditional characters is read in simplified */
  toSimplified?: (text: string) => string;
}

export interface ImportMapping {
  /** the heading as it stands in the source, number included, e.g. "三、创建工作成效" */
  sourceHeading: string;
  /** nesting depth in the source (1 = top level) */
  level: number;
  /** the report section that holds this heading's content */
  sectionId: string;
  /** key of the mandated section or sub-area, or 'custom' for the user's own sub-section */
  target: string;
  /** where the content went, readable, e.g. "2024年度推进法治政府建设的主要举措和成效 › 自定义小节“基本情况”" */
  targetLabel: string;
  /** set when the heading was nested too deep and was kept as a paragraph (number included) of `sectionId` */
  merged?: boolean;
  /** the mandated part or sub-area the heading is about (by its words, sub-headings, text or parent), or null */
  part: string | null;
  /** that part, readable; '' when none */
  partLabel: string;
  /** how the part was found */
  by: 'words' | 'children' | 'body' | 'parent' | null;
  /** a sub-point about the 第一责任人 inside 举措和成效: the dialog offers to move it into that part */
  offerChief?: boolean;
  /** set when the user moved the heading to another place before creating the report */
  moved?: boolean;
}

/** A line a web page or document system added (来源：… 【打印】), removed unless the user keeps it. */
export interface NoiseLine {
  /** its number among the text's non-empty lines (what ImportOptions.keepLines names) */
  line: number;
  text: string;
  kept: boolean;
}

/** A year the source names for the report, and where. */
export interface YearChoice {
  year: number;
  from: '标题' | '导语' | '正文';
}

export interface ImportResult {
  report: Report;
  mapping: ImportMapping[];
  warnings: string[];
  /** page-noise lines found in the source, removed unless kept */
  noise: NoiseLine[];
  /** the years title, 导语 and body name, when they disagree (the user is asked); empty when they agree */
  yearChoices: YearChoice[];
  /** set when the source was in traditional characters: it, and the simplified text the report was made from */
  traditional?: { source: string; converted: string };
}

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-short'
  | 'not-report'
  | 'too-large'
  | 'unsupported'
  | 'not-found'
  | 'unreadable'
  | 'invalid';

/** A text or file that cannot become a report. `message` is Chinese (for the user), `english` for logs and the CLI. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
