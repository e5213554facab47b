/**
 * Traditional → simplified Chinese with OpenCC's dictionaries (opencc-js, bundled: no network, no native code).
 * Only the traditional-to-mainland direction is bundled (about 100 KB); it lives on the main side, and the pure
 * import core receives it as a function.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { OPENCC_TO_SIMPLIFIED, type ToSimplified } from '../core/text/traditional.ts';

let convert: ToSimplified | null = null;

/** Traditional (OpenCC standard, with Hong Kong and Taiwan variants read too) to mainland simplified. */
export const toSimplified: ToSimplified = (text) => {
  // Built on first use: the dictionaries are turned into lookup tables once, not at start-up.
  convert ??= OpenCC.Converter(OPENCC_TO_SIMPLIFIED);
  return convert(text);
};
