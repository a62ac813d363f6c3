import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../platform/errors/app-error.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { newId } from '../../platform/ids.ts';
import { addBusinessMinutes, businessMinutesBetween, type CalendarSpec } from './business-time.ts';
import { type DayEntry, daysFromCsv, daysFromIcs, presetDays } from './calendar-days.ts';
import { calendarChanged } from './calendar-events.ts';
import type {
  calendarBody,
  calendarDayBody,
  calendarUpdateBody,
  importBody,
  presetBody,
} from './calendars.schema.ts';
import type { CalendarDayTable, Week, WorkingCalendarTable } from './calendars.table.ts';
import { holidayGaps } from './holiday-coverage.ts';

type CalendarRow = Selectable<WorkingCalendarTable>;

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h as number) * 60 + (m as number);
};

const weeklyMinutes = (week: Week) =>
  week.flat().reduce((sum, [start, end]) => sum + minutesOf(end) - minutesOf(start), 0);

function findDayRows(db: Executor, workspaceId: string, calendarId: string) {
  return db
    .selectFrom('calendar_days')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('calendar_id', '=', calendarId)
    .orderBy('day')
    .execute();
}

/** This year and the next: the years a calendar in use must cover. */
const yearsAhead = (now: Date) => [now.getUTCFullYear(), now.getUTCFullYear() + 1];

const present = (c: CalendarRow, days: Selectable<CalendarDayTable>[], now: Date) => ({
  id: c.id,
  name: c.name,
  timeZone: c.time_zone,
  country: c.country,
  week: c.week,
  weeklyMinutes: weeklyMinutes(c.week),
  holidayGaps: holidayGaps(
    { country: c.country, days: new Map(days.map((d) => [d.day, d.kind])) },
    yearsAhead(now),
  ),
  days: days.map((d) => ({ id: d.id, day: d.day, kind: d.kind, name: d.name })),
  updatedAt: c.updated_at,
  version: c.version,
});

async function calendarRow(db: Executor, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('working_calendars')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Working calendar');
  return row;
}

export async function listCalendars(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const rows = await ctx.db
    .selectFrom('working_calendars')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const days = await ctx.db
    .selectFrom('calendar_days')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('day')
    .execute();
  return rows.map((c) =>
    present(
      c,
      days.filter((d) => d.calendar_id === c.id),
      ctx.clock.now(),
    ),
  );
}

export async function getCalendar(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const row = await calendarRow(ctx.db, workspaceId, id);
  return present(row, await findDayRows(ctx.db, workspaceId, id), ctx.clock.now());
}

export async function createCalendar(ctx: Ctx, input: z.infer<typeof calendarBody>) {
  const id = newId();
  const now = isoNow(ctx.clock);
  const values = { name: input.name, time_zone: input.timeZone, country: input.country ?? null };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('working_calendars')
      .values({
        ...values,
        id,
        workspace_id: workspaceOf(ctx),
        week: JSON.stringify(input.week),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'calendar.create',
      entityType: 'calendar',
      entityId: id,
      changes: created({ ...values, week: input.week }),
    });
  });
  return getCalendar(ctx, id);
}

export async function updateCalendar(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof calendarUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await calendarRow(trx, workspaceId, id);
    assertVersion(before, input.version);
    const values = { name: input.name, time_zone: input.timeZone, country: input.country };
    const written = await updateVersioned(
      trx,
      'working_calendars',
      { workspaceId, id, version: input.version },
      {
        ...values,
        ...(input.week ? { week: JSON.stringify(input.week) } : {}),
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    if (input.week || input.timeZone) {
      await recordEvent(trx, ctx, calendarChanged.type, { calendarId: id });
    }
    await audit(trx, ctx, {
      action: 'calendar.update',
      entityType: 'calendar',
      entityId: id,
      changes: {
        ...diff(before, values),
        ...(input.week ? diff({ week: before.week }, { week: input.week }) : {}),
      },
    });
  });
  return getCalendar(ctx, id);
}

