/** The corpus score as a plain-text table a person reads: figures first, then the noise and the misses. */
import type { EvalResult, Tally } from './score.ts';

function pct(t: Tally): string {
  if (!t.compared) return `${t.agreed}/0`;
  return `${t.agreed}/${t.compared} (${Math.round((100 * t.agreed) / t.compared)}%)`;
}

function misses(m: Record<string, number>): string {
  return Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function summary(r: EvalResult): string[] {
  const perText = r.texts ? (r.unexplained.length / r.texts).toFixed(2) : '0';
  return [
    `all items (not cut, either side not missing)  ${pct(r.overall)}`,
    `chief, 3 states (not cut)                     ${pct(r.chief)}${r.chief.compared ? '  ' + misses(r.chief.misses) : ''}`,
    `year                                          ${r.year.agreed}/${r.year.compared}`,
    `labelled slips caught                         ${pct(r.slips)}`,
    `unexplained findings (not punctuation)        ${r.unexplained.length} (${perText} per text)`,
    `half-width punctuation and year-range hyphen findings (not counted) ${r.punctuation}`,
    `findings beyond the excerpt or at its cut (not counted) ${r.beyondExcerpt}`,
    `findings as listed, a group (全文 N 处…) once  ${r.listed} (${r.places} place by place)`,
  ];
}

/** The whole evaluation as text. */
export function formatEval(r: EvalResult): string {
  const out: string[] = [`${r.texts} texts`, '', 'item                 agreement      disagreements (label→computed)'];
  for (const s of r.items) out.push(`${s.id.padEnd(20)} ${pct(s).padEnd(14)} ${misses(s.misses)}`);
  out.push('', ...summary(r), '', 'slips by kind:');
  for (const [kind, t] of Object.entries(r.slips.byKind)) out.push(`  ${kind.padEnd(26)} ${t.agreed}/${t.compared}`);
  const failed = r.perText.filter((t) => t.error || t.year !== t.labelYear);
  if (failed.length) out.push('', 'year or import problems:');
  for (const t of failed)
    out.push(`  ${t.file}: label ${t.labelYear}, read ${t.year ?? '-'}${t.error ? ' ' + t.error : ''}`);
  out.push('', 'slips missed:');
  for (const s of r.slips.list.filter((x) => !x.caught)) out.push(`  ${s.file} [${s.kind}] ${s.quote}`);
  out.push('', 'findings the labels do not explain:');
  for (const f of r.unexplained) {
    out.push(`  ${f.file} ${f.rule} ${f.section}: ${f.message}`, `      ${f.excerpt}`);
  }
  out.push('', ...summary(r));
  return out.join('\n');
}
