/**
 * The Word export checked by rendering: LibreOffice turns the .docx into a PDF, pdftotext measures where every
 * line landed. Needs `soffice` (libreoffice-writer-nogui) and `pdftotext`/`pdftoppm` (poppler-utils); CI installs
 * them, and without them this test fails rather than skipping.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { planDocument, type PlannedParagraph } from '../../electron/core/page-plan.ts';
import {
  BODY_ADVANCE_TWIPS,
  BODY_CHAR_TWIPS,
  CHAR_SPACING_TWIPS,
  FONT_SIZE,
  LINE_TWIPS,
  MARGIN,
  PAGE_NUMBER,
  TEXT_BLOCK,
} from '../../electron/core/layout.ts';
import { isHalfWidth, textWidthTwips } from '../../electron/core/text-width.ts';
import { twipsToMm } from '../../electron/core/units.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { LIBREOFFICE_READING, paginate, signatureAloneWarning } from '../../electron/core/pagination.ts';
import { demoReport, elementsReport, longReport, signaturePushedReport } from '../fixtures/docx-reports.ts';
import { libreOfficeFontConfig, measurePdf, visualLines, type PdfLine, type PdfPage } from './pdf-measure.ts';

const BLOCK_TOP = MARGIN.topMm; // 37
const BLOCK_BOTTOM = MARGIN.topMm + TEXT_BLOCK.heightMm; // 262
const BLOCK_LEFT = MARGIN.leftMm; // 28
const BLOCK_RIGHT = MARGIN.leftMm + TEXT_BLOCK.widthMm; // 184
const PITCH = twipsToMm(LINE_TWIPS); // 10.21 mm
const CHAR = twipsToMm(BODY_ADVANCE_TWIPS); // 5.56 mm

/** May not start a line (closing punctuation) / may not end one (opening punctuation). */
const NO_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%']);
const NO_END = new Set([...'（《「『【〔〈“‘([{']);

interface Rendered {
  name: string;
  report: Report;
  plan: PlannedParagraph[];
  pages: PdfPage[];
}

let work = '';
const docs: Record<string, Rendered> = {};

function requireTool(cmd: string, args: string[], pkg: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `The render test needs \`${cmd}\` (Debian package ${pkg}); it is not installed or not on PATH (${r.error.message}). ` +
        'Install it (CI does) — this test does not skip itself.',
    );
  }
}

before(async () => {
  requireTool('soffice', ['--version'], 'libreoffice-writer-nogui');
  requireTool('pdftotext', ['-v'], 'poppler-utils');
  requireTool('pdftoppm', ['-v'], 'poppler-utils');
  work = mkdtempSync(path.join(tmpdir(), 'docx-render-'));
  const inputs: Array<[string, Report]> = [
    ['demo', demoReport()],
    ['long', longReport(10)],
    ['sealed', elementsReport(true)],
    ...[9, 11, 13].map((k): [string, Report] => [`pushed${k}`, signaturePushedReport(k)]),
  ];
  for (const [name, report] of inputs) {
    writeFileSync(
      path.join(work, `${name}.docx`),
      await buildDocx(report, { fontPreset: 'windows', boldHeadings: false }),
    );
  }
  const profile = 'file://' + path.join(work, 'lo-profile');
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...inputs.map(([n]) => path.join(work, `${n}.docx`)),
    ],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: libreOfficeFontConfig(work) } },
  );
  for (const [name, report] of inputs) {
    const pdf = path.join(work, `${name}.pdf`);
    assert.ok(existsSync(pdf), `LibreOffice did not produce ${name}.pdf: ${r.error?.message ?? ''} ${r.stderr}`);
    docs[name] = { name, report, plan: planDocument(report, { boldHeadings: false }), pages: measurePdf(pdf) };
  }
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

const norm = (s: string) => s.replace(/\s+/g, '');

function isFooter(l: PdfLine): boolean {
  return l.yMin > BLOCK_BOTTOM;
}

/** Row of the text block a line sits on (0 = first). Text tops lie a little below the top of their line. */
function row(l: PdfLine): number {
  return Math.floor((l.yMin - BLOCK_TOP) / PITCH);
}

interface MappedLine {
  line: PdfLine;
  para: number;
  first: boolean;
  last: boolean;
}

