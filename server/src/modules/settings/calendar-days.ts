import chineseDays from 'chinese-days';
import Papa from 'papaparse';
import { AppError } from '../../platform/errors/app-error.ts';
import type { CalendarDayKind } from './calendars.table.ts';

/** A holiday or extra working day to put on a calendar. */
export type DayEntry = { day: string; kind: CalendarDayKind; name: string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** chinese-days names a day "National Day,国庆节,3": both languages, for both of ours. */
function chineseName(day: string): string | null {
  const [en, zh] = chineseDays.getDayDetail(day).name.split(',');
  return zh && en ? `${zh} / ${en}` : null;
}

/**
 * date-holidays and node-ical carry every country's rules and a full iCalendar parser: loaded
 * when a calendar is set up, not with every server start.
 */
const holidaysPackage = async () => (await import('date-holidays')).default;

/** Countries with holiday data, by code, named in English. */
export async function presetCountries(): Promise<Record<string, string>> {
  const Holidays = await holidaysPackage();
  return new Holidays().getCountries('en');
}

/**
 * A country's public holidays in a year. China comes from the State Council's schedule as
 * the chinese-days package keeps it, with the weekend days worked in lieu; every other
 * country from date-holidays' public holidays.
 */
export async function presetDays(country: string, year: number): Promise<DayEntry[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  if (country === 'CN') {
    const holidays = chineseDays
      .getHolidaysInRange(from, to, false)
      .map((day: string) => ({ day, kind: 'holiday' as const, name: chineseName(day) }));
    const workdays = chineseDays
      .getWorkdaysInRange(from, to, true)
      .filter(isWeekend)
      .map((day: string) => ({ day, kind: 'workday' as const, name: chineseName(day) }));
    return [...holidays, ...workdays].sort((a, b) => a.day.localeCompare(b.day));
  }
  const Holidays = await holidaysPackage();
  const hd = new Holidays(country);
  if (!hd.getCountries()[country])
    throw new AppError('validation_failed', `No holiday data for ${country}`, {
      fields: { 'body.country': ['no holiday data for this country'] },
    });
  return hd
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => ({ day: h.date.slice(0, 10), kind: 'holiday' as const, name: h.name }));
}

const invalid = (message: string) =>
  new AppError('validation_failed', message, { fields: { 'body.text': [message] } });

/** CSV with a header: `day` (YYYY-MM-DD), optional `kind` (holiday or workday) and `name`. */
export function daysFromCsv(text: string): DayEntry[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (!parsed.meta.fields?.includes('day')) throw invalid('the CSV needs a "day" column');
  return parsed.data.map((row, i) => {
    const day = row.day?.trim() ?? '';
    const kind = (row.kind?.trim() || 'holiday') as CalendarDayKind;
    if (!DAY.test(day) || Number.isNaN(Date.parse(day)))
      throw invalid(`row ${i + 2}: "${day}" is not a day`);
    if (kind !== 'holiday' && kind !== 'workday')
      throw invalid(`row ${i + 2}: kind is holiday or workday`);
    return { day, kind, name: row.name?.trim() || null };
  });
}

/** All-day events of an ICS calendar, each day of each event a holiday. */
export async function daysFromIcs(text: string): Promise<DayEntry[]> {
  const ical = (await import('node-ical')).default;
  let events: ReturnType<typeof ical.sync.parseICS>;
  try {
    events = ical.sync.parseICS(text);
  } catch {
    throw invalid('not an iCalendar (ICS) file');
  }
  const days: DayEntry[] = [];
  for (const e of Object.values(events)) {
    if (e?.type !== 'VEVENT' || !e.start) continue;
    const start = new Date(e.start as Date);
    const end = e.end ? new Date(e.end as Date) : new Date(start.getTime() + 86_400_000);
    const name = typeof e.summary === 'string' ? e.summary : null;
    for (let t = start.getTime(); t < end.getTime() && days.length < 1000; t += 86_400_000) {
      days.push({ day: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
    }
  }
  if (days.length === 0) throw invalid('the file has no events');
  return days;
}
