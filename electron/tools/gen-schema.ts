/**
 * Writes assets/report.schema.json, the JSON Schema of a report file, from the model's zod schema.
 * A unit test checks the stored file still matches, so the two cannot drift apart.
 * Run: node --import tsx electron/tools/gen-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ReportSchema } from '../core/report-model.ts';

const schema = z.toJSONSchema(ReportSchema, { unrepresentable: 'any', io: 'input' });
const out = {
  $id: 'https://fazhi-report.local/report.schema.json',
  title: '法治政府建设工作情况报告',
  description: '法治报告助手的报告文件格式（一份年度报告）。',
  ...schema,
};
writeFileSync(new URL('../../assets/report.schema.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.error('assets/report.schema.json written');