/** Match the PDF's lines, in order, to the planned paragraphs: each paragraph's text is exactly its lines' text. */
function mapLines(doc: Rendered): MappedLine[] {
  const lines = doc.pages.flatMap((p) => visualLines(p).filter((l) => !isFooter(l)));
  const paras = doc.plan.map((p, i) => ({ i, text: norm(p.texts.join('')) })).filter((p) => p.text);
  const out: MappedLine[] = [];
  let li = 0;
  for (const p of paras) {
    let acc = '';
    const start = out.length;
    while (acc.length < p.text.length) {
      const l = lines[li];
      assert.ok(l, `${doc.name}: the PDF ends before paragraph ${p.i} «${p.text.slice(0, 30)}»`);
      acc += norm(l.text);
      out.push({ line: l, para: p.i, first: out.length === start, last: false });
      li += 1;
      assert.ok(
        p.text.startsWith(acc),
        `${doc.name}: page ${l.page} line «${l.text}» does not continue paragraph ${p.i} «${p.text.slice(0, 40)}…» (got «${acc.slice(-40)}»)`,
      );
    }
    out[out.length - 1].last = true;
  }
  assert.equal(li, lines.length, `${doc.name}: text after the last paragraph: «${lines[li]?.text}»`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------

const main = () => [docs.demo, docs.long, docs.sealed];

test('every paragraph of the report appears in the PDF, complete and in order', (t) => {
  for (const doc of Object.values(docs)) {
    const mapped = mapLines(doc);
    const paras = new Set(mapped.map((m) => m.para));
    if (!doc.name.startsWith('pushed'))
      t.diagnostic(`${doc.name}: ${doc.pages.length} pages, ${mapped.length} lines, ${paras.size} paragraphs`);
  }
  assert.ok(docs.long.pages.length > 5 * docs.demo.pages.length, 'the long report is long');
});

test('every full page has 22 lines in the text block (37–262 mm); a page may end early only to keep a heading with its text', (t) => {
  for (const doc of main()) {
    const mapped = mapLines(doc);
    const kindOfFirstLine = (page: number) => {
      const m = mapped.find((x) => x.line.page === page);
      return m ? doc.plan[m.para].kind : undefined;
    };
    let full = 0;
    let keptShort = 0;
    for (const page of doc.pages) {
      const lines = visualLines(page).filter((l) => !isFooter(l));
      const rows = lines.map(row);
      for (const l of lines) {
        assert.ok(
          l.yMin >= BLOCK_TOP && l.yMin < BLOCK_BOTTOM,
          `${doc.name} p${page.number}: line top ${l.yMin.toFixed(1)} mm outside the block`,
        );
      }
      assert.equal(new Set(rows).size, rows.length, `${doc.name} p${page.number}: two lines on one row`);
      assert.ok(Math.max(...rows) <= 21, `${doc.name} p${page.number}: more than 22 rows`);
      if (page.number === doc.pages.length) continue;
      // Rows in use: from the first row to the last text line (blank paragraphs count as rows).
      const used = Math.max(...rows) + 1;
      if (used === 22) {
        full += 1;
        assert.equal(Math.min(...rows), 0, `${doc.name} p${page.number}: the first row is empty`);
      } else {
        const next = kindOfFirstLine(page.number + 1);
        assert.ok(
          used >= 20 && (next === 'heading' || next?.startsWith('signature')),
          `${doc.name} p${page.number}: only ${used} of 22 rows used, and page ${page.number + 1} starts with a ${next}`,
        );
        keptShort += 1;
      }
    }
    t.diagnostic(
      `${doc.name}: ${full} full pages with 22 rows, ${keptShort} ending early to keep a heading with its text, last page ${doc.pages.length}`,
    );
    assert.ok(full >= (doc.pages.length - 1) / 2, `${doc.name}: most pages are full`);
  }
});

test('every full line of Chinese body text holds 28 characters (26 after the first-line indent)', (t) => {
  for (const doc of [docs.demo, docs.long]) {
    const mapped = mapLines(doc);
    const stats = { pure: 0, exact: 0, kinsoku: 0, hanging: 0, mixed: 0 };
    mapped.forEach((m, i) => {
      const kind = doc.plan[m.para].kind;
      if (kind !== 'body' || m.last) return;
      const chars = [...m.line.text];
      const where = `${doc.name} p${m.line.page} «${m.line.text}»`;
      // LibreOffice hangs a closing mark past the margin (its DOCX import reads w:overflowPunct inverted).
      let inBlock = chars;
      if (m.line.xMax > BLOCK_RIGHT + 0.5 && NO_START.has(chars[chars.length - 1])) {
        inBlock = chars.slice(0, -1);
        stats.hanging += 1;
      }
      assert.ok(m.line.xMax <= BLOCK_RIGHT + CHAR + 0.5, `${where}: runs past the right margin`);
      const expected = m.first ? TEXT_BLOCK.charsPerLine - 2 : TEXT_BLOCK.charsPerLine;
      const startX = m.first ? BLOCK_LEFT + 2 * CHAR : BLOCK_LEFT;
      assert.ok(
        Math.abs(m.line.xMin - startX) < 0.6,
        `${where}: starts at ${m.line.xMin.toFixed(2)} mm, expected ${startX.toFixed(2)}`,
      );
      if (chars.some(isHalfWidth)) {
        // Half-width digits and punctuation have no fixed count; the justified line must still reach the margin.
        stats.mixed += 1;
        if (inBlock.length === chars.length) {
          assert.ok(
            Math.abs(m.line.xMax - BLOCK_RIGHT) < 0.8,
            `${where}: justified line ends at ${m.line.xMax.toFixed(2)} mm`,
          );
        }
        return;
      }
      stats.pure += 1;
      if (inBlock.length === expected) {
        stats.exact += 1;
        return;
      }
      // Fewer only when line-breaking rules forbid the next character at the start of a line, or this one at the end.
      const next = mapped[i + 1]?.line.text ?? '';
      const nextFirst = [...next][0] ?? '';
      const allowed =
        inBlock.length < expected &&
        (NO_START.has(nextFirst) || NO_END.has(chars[chars.length - 1]) || /[0-9A-Za-z]/.test(nextFirst));
      assert.ok(allowed, `${where}: ${inBlock.length} characters, expected ${expected}`);
      stats.kinsoku += 1;
    });
    t.diagnostic(
      `${doc.name}: ${stats.pure} full-width body lines, ${stats.exact} with exactly 28 (26 on first lines), ` +
        `${stats.kinsoku} shorter where a mark may not start the next line, ${stats.hanging} with a mark hung past the margin, ` +
        `${stats.mixed} lines with half-width digits or punctuation`,
    );
    assert.ok(stats.pure >= 10, `${doc.name}: enough full-width lines to judge (${stats.pure})`);
    assert.ok(stats.exact >= stats.pure * 0.8, `${doc.name}: most full-width lines hold exactly 28 characters`);
  }
});

test('page numbers "— N —": 4号, right on odd pages and left on even pages, one character in, about 7 mm below the block', (t) => {
  const side = twipsToMm(PAGE_NUMBER.sideIndentTwips);
  for (const doc of main()) {
    for (const page of doc.pages) {
      const footers = visualLines(page).filter(isFooter);
      assert.equal(footers.length, 1, `${doc.name} p${page.number}: one footer line`);
      const f = footers[0];
      const m = /^—(\d+)—$/.exec(norm(f.text));
      assert.ok(m, `${doc.name} p${page.number}: footer «${f.text}»`);
      assert.equal(Number(m[1]), page.number);
      if (page.number % 2 === 1)
        assert.ok(
          Math.abs(f.xMax - (BLOCK_RIGHT - side)) < 1,
          `odd page ${page.number} right edge ${f.xMax.toFixed(1)}`,
        );
      else
        assert.ok(
          Math.abs(f.xMin - (BLOCK_LEFT + side)) < 1,
          `even page ${page.number} left edge ${f.xMin.toFixed(1)}`,
        );
      assert.ok(
        f.yMin > BLOCK_BOTTOM + 2 && f.yMax < BLOCK_BOTTOM + 12,
        `${doc.name} p${page.number}: footer at ${f.yMin.toFixed(1)}–${f.yMax.toFixed(1)} mm`,
      );
    }
    const f1 = visualLines(doc.pages[0]).filter(isFooter)[0];
    t.diagnostic(
      `${doc.name}: page number box ${f1.xMin.toFixed(1)}–${f1.xMax.toFixed(1)} mm across, ${f1.yMin.toFixed(1)}–${f1.yMax.toFixed(1)} mm down`,
    );
  }
});

test('signature: unsealed — date two characters from the margin, two characters right of the units; sealed — date four characters from the margin, unit over it', (t) => {
  const last = (doc: Rendered, n: number) => {
    const lines = visualLines(doc.pages[doc.pages.length - 1]).filter((l) => !isFooter(l));
    return lines.slice(-n);
  };
  const [u1, u2, date] = last(docs.long, 3);
  assert.equal(norm(u1.text), '中共汤郎乡委员会');
  assert.equal(norm(u2.text), '汤郎乡人民政府');
  assert.equal(norm(date.text), '2025年1月15日');
  assert.ok(Math.abs(u1.xMin - u2.xMin) < 0.3, 'units start together');
  // The date two characters right of 中共汤郎乡委员会 would end nearer the margin than two characters, so it is
  // right-aligned two characters from the margin (exact in any reader) and the units stand two characters left of
  // where the layout puts its first character: Word's widths. LibreOffice sets the date wider, by its automatic
  // space between digits and Chinese and the character spacing it leaves off the end of each script portion.
  const unsealedRight = BLOCK_RIGHT - date.xMax;
  assert.ok(
    Math.abs(unsealedRight - twipsToMm(2 * BODY_CHAR_TWIPS)) < 0.3,
    `right of the date ${unsealedRight.toFixed(2)} mm`,
  );
  const text = '2025年1月15日';
  const portions = text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g)!.length;
  const loWider = twipsToMm(
    textWidthTwips(text, FONT_SIZE.body, '', true) - CHAR_SPACING_TWIPS * portions - textWidthTwips(text),
  );
  const shift = date.xMin - u1.xMin;
  assert.ok(
    Math.abs(shift - (2 * CHAR - loWider)) < 0.3,
    `date starts ${shift.toFixed(2)} mm right of the units, expected ${(2 * CHAR - loWider).toFixed(2)} mm in LibreOffice`,
  );
  assert.equal(row(u2) - row(u1), 1);
  assert.equal(row(date) - row(u2), 1);
  t.diagnostic(
    `unsealed: units ${u1.xMin.toFixed(2)} mm, date ${date.xMin.toFixed(2)}–${date.xMax.toFixed(2)} mm ` +
      `(right space ${unsealedRight.toFixed(2)} mm, two characters ${twipsToMm(2 * BODY_CHAR_TWIPS).toFixed(2)} mm)`,
  );

  const [unit, sdate] = last(docs.sealed, 2);
  assert.equal(norm(unit.text), '汤郎乡人民政府');
  const dateRight = BLOCK_RIGHT - sdate.xMax;
  assert.ok(Math.abs(dateRight - twipsToMm(1280)) < 0.5, `sealed date right space ${dateRight.toFixed(2)} mm`);
  const centre = (l: PdfLine) => (l.xMin + l.xMax) / 2;
  assert.ok(
    Math.abs(centre(unit) - centre(sdate)) < CHAR,
    `unit centre ${centre(unit).toFixed(1)} vs date centre ${centre(sdate).toFixed(1)}`,
  );
  t.diagnostic(
    `sealed: date right space ${dateRight.toFixed(2)} mm, unit centre off by ${(centre(unit) - centre(sdate)).toFixed(2)} mm`,
  );
});

test('the pagination estimate matches LibreOffice line for line, and warns when the 落款 would stand alone', (t) => {
  for (const doc of Object.values(docs)) {
    const mapped = mapLines(doc);
    const real = doc.plan.map((p, i) => (p.texts.join('') ? mapped.filter((m) => m.para === i).length : 1));
    // LibreOffice hangs 、。，． past the margin (see above); the estimate is told so.
    const est = paginate(doc.plan, LIBREOFFICE_READING);
    const wrong = doc.plan
      .map((p, i) => [i, est.lines[i], real[i], p.texts.join('').slice(0, 12)] as const)
      .filter(([, e, r]) => e !== r);
    assert.deepEqual(
      wrong,
      [],
      `${doc.name}: paragraphs whose line count the estimate gets wrong (index, estimate, LibreOffice)`,
    );
    assert.equal(est.pages, doc.pages.length, `${doc.name}: page count`);
    const sig = doc.plan.findIndex((p) => p.kind.startsWith('signature'));
    if (sig >= 0) {
      const lastLines = visualLines(doc.pages[doc.pages.length - 1]).filter((l) => !isFooter(l));
      const sigLines = doc.plan.slice(sig).filter((p) => p.texts.join('')).length;
      assert.equal(
        est.linesAboveSignature,
        lastLines.length - sigLines,
        `${doc.name}: text lines above the 落款 on its page`,
      );
    }
    const warning = signatureAloneWarning(doc.plan);
    if (doc.name.startsWith('pushed')) {
      t.diagnostic(
        `${doc.name}: ${doc.pages.length} pages, ${est.linesAboveSignature} lines of text on the 落款 page → ${warning ?? 'no warning'}`,
      );
    }
    assert.equal(
      warning !== null,
      (est.linesAboveSignature ?? 99) <= 1,
      `${doc.name}: warning iff at most one line goes with the 落款`,
    );
  }
  assert.equal(docs.pushed11.pages.length, docs.pushed9.pages.length + 1, 'the longer variants run onto a new page');
  assert.ok(docs.pushed11.pages.length > docs.demo.pages.length, 'pushed11 is longer than the demo');
});
