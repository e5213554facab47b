/**
 * Builds assets/demo-report.json from the sample report text (../shared/samples/tanglang-2024.txt).
 * The sample uses free headings (基本情况 / 工作开展情况 / 创建工作成效 / 存在的问题和不足 / 下步工作计划);
 * here they are placed on the mandated sections by hand, keeping every character and the sample's own headings.
 * Run: node --import tsx electron/tools/make-demo.ts <sample.txt>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createReport } from '../core/catalogue.ts';
import { ReportSchema, type Section } from '../core/report-model.ts';

const src = process.argv[2] ?? '../shared/samples/tanglang-2024.txt';
const lines = readFileSync(src, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

let seq = 0;
const id = (p: string) => `demo-${p}-${++seq}`;
const para = (text: string) => ({ id: id('p'), text });
/** "(一)标题。正文" → [标题, 正文] */
function runIn(line: string): [string, string] {
  const body = line.replace(/^[(（][一二三四五六七八九十]+[)）]/, '');
  const cut = body.indexOf('。');
  return cut < 0 ? [body, ''] : [body.slice(0, cut), body.slice(cut + 1)];
}
const strip = (line: string) =>
  line.replace(/^[(（][一二三四五六七八九十]+[)）]/, '').replace(/^[一二三四五六七八九十]+、/, '');

const report = createReport({ unitName: '汤郎乡', county: '禄劝县', year: 2024 }, new Date('2025-01-20T08:00:00Z'));
report.id = 'demo-tanglang-2024';
report.recipient = '';
report.preamble = lines[1];
const byKey = (k: string) => report.sections.find((s) => s.key === k)!;
const measures = byKey('measures');
measures.heading = strip(lines[5]);
const child = (k: string) => measures.children.find((c) => c.key === k)!;

const basic: Section = {
  id: id('s'),
  key: null,
  heading: strip(lines[2]),
  paragraphs: [para(lines[3]), para(lines[4])],
  stats: [],
  children: [],
};
const filled: Section[] = [];
['study', 'functions', 'decisions', 'disputes', 'oversight'].forEach((k, i) => {
  const [h, body] = runIn(lines[6 + i]);
  const s = child(k);
  s.heading = h;
  s.paragraphs = [para(body)];
  filled.push(s);
});
const results: Section = {
  id: id('s'),
  key: null,
  heading: strip(lines[11]),
  paragraphs: [],
  stats: [],
  children: [12, 14, 16, 18].map((n) => ({
    id: id('s'),
    key: null,
    heading: strip(lines[n]),
    paragraphs: [para(lines[n + 1])],
    stats: [],
    children: [],
  })),
};
const empty = measures.children.filter((c) => !filled.includes(c));
measures.children = [basic, ...filled, results, ...empty];

const shortfalls = byKey('shortfalls');
shortfalls.heading = strip(lines[20]);
shortfalls.paragraphs = [para(lines[21])];
const plan = byKey('plan');
plan.heading = strip(lines[22]);
plan.paragraphs = [para(lines[23])];

// Figures the sample states in its text.
const setStat = (sectionKey: string, statId: string, value: number) => {
  const s = measures.children.find((c) => c.key === sectionKey)!;
  s.stats.find((st) => st.id === statId)!.value = value;
};
setStat('enforcement', 'certified-officers', 21);
setStat('oversight', 'disclosures', 150);
setStat('education', 'education-events', 28);
setStat('education', 'materials', 5700);
setStat('education', 'consultations', 80);

const parsed = ReportSchema.parse(report);
writeFileSync(new URL('../../assets/demo-report.json', import.meta.url), JSON.stringify(parsed, null, 2) + '\n');
console.error(`demo report written: ${lines.length} source lines`);
