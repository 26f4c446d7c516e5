import { type DataSource, In } from 'typeorm';
import { bumpCacheVersion } from '../db/reference-cache';
import { CalendarDay } from './calendar-day.entity';

interface ChineseDays {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** "National Day,国庆节,3" → "国庆节" */
const holidayName = (detail: string) => detail.split(',')[1] ?? detail;

/**
 * Loads the State Council's holidays and moved working days (from the chinese-days package) into
 * the calendar table. Only dates not there yet are added: an administrator's correction stays.
 */
export async function ensureOfficialCalendar(ds: DataSource): Promise<number> {
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDays;
  const official = [
    ...Object.entries(data.holidays).map(([date, d]) => ({ date, workday: false, note: holidayName(d) })),
    ...Object.entries(data.workdays).map(([date, d]) => ({ date, workday: true, note: `${holidayName(d)}调休上班` })),
  ];
  const repo = ds.getRepository(CalendarDay);
  let added = 0;
  for (let i = 0; i < official.length; i += 200) {
    const chunk = official.slice(i, i + 200);
    const present = new Set(
      (await repo.find({ select: { date: true }, where: { date: In(chunk.map((d) => d.date)) } })).map((d) => d.date),
    );
    const missing = chunk.filter((d) => !present.has(d.date));
    if (missing.length) await repo.insert(missing);
    added += missing.length;
  }
  if (added) await bumpCacheVersion(ds.manager, 'calendar');
  return added;
}
