/** Is this text a report at all? Checked before parsing, so nothing that is not a report becomes one. */
import { hanCount } from '../text/chinese.ts';
import { ImportError } from './types.ts';
import { anyOf, importWords } from './words.ts';

/** Minimum number of Chinese characters for a text to be taken as a report. */
export const MIN_REPORT_HAN = 100;
/** Longest text accepted (the model's limit for one text field). */
export const MAX_IMPORT_CHARS = 2_000_000;

const RULE_OF_LAW = new RegExp(anyOf(importWords.ruleOfLaw));

/**
 * Why a text cannot be imported as a report, or null when it can: empty, binary-looking (control or replacement
 * characters), fewer than MIN_REPORT_HAN Chinese characters, or no 法治/法制/依法 wording at all.
 */
export function checkReportText(text: string): ImportError | null {
  if (text.length > MAX_IMPORT_CHARS) {
    return new ImportError(
      'too-large',
      `内容太长（${text.length} 字符），不像一份年度报告。`,
      `Text too long (${text.length} characters) for an annual report.`,
    );
  }
  const visible = text.replace(/[\s\uFEFF]/g, '');
  if (!visible)
    return new ImportError(
      'empty',
      '没有可导入的文字（文件或粘贴的内容是空的）。',
      'Nothing to import: the text is empty.',
    );
  const junk = (visible.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (junk > 0 && junk / visible.length > 0.005) {
    return new ImportError(
      'binary',
      '内容不是可读的文字（可能是图片、压缩包或编码无法识别的文件），无法导入。',
      'The content is not readable text (binary data or an unknown encoding).',
    );
  }
  const han = hanCount(visible);
  if (han < MIN_REPORT_HAN) {
    return new ImportError(
      'too-short',
      `内容只有 ${han} 个汉字，不像一份法治政府建设年度报告（至少需要 ${MIN_REPORT_HAN} 个汉字）。`,
      `Only ${han} Chinese characters; an annual report needs at least ${MIN_REPORT_HAN}.`,
    );
  }
  if (!RULE_OF_LAW.test(visible)) {
    return new ImportError(
      'not-report',
      '内容中没有“法治”“依法”等字样，不像法治政府建设情况报告，未导入。',
      'No rule-of-law wording (法治/依法) found: this does not look like a 法治政府建设 report.',
    );
  }
  return null;
}
