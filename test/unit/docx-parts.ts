/**
 * Reading an exported .docx in the Word export tests: the package's parts as text, the paragraphs of a part with
 * their properties and runs, and attribute lookups in OOXML fragments.
 */
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocx, type ExportOptions } from '../../electron/services/docx-export.ts';
import type { Report } from '../../electron/core/report-model.ts';

export const WINDOWS: ExportOptions = { fontPreset: 'windows', boldHeadings: false };
export const GB2312: ExportOptions = { fontPreset: 'gb2312', boldHeadings: false };

export type Parts = Record<string, string>;

export async function exportParts(report: Report, options: ExportOptions = WINDOWS): Promise<Parts> {
  const files = unzipSync(await buildDocx(report, options));
  const out: Parts = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  return out;
}

export interface Para {
  xml: string;
  pPr: string;
  text: string;
  runs: { rPr: string; text: string }[];
}

export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1];
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs = [...inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1])?.[1] ?? '',
      text: [...r[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    return { xml: inner, pPr, text: runs.map((r) => r.text).join(''), runs };
  });
}

/** Attribute value of the first `<w:name …>` in a fragment. */
export function attr(fragment: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<w:${element}\\b([^>]*)/?>`).exec(fragment)?.[1];
  if (el === undefined) return undefined;
  return new RegExp(`\\bw:${name}="([^"]*)"`).exec(el)?.[1];
}

export function textPara(paras: Para[], text: string | RegExp): Para {
  const p = paras.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  assert.ok(p, `no paragraph ${String(text)}`);
  return p;
}

export function fontOf(p: Para): string | undefined {
  return attr(p.runs[0]?.rPr ?? '', 'rFonts', 'eastAsia');
}

export function sizeOf(p: Para): string | undefined {
  return attr(p.runs[0]?.rPr ?? '', 'sz', 'val');
}
