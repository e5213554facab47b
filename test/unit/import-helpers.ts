/**
 * What the import tests share: a temp folder, and ways to compare what a source holds with what the report
 * prints (every character kept, nothing added), plus small finders on a report.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseReportText, type ImportOptions, type ImportResult } from '../../electron/core/import/index.ts';
import { documentBlocks } from '../../electron/core/document.ts';
import { hasContent } from '../../electron/core/numbering.ts';
import { walkSections, type Report, type Section } from '../../electron/core/report-model.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const NOW = new Date('2025-02-01T00:00:00.000Z');

/** A temp folder for the calling test file, removed after it; `tmp` writes a file into it. */
export function useTempDir(): { dir: () => string; tmp: (name: string, data: string | Uint8Array) => string } {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'import-test-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    tmp: (name, data) => {
      const file = path.join(dir, name);
      writeFileSync(file, data);
      return file;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers: what the source holds, what the report prints
// ---------------------------------------------------------------------------------------------------------------

export const NUMBER_PREFIX =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]?\s*[一二三四五六七八九十]+\s*[）)]|\d{1,3}\s*[.．、](?![\d.．])|[（(]\s*\d{1,3}\s*[）)])\s*/;

/**
 * The source's characters as the report must keep them: whitespace removed, the number of each heading line
 * removed, and for a heading run in with its text ("（一）标题。正文") the full stop that ends the heading.
 */
export function sourceChars(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .map((l) => {
      const m = NUMBER_PREFIX.exec(l);
      if (!m) return l;
      const rest = l.slice(m[0].length);
      const stop = rest.indexOf('。');
      return stop >= 0 && stop < rest.length - 1 ? rest.slice(0, stop) + rest.slice(stop + 1) : rest;
    })
    .join('')
    .replace(/\s+/g, '');
}

/** Every character the document shows (numbers excluded), in document order, whitespace removed. */
export function documentChars(report: Report): string {
  const parts: string[] = [];
  for (const b of documentBlocks(report)) {
    if (b.type === 'title') parts.push(...b.lines);
    else if (b.type === 'attachments') parts.push(...b.items);
    else if (b.type === 'signature') parts.push(...b.units, b.date);
    else parts.push(b.text);
  }
  return parts.join('').replace(/\s+/g, '');
}

/** The body paragraphs of the document, in order (no title, headings, 落款). */
export function documentParagraphs(report: Report): string[] {
  return documentBlocks(report).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

export function sorted(s: string): string {
  return [...s].sort().join('');
}

/** Characters in `a` missing from `b` (as a multiset), for readable failures. */
export function missing(a: string, b: string): string {
  const count = new Map<string, number>();
  for (const c of b) count.set(c, (count.get(c) ?? 0) + 1);
  let out = '';
  for (const c of a) {
    const n = count.get(c) ?? 0;
    if (n > 0) count.set(c, n - 1);
    else out += c;
  }
  return out;
}

/** The report shows every character of the source; `added` is text the import itself supplied (a catalogue heading). */
export function assertKeepsEverything(source: string, report: Report, added = ''): void {
  const src = sourceChars(source);
  const doc = documentChars(report);
  assert.equal(missing(src, doc), '', 'characters of the source missing from the report');
  assert.equal(
    sorted(missing(doc, src)),
    sorted(added.replace(/\s+/g, '')),
    'characters in the report that are not in the source',
  );
  assert.equal(sorted(doc), sorted(src + added.replace(/\s+/g, '')));
}

/** A report's shape without ids and timestamps, for comparing two imports. */
export function shape(report: Report): unknown {
  const sec = (s: Section): unknown => ({
    key: s.key,
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => p.text),
    stats: s.stats,
    children: s.children.map(sec),
  });
  const { id: _id, createdAt: _c, updatedAt: _u, sections, ...rest } = report;
  return { ...rest, sections: sections.map(sec) };
}

/** The sections with content: key, heading, paragraph texts, depth first. */
export function contentOutline(sections: Section[]): unknown[] {
  return sections.filter(hasContent).map((s) => ({
    key: s.key,
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => p.text),
    children: contentOutline(s.children),
  }));
}

export function top(report: Report, key: string): Section {
  const s = report.sections.find((x) => x.key === key);
  assert.ok(s, `section ${key}`);
  return s;
}

export function findHeading(report: Report, heading: string): { section: Section; depth: number } {
  const hit = [...walkSections(report.sections)].find((w) => w.section.heading === heading);
  assert.ok(hit, `heading ${heading}`);
  return hit;
}

export function importText(text: string, opts: Omit<ImportOptions, 'now'> = {}): ImportResult {
  return parseReportText(text, { ...opts, now: NOW });
}

/** A little more than the minimum of text, about 法治, to make a report of a few lines. */
export const FILLER =
  '我乡坚持依法行政，扎实推进法治政府建设，加强行政执法监督，落实重大行政决策程序，深入开展法治宣传教育，不断提高干部依法办事能力和水平，群众法治意识明显增强，基层治理法治化水平稳步提升，为全乡经济社会高质量发展提供了有力法治保障。';
