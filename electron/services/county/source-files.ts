/** The township reports among what the county picked: its own earlier outputs in the same folder are not among them. */
import { inputFiles } from '../input-files.ts';
import { SOURCE_EXTENSIONS } from './read-source.ts';

/** Files the county itself writes, perhaps into a folder it reads again: 汇总表, 审核意见单, a check's JSON. */
const OWN_OUTPUT = /审核意见单\.docx$|汇总表?\.docx$|\.check\.json$/;

export function countySourceFiles(chosen: readonly string[]): string[] {
  return inputFiles(chosen, SOURCE_EXTENSIONS, (name) => OWN_OUTPUT.test(name));
}
