/**
 * Builds assets/demo-report.json from the text of a sample report laid out like the one the demo was made from:
 * a title, a 导语, and five numbered parts with free headings (基本情况 / 工作开展情况 / 创建工作成效 / 存在的问题
 * 和不足 / 下步工作计划). They are placed on the mandated sections by hand, by line, keeping every character and
 * the sample's own headings; the import tests compare the parser's placement with this one.
 * Run: node --import tsx electron/tools/make-demo.ts <sample.txt>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createReport, type NewReportInput } from '../core/catalogue.ts';
import { DEMO_REPORT_ID, ReportSchema, type Report, type Section } from '../core/report-model.ts';

/** "(一)标题。正文" → [标题, 正文] */
function runIn(line: string): [string, string] {
  const body = line.replace(/^[(（][一二三四五六七八九十]+[)）]/, '');
  const cut = body.indexOf('。');
  return cut < 0 ? [body, ''] : [body.slice(0, cut), body.slice(cut + 1)];
}
const strip = (line: string) =>
  line.replace(/^[(（][一二三四五六七八九十]+[)）]/, '').replace(/^[一二三四五六七八九十]+、/, '');

/**
 * The sample's lines placed on the mandated sections: 基本情况 and 创建工作成效 (with its four sub-headings) as
 * the user's own sub-sections of 举措和成效, the five run-in sub-headings on their sub-areas.
 */
export function placeSample(text: string, input: NewReportInput, now: Date): Report {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let seq = 0;
  const id = (p: string) => `demo-${p}-${++seq}`;
  const para = (text: string) => ({ id: id('p'), text });
  const section = (heading: string, paragraphs: string[], children: Section[] = []): Section => ({
    id: id('s'),
    key: null,
    heading,
    paragraphs: paragraphs.map(para),
    stats: [],
    children,
  });

  const report = createReport(input, now);
  report.recipient = '';
  report.preamble = lines[1];
  const byKey = (k: string) => report.sections.find((s) => s.key === k)!;
  const measures = byKey('measures');
  measures.heading = strip(lines[5]);
  const basic = section(strip(lines[2]), [lines[3], lines[4]]);
  const filled: Section[] = [];
  ['study', 'functions', 'decisions', 'disputes', 'oversight'].forEach((k, i) => {
    const [h, body] = runIn(lines[6 + i]);
    const s = measures.children.find((c) => c.key === k)!;
    s.heading = h;
    s.paragraphs = [para(body)];
    filled.push(s);
  });
  // The parent's id comes before its children's, as they read in the file.
  const results = section(strip(lines[11]), []);
  results.children = [12, 14, 16, 18].map((n) => section(strip(lines[n]), [lines[n + 1]]));
  const empty = measures.children.filter((c) => !filled.includes(c));
  measures.children = [basic, ...filled, results, ...empty];

  const shortfalls = byKey('shortfalls');
  shortfalls.heading = strip(lines[20]);
  shortfalls.paragraphs = [para(lines[21])];
  const plan = byKey('plan');
  plan.heading = strip(lines[22]);
  plan.paragraphs = [para(lines[23])];
  return report;
}

function main(args: string[]): void {
  const src = args[0];
  if (!src) {
    console.error(
      '缺少样例报告文本的路径 / missing the path of the sample report text\n' +
        '用法 / usage: node --import tsx electron/tools/make-demo.ts <sample.txt>',
    );
    process.exit(2);
  }
  let text: string;
  try {
    text = readFileSync(src, 'utf8');
  } catch (err) {
    console.error(`读不到样例报告 / cannot read the sample report: ${src} (${(err as Error).message})`);
    process.exit(1);
  }
  const report = placeSample(
    text,
    { unitName: '汤郎乡', county: '禄劝县', year: 2024 },
    new Date('2025-01-20T08:00:00Z'),
  );
  report.id = DEMO_REPORT_ID;
  // Figures the sample states in its text.
  const setStat = (sectionKey: string, statId: string, value: number) => {
    const s = report.sections.find((x) => x.key === 'measures')!.children.find((c) => c.key === sectionKey)!;
    s.stats.find((st) => st.id === statId)!.value = value;
  };
  setStat('enforcement', 'certified-officers', 21);
  setStat('oversight', 'disclosures', 150);
  setStat('education', 'education-events', 28);
  setStat('education', 'materials', 5700);
  setStat('education', 'consultations', 80);

  const parsed = ReportSchema.parse(report);
  writeFileSync(new URL('../../assets/demo-report.json', import.meta.url), JSON.stringify(parsed, null, 2) + '\n');
  console.error(`demo report written: ${text.split('\n').filter((l) => l.trim()).length} source lines`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
