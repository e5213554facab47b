/**
 * Import: an existing report as plain text (pasted, or read from a .txt/.docx file) turned into a Report on the
 * mandated sections. Title, 主送机关, 导语, numbered headings (一、 （一） 1. （1）, full- or half-width), run-in
 * headings, 落款 and 成文日期 are recognised; the headings keep their levels and order, and each is classified
 * onto a mandated part or sub-area (classify.ts). What points nowhere is kept as the user's own section where it
 * stands. Page-noise lines are left out unless kept (ImportOptions.keepLines). Every character of the source
 * ends up in the report except heading numbers, whitespace, the removed page lines, the full stop that ends a
 * run-in heading, and the 附件 label and item numbers (the document writes these itself); the 成文日期 is kept as a date. A heading with no text under it is kept and
 * exported as a bare heading (a warning names it, so the user can see whether text is missing).
 * Pure: no Node or Electron imports (the renderer uses it for pasted text).
 *
 * The phases, in order: lines → page noise → front matter → closing (落款) → outline → report info → classify →
 * mapping → report. The outline is kept as written (levels, order); classify and mapping only decide which of its
 * sections take a mandated part's key, and the result says, per heading, which part it is about.
 */
import { SCHEMA_VERSION, generateTitle, parseReport, type Report, type Section } from '../report-model.ts';
import { newId } from '../ids.ts';
import { checkReportText } from './check.ts';
import { readFrontMatter, readReportInfo, type FrontMatter, type ReportInfo } from './front-matter.ts';
import { splitLines } from './lines.ts';
import { dropPageNoise } from './page-noise.ts';
import { buildOutline, type OutlineNode } from './outline.ts';
import { mapSections, type BuildContext } from './mapping.ts';
import { classifyOutline } from './classify.ts';
import { hasText, partLabel, relabel } from './remap.ts';
import { readClosing, type Closing } from './signature.ts';
import { isClearlyTraditional } from '../text/traditional.ts';
import { ImportError, type ImportMapping, type ImportOptions, type ImportResult } from './types.ts';

export { checkReportText, MAX_IMPORT_CHARS } from './check.ts';
export { headingOf } from './headings.ts';
export { partLabel, remapSection, remapTargets } from './remap.ts';
export { keepTraditional } from './traditional.ts';
export * from './types.ts';

/**
 * Turn the text of a report into a Report placed on the mandated sections.
 * Throws ImportError when the text is not a report (see checkReportText).
 */
export function parseReportText(text: string, opts: ImportOptions = {}): ImportResult {
  const problem = checkReportText(text);
  if (problem) throw problem;
  const simplified = opts.toSimplified?.(text);
  if (simplified !== undefined && isClearlyTraditional(text, simplified)) {
    // Read in simplified: the heading words, checklist cues and lint word lists are all simplified.
    const result = parseReportText(simplified, { ...opts, toSimplified: undefined });
    result.warnings.unshift(
      '原文是繁体字：已按简体字识别标题和各部分；创建报告时可选择正文是否转为简体字（默认转换）。',
    );
    return { ...result, traditional: { source: text, converted: simplified } };
  }
  const warnings: string[] = [];
  const { lines: all, noise } = dropPageNoise(splitLines(text), opts.keepLines);
  const front = readFrontMatter(all, warnings);
  const closing = readClosing(all, front.next, warnings);
  const body = all.slice(front.next, closing.start);
  const outline = buildOutline(body);
  const preamble = [...front.lead, ...outline.preamble];
  const info = readReportInfo({ front, preamble, body, signingUnits: closing.units }, opts, warnings);
  const classes = classifyOutline(outline.top, info.year);
  const ctx: BuildContext = {
    year: info.year,
    warnings,
    holder: new Map(),
    flattened: new Set(),
    classes,
    used: new Set(),
  };
  // No headings at all: the first paragraph is the 导语, the rest 举措和成效.
  let loose: string[] = [];
  if (!outline.nodes.length) {
    warnings.push('原文没有“一、”“（一）”等标题，正文已全部放入“主要举措和成效”，请按部分拆分。');
    loose = preamble.splice(1);
  }
  const { sections, order } = mapSections(outline.top, loose, ctx);
  const report = assembleReport({ front, closing, info, preamble, sections, order }, opts);
  warnBareHeadings(outline.nodes, ctx);
  const mapping: ImportMapping[] = outline.nodes.map((n) => {
    const cls = classes.get(n.index) ?? { part: null, by: null };
    const m: ImportMapping = {
      sourceHeading: n.line,
      level: n.depth,
      sectionId: ctx.holder.get(n.index)!.id,
      target: 'custom',
      targetLabel: '',
      part: cls.part,
      partLabel: partLabel(cls.part, info.year),
      by: cls.by,
    };
    if (cls.offerChief) m.offerChief = true;
    if (ctx.flattened.has(n.index)) m.merged = true;
    return m;
  });
  const result: ImportResult = { report, mapping, warnings, noise, yearChoices: info.yearChoices };
  relabel(result);
  return result;
}

interface ReportParts {
  front: FrontMatter;
  closing: Closing;
  info: ReportInfo;
  preamble: string[];
  sections: Section[];
  order: 'A' | 'B';
}

/** The report from its parts, checked against the model; the title is generated when the source has none. */
function assembleReport(parts: ReportParts, opts: ImportOptions): Report {
  const { front, closing, info } = parts;
  let title = front.titleLines.join('\n');
  let titleAuto = false;
  if (!title) {
    title = generateTitle(info.unitName, info.year);
    titleAuto = true;
  } else if (title === generateTitle(info.unitName, info.year)) {
    titleAuto = true;
  }
  const stamp = (opts.now ?? new Date()).toISOString();
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    unitName: info.unitName,
    county: info.county,
    year: info.year,
    title,
    titleAuto,
    recipient: front.recipient,
    preamble: parts.preamble.join('\n'),
    order: parts.order,
    sections: parts.sections,
    attachments: closing.attachments,
    signature: { units: closing.units, date: closing.date, sealed: false },
    countyItems: [],
    marks: {},
    previousId: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const check = parseReport(report);
  if (!check.ok) {
    throw new ImportError(
      'invalid',
      `导入的内容超出报告格式的限制：${check.reason}`,
      `The imported text exceeds the report format's limits: ${check.reason}`,
    );
  }
  return report;
}

/** A heading with no text beneath it is exported as it stands; the user is told, in case its text was lost. */
function warnBareHeadings(nodes: OutlineNode[], ctx: BuildContext): void {
  const bare = nodes.filter((n) => !ctx.flattened.has(n.index) && !hasText(ctx.holder.get(n.index)!));
  if (!bare.length) return;
  const names = bare
    .slice(0, 5)
    .map((n) => `“${n.line}”`)
    .join('、');
  ctx.warnings.push(
    `${names}${bare.length > 5 ? `等 ${bare.length} 个标题` : ''}下没有正文：标题照原样保留并导出，请核对是否漏了正文。`,
  );
}
