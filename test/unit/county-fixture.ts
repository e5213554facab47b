/**
 * The invented township reports of test/fixtures/county, copied to a fresh folder with the received dates a test
 * needs (a file's modification date is its received date): 青石镇 and 柳溪镇 on time, 云岭街道 after 3月1日.
 */
import { cpSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const COUNTY_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/county');

export const RECEIVED: Record<string, string> = {
  '青石镇2025.txt': '2026-02-20',
  '柳溪镇2025.txt': '2026-02-27',
  '白沙乡2025.txt': '2026-03-01',
  '云岭街道2025.txt': '2026-03-12',
  '白沙乡2024.txt': '2025-02-25',
};

/** A copy of the fixture folder with the received dates above. */
export function countyFolder(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'county-')), '各乡镇报告');
  cpSync(COUNTY_FIXTURES, dir, { recursive: true });
  for (const [name, day] of Object.entries(RECEIVED)) {
    const t = new Date(`${day}T10:00:00`);
    utimesSync(path.join(dir, name), t, t);
  }
  return dir;
}
