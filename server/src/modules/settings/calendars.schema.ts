import { z } from 'zod';
import { instantInput, isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { calendarDayKinds } from './calendars.table.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time such as 09:00');
const span = z
  .tuple([time, time])
  .refine(([start, end]) => start < end, 'a span ends after it starts');
/** Monday first; each day's spans in order, not overlapping. */
const week = z
  .array(z.array(span).max(4))
  .length(7)
  .refine(
    (days) =>
      days.every((spans) =>
        spans.every((s, i) => i === 0 || ((spans[i - 1] as string[])[1] as string) <= s[0]),
      ),
    'spans of a day are in order and do not overlap',
  );
const timeZone = z
  .string()
  .refine(
    (tz) => tz === 'UTC' || Intl.supportedValuesOf('timeZone').includes(tz),
    'an IANA time zone such as Asia/Shanghai',
  );
const country = z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code such as CN');

export const calendarBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  timeZone,
  country: country.nullable().optional(),
  week,
});

export const calendarUpdateBody = calendarBody.partial().extend({ version: versionField });

export const calendarDayBody = z.strictObject({
  day: z.iso.date(),
  kind: z.enum(calendarDayKinds),
  name: z.string().trim().max(200).nullable().optional(),
});

export const presetBody = z.strictObject({
  country,
  year: z.number().int().min(2000).max(2100),
});

export const importBody = z.strictObject({
  format: z.enum(['csv', 'ics']),
  /** The file's text; the web app reads the chosen file in the browser. */
  text: z
    .string()
    .min(1)
    .max(512 * 1024),
});

export const calendarSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string(),
    country: z.string().nullable(),
    week: z.array(z.array(z.tuple([z.string(), z.string()]))),
    /** Working minutes in a normal week. */
    weeklyMinutes: z.number().int(),
    /**
     * This year and next, those a calendar of a country's holidays has no holiday for: its
     * holidays would count as working time until the official schedule is loaded.
     */
    holidayGaps: z.array(z.number().int()),
    days: z.array(
      z.object({
        id: z.string(),
        day: z.string(),
        kind: z.enum(calendarDayKinds),
        name: z.string().nullable(),
      }),
    ),
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'WorkingCalendar' });

export const calendarDayParams = z.object({ id: z.uuid(), dayId: z.uuid() });

export const businessTimeQuery = z.object({ from: instantInput, to: instantInput });
export const addMinutesQuery = z.object({
  from: instantInput,
  minutes: z.coerce.number().int().min(0).max(10_000_000),
});
export const businessTimeSchema = z
  .object({ minutes: z.number().int() })
  .meta({ id: 'BusinessTime' });
export const businessInstantSchema = z.object({ at: isoTimestamp }).meta({ id: 'BusinessInstant' });

export const countriesSchema = z.record(z.string(), z.string()).meta({ id: 'HolidayCountries' });
