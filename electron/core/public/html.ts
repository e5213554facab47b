/**
 * The public version as one clean HTML file a website editor pastes into the site's CMS: the document's blocks
 * as semantic h1/h2/h3/h4/p, UTF-8, no script, no style sheet, no external resource. The only inline style is
 * the right alignment of the 落款, which a CMS keeps and a reader expects.
 */
import type { Report } from '../report-model.ts';
import { documentBlocks } from '../document.ts';
import { sanitizeText } from '../text.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return sanitizeText(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const el = (tag: string, text: string, attrs = '') => `<${tag}${attrs}>${escapeHtml(text)}</${tag}>`;
const RIGHT = ' style="text-align:right"';

/** The body's elements, one per line. */
function bodyLines(report: Report): string[] {
  const out: string[] = [];
  for (const b of documentBlocks(report)) {
    if (b.type === 'title') out.push(el('h1', b.lines.join('')));
    else if (b.type === 'recipient') out.push(el('p', b.text));
    else if (b.type === 'heading') out.push(el(`h${Math.min(b.depth + 1, 4)}`, `${b.number}${b.text}`));
    else if (b.type === 'paragraph') out.push(el('p', b.text));
    else if (b.type === 'attachments') b.items.forEach((item, i) => out.push(el('p', `${i ? '' : '附件：'}${item}`)));
    else {
      for (const unit of b.units) out.push(el('p', unit, RIGHT));
      if (b.date) out.push(el('p', b.date, RIGHT));
    }
  }
  return out;
}

/** The whole file: a complete UTF-8 page with nothing in it that loads or runs anything. */
export function buildPublicHtml(report: Report): string {
  const title = documentBlocks(report).find((b) => b.type === 'title');
  const name = title?.type === 'title' ? title.lines.join('') : '法治政府建设工作情况报告';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(name)}</title>`,
    '</head>',
    '<body>',
    ...bodyLines(report),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
