import type { Json, Timestamp, Version } from '../../db/column.ts';

/** "09:00"–"12:00": a span of working time within a local day. */
export type WorkingHours = [start: string, end: string];
/** Monday first: seven lists of spans (a lunch break splits a day into two). */
export type Week = WorkingHours[][];

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export type WorkingCalendarTable = {
  id: string;
  workspace_id: string;
  name: string;
  /** IANA zone the hours are in, e.g. Asia/Shanghai. */
  time_zone: string;
  /** ISO country the holiday presets come from, if any. */
  country: string | null;
  week: Json<Week>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/**
 * A day that differs from the week: a holiday (no working time) or an extra working day on a
 * weekend (China's make-up workdays), which keeps the hours of a normal Monday.
 */
export type CalendarDayTable = {
  id: string;
  workspace_id: string;
  calendar_id: string;
  day: string;
  kind: CalendarDayKind;
  name: string | null;
  created_at: Timestamp;
  created_by: string | null;
};

export type CalendarTables = {
  working_calendars: WorkingCalendarTable;
  calendar_days: CalendarDayTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends CalendarTables {}
}
