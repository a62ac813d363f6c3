import type { Executor } from '../../../db/database.ts';
import type { CalendarDayKind, Week } from '../../settings/index.ts';
import { type CapacityBasis, MONDAY_TO_FRIDAY, workingWeekdaysOf } from './capacity.ts';

/** The columns of a person that their capacity depends on. */
export type CapacityPerson = {
  id: string;
  hours_per_week: number;
  part_time_percent: number;
  start_date: string | null;
  end_date: string | null;
  calendar_id: string | null;
};

async function calendarsOf(
  db: Executor,
  workspaceId: string,
  ids: string[],
  from: string,
  to: string,
) {
  const weeks = new Map<string, Week>();
  const days = new Map<string, Map<string, CalendarDayKind>>();
  if (ids.length === 0) return { weeks, days };
  const calendars = await db
    .selectFrom('working_calendars')
    .select(['id', 'week'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  for (const c of calendars) weeks.set(c.id, c.week);
  const special = await db
    .selectFrom('calendar_days')
    .select(['calendar_id', 'day', 'kind'])
    .where('workspace_id', '=', workspaceId)
    .where('calendar_id', 'in', ids)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  for (const d of special) {
    const map = days.get(d.calendar_id) ?? new Map<string, CalendarDayKind>();
    map.set(d.day, d.kind);
    days.set(d.calendar_id, map);
  }
  return { weeks, days };
}

/** Approved absences in the window, by person: one query for the whole workspace. */
export async function absencesIn(db: Executor, workspaceId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('person_absences')
    .select(['person_id', 'start_date', 'end_date'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'approved')
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .execute();
  const byPerson = new Map<string, { start: string; end: string }[]>();
  for (const r of rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push({ start: r.start_date, end: r.end_date });
    byPerson.set(r.person_id, list);
  }
  return byPerson;
}

/**
 * What each person's weekly capacity from `from` to `to` follows from: their hours and share,
 * their calendar's working week and holidays, and their approved absences.
 */
export async function capacityBases(
  db: Executor,
  workspaceId: string,
  people: readonly CapacityPerson[],
  from: string,
  to: string,
): Promise<Map<string, CapacityBasis>> {
  const calendarIds = [...new Set(people.flatMap((p) => (p.calendar_id ? [p.calendar_id] : [])))];
  const calendars = await calendarsOf(db, workspaceId, calendarIds, from, to);
  const away = await absencesIn(db, workspaceId, from, to);
  const none = new Map<string, CalendarDayKind>();
  return new Map(
    people.map((p) => {
      const week = p.calendar_id ? calendars.weeks.get(p.calendar_id) : undefined;
      return [
        p.id,
        {
          hoursPerWeek: p.hours_per_week,
          partTimePercent: p.part_time_percent,
          startDate: p.start_date,
          endDate: p.end_date,
          workingWeekdays: week ? workingWeekdaysOf(week) : MONDAY_TO_FRIDAY,
          specialDays: (p.calendar_id && calendars.days.get(p.calendar_id)) || none,
          away: away.get(p.id) ?? [],
        },
      ];
    }),
  );
}

/** The capacity bases of some people by id, for modules that know only who (a plan's assignees). */
export async function capacityBasesOf(
  db: Executor,
  workspaceId: string,
  personIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, CapacityBasis>> {
  if (personIds.length === 0) return new Map();
  const people = await db
    .selectFrom('people')
    .select(['id', 'hours_per_week', 'part_time_percent', 'start_date', 'end_date', 'calendar_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', personIds)
    .execute();
  return capacityBases(db, workspaceId, people, from, to);
}