/** Puts days on a calendar, replacing what it had for those days; audited as one change. */
async function putDays(ctx: Ctx, calendarId: string, entries: DayEntry[], action: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await calendarRow(trx, workspaceId, calendarId);
    const now = isoNow(ctx.clock);
    for (const e of entries) {
      await trx
        .insertInto('calendar_days')
        .values({
          id: newId(),
          workspace_id: workspaceId,
          calendar_id: calendarId,
          day: e.day,
          kind: e.kind,
          name: e.name,
          created_at: now,
          created_by: ctx.actor.userId,
        })
        .onConflict((oc) =>
          oc.columns(['calendar_id', 'day']).doUpdateSet({ kind: e.kind, name: e.name }),
        )
        .execute();
    }
    await audit(trx, ctx, {
      action,
      entityType: 'calendar',
      entityId: calendarId,
      changes: { days: { after: entries.map((e) => `${e.day} ${e.kind}`) } },
    });
    await recordEvent(trx, ctx, calendarChanged.type, { calendarId });
  });
  return getCalendar(ctx, calendarId);
}

export const addCalendarDay = (ctx: Ctx, id: string, input: z.infer<typeof calendarDayBody>) =>
  putDays(
    ctx,
    id,
    [{ day: input.day, kind: input.kind, name: input.name ?? null }],
    'calendar.day',
  );

/**
 * A country's holidays and make-up days for a year, from the preset; a year the preset does
 * not know yet is refused rather than taken as a year without holidays.
 */
export async function applyPreset(ctx: Ctx, id: string, input: z.infer<typeof presetBody>) {
  const days = await presetDays(input.country, input.year);
  if (!days.some((d) => d.kind === 'holiday')) {
    throw new AppError(
      'unprocessable',
      `The preset has no holidays of ${input.country} for ${input.year} yet: load the official notice (CSV or ICS) or enter the days`,
    );
  }
  return putDays(ctx, id, days, 'calendar.preset');
}

/** Every row or none: a file with one bad row changes nothing. */
export const importCalendarDays = async (ctx: Ctx, id: string, input: z.infer<typeof importBody>) =>
  putDays(
    ctx,
    id,
    input.format === 'csv' ? daysFromCsv(input.text) : await daysFromIcs(input.text),
    'calendar.import',
  );

export async function removeCalendarDay(ctx: Ctx, id: string, dayId: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .deleteFrom('calendar_days')
      .where('workspace_id', '=', workspaceId)
      .where('calendar_id', '=', id)
      .where('id', '=', dayId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Calendar day');
    await audit(trx, ctx, { action: 'calendar.day_remove', entityType: 'calendar', entityId: id });
    await recordEvent(trx, ctx, calendarChanged.type, { calendarId: id });
  });
  return getCalendar(ctx, id);
}

/** Whether a calendar is one of the workspace's, for records that name one. */
export async function calendarExists(db: Executor, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('working_calendars')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** A calendar ready for the business-time functions; other modules measure SLAs with it. */
export async function calendarSpec(
  db: Executor,
  workspaceId: string,
  id: string,
): Promise<CalendarSpec> {
  const row = await calendarRow(db, workspaceId, id);
  const days = await findDayRows(db, workspaceId, id);
  return {
    timeZone: row.time_zone,
    country: row.country,
    week: row.week,
    days: new Map(days.map((d) => [d.day, d.kind])),
  };
}

export async function businessTime(ctx: Ctx, id: string, from: string, to: string) {
  const spec = await calendarSpec(ctx.db, workspaceOf(ctx), id);
  return { minutes: businessMinutesBetween(spec, from, to) };
}

export async function businessInstant(ctx: Ctx, id: string, from: string, minutes: number) {
  const spec = await calendarSpec(ctx.db, workspaceOf(ctx), id);
  try {
    return { at: addBusinessMinutes(spec, from, minutes) };
  } catch (err) {
    if (err instanceof RangeError) throw new AppError('unprocessable', err.message);
    throw err;
  }
}
