/**
 * The start-up notice of what falls due, told once a day: the day it was last told is kept in
 * data/due-notice.json, so opening the app again that day says nothing new.
 */
import path from 'node:path';
import { z } from 'zod';
import { localIsoDate } from '../core/dates.ts';
import { dueNotices } from '../core/due.ts';
import type { ReportStore } from './store.ts';
import { parseJsonText, readTextSync, writeDataFile } from './json-file.ts';

const FILE = 'due-notice.json';
const Told = z.object({ day: z.string().max(10) });

export async function dueNoticesOnce(store: ReportStore, now: Date): Promise<string[]> {
  const today = localIsoDate(now);
  const file = path.join(store.dataDir, FILE);
  try {
    const text = readTextSync(file);
    if (text !== null && Told.parse(parseJsonText(text)).day === today) return [];
  } catch {
    // An unreadable or damaged record only means the notice may be told twice today.
  }
  const notices = dueNotices(store.list(), today, store.settings().dueDates);
  if (notices.length && !store.readOnlyReason)
    await writeDataFile(file, JSON.stringify({ day: today })).catch(() => {});
  return notices;
}
