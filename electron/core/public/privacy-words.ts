/**
 * What the 保密审查 scan looks for (assets/privacy.json), validated at load: every pattern must compile, so a
 * mistake in the file stops the app at start instead of hiding findings.
 */
import { z } from 'zod';
import privacyData from '../../../assets/privacy.json' with { type: 'json' };
import { loadAsset } from '../asset.ts';

export const PRIVACY_KINDS = [
  'id',
  'bank',
  'mobile',
  'landline',
  'plate',
  'address',
  'name',
  'marker',
  'word',
] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/** The kinds as the review dialog and the CLI name them. */
export const KIND_LABELS: Record<PrivacyKind, string> = {
  id: '身份证号',
  bank: '银行卡号',
  mobile: '手机号',
  landline: '固定电话',
  plate: '车牌号',
  address: '门牌号',
  name: '当事人姓名',
  marker: '密级或内部标识',
  word: '自定敏感词',
};

const compiles = (source: string) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

const PatternSchema = z.strictObject({
  kind: z.enum(PRIVACY_KINDS),
  regex: z.string().min(1).refine(compiles, { message: '不是有效的正则表达式' }),
  /** a verification of the match: ID checksum (18 digits), a real birth date (15 digits), Luhn (bank cards) */
  check: z.enum(['id18', 'id15', 'luhn']).optional(),
});

const PrivacySchema = z.strictObject({
  $comment: z.string().optional(),
  patterns: z.array(PatternSchema).min(1),
  markers: z.array(z.string().min(2)),
  /** phrases that contain a marker but are ordinary words (国家秘密 in 涉及国家秘密的除外) */
  markerUnless: z.array(z.string().min(2)),
  caseWords: z.array(z.string().min(2)).min(1),
  surnames: z.string().min(1),
  compoundSurnames: z.array(z.string().length(2)),
  /** characters that end a name: anonymised names (王某), function words, punctuation, digits */
  notGiven: z.string(),
  /** words that begin with a surname character but are no name (程序, 万元) */
  notNames: z.array(z.string().min(2)),
  words: z.array(z.string().min(1)),
});
export type PrivacyWords = z.infer<typeof PrivacySchema>;
export type PrivacyPattern = z.infer<typeof PatternSchema>;

export const PRIVACY: PrivacyWords = loadAsset('privacy.json', PrivacySchema, privacyData);
