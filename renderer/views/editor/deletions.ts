/**
 * Deleting a paragraph or a section of the form: asked first in the app's own confirmation, then one change of
 * the report, which the undo history takes back with Ctrl+Z like any other.
 */
import type { Paragraph, Section } from '../../../electron/core/report-model.ts';
import { clip } from '../../../electron/core/checklist/lookup.ts';
import { countChars } from '../../../electron/core/text.ts';
import { ask } from '../../components/Confirm.tsx';
import type { Ctx } from './ctx.ts';

const UNDO_HINT = '删除后可以按 Ctrl+Z 或点工具栏的“撤销”恢复。';

/** All the text under a section, for saying how much a delete removes. */
function charsUnder(s: Section): number {
  return s.paragraphs.reduce((n, p) => n + countChars(p.text), 0) + s.children.reduce((n, c) => n + charsUnder(c), 0);
}

/** Remove `item` from `list` where it is now (the list may have moved while the question was open). */
function remove<T>(list: T[], item: T): boolean {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
  return at >= 0;
}

/** An empty paragraph goes at once; one with text is asked about. `shown` is its text as the box shows it. */
export async function deleteParagraph(ctx: Ctx, section: Section, p: Paragraph, shown: string): Promise<void> {
  if (p.text.trim()) {
    const yes = await ask({
      title: '删除这一段？',
      message: `“${clip(shown, 30)}”（${countChars(shown)} 字）将从报告中删去。${UNDO_HINT}`,
      confirm: '删除',
      danger: true,
    });
    if (!yes) return;
  }
  if (remove(section.paragraphs, p)) ctx.touch(section);
}

/** One of the user's own sections, with everything under it. */
export async function deleteSection(ctx: Ctx, section: Section, parent: Section | null, siblings: Section[]) {
  const name = section.heading.trim() || '未命名';
  const chars = charsUnder(section);
  const under = section.children.length ? `及其下 ${section.children.length} 个小节` : '';
  const yes = await ask({
    title: `删除小节“${clip(name, 20)}”？`,
    message: `这个小节${under}${chars ? `的全部正文（${chars} 字）` : ''}将从报告中删去。${UNDO_HINT}`,
    confirm: '删除',
    danger: true,
  });
  if (yes && remove(siblings, section)) ctx.touch(parent);
}
