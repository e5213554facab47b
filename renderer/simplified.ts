/**
 * Traditional → simplified in the page, for checking a report the user kept in traditional characters
 * (core/check.ts reads it in simplified). The same OpenCC conversion as the import's on the main side
 * (electron/services/simplified.ts); its dictionaries are bundled, about 100 KB.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { OPENCC_TO_SIMPLIFIED, type ToSimplified } from '../electron/core/text/traditional.ts';

let convert: ToSimplified | null = null;

export const toSimplified: ToSimplified = (text) => {
  convert ??= OpenCC.Converter(OPENCC_TO_SIMPLIFIED);
  return convert(text);
};
