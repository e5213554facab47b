/**
 * Which section of last year's report a section of this year's continues, for 对比上年. Mandated sections
 * match by catalogue key; the user's own sections match when last year's heading, moved one year on the way
 * 新建下一年度 moves it, is this heading.
 */
import { walkSections, type Report, type Section } from './report-model.ts';
import { shiftYears } from './carry-forward.ts';

/** The section of `previous` that `section` continues, or undefined when it has none. */
export function previousSection(previous: Report, section: Section): Section | undefined {
  for (const { section: s } of walkSections(previous.sections)) {
    if (
      section.key ? s.key === section.key : s.key === null && shiftYears(s.heading, previous.year) === section.heading
    )
      return s;
  }
  return undefined;
}
