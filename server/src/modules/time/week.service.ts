import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { audit } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { invalidField, refusedField } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { capacityBases, dayOff, daysOfWeek, type PersonRow } from '../people/index.ts';
import { positionRef, positionsByIds } from '../settings/index.ts';
import type { weekBody } from './time.schema.ts';
import { editableStatuses } from './time.table.ts';
import { entryRowsOfSheets, weekSheetRows } from './timesheets.repository.ts';
import { bookingOn, bookingRows, projectRows, taskRows } from './week.repository.ts';
import { personFor } from './whose.ts';

const MINUTES_A_DAY = 24 * 60;
const rowKey = (projectId: string, taskId: string | null, billable: boolean) =>
  `${projectId}|${taskId ?? ''}|${billable}`;

/** The projects a person can log to in a week (booked) or has logged to, with their tasks. */
async function weekProjects(
  db: Executor,
  workspaceId: string,
  personId: string,
  days: readonly string[],
  sheetProjectIds: string[],
) {
  const [from, to] = [days[0] as string, days[6] as string];
  const bookings = await bookingRows(db, workspaceId, personId, from, to);
  const ids = [...new Set([...bookings.map((b) => b.project_id as string), ...sheetProjectIds])];
  const [projects, tasks, positions] = await Promise.all([
    projectRows(db, workspaceId, ids),
    taskRows(db, workspaceId, ids),
    positionsByIds(
      db,
      workspaceId,
      bookings.flatMap((b) => b.position_id ?? []),
    ),
  ]);
  return projects.map((p) => {
    const own = bookings.filter((b) => b.project_id === p.id);
    const start = own.map((b) => b.start_date).sort()[0];
    const end = own
      .map((b) => b.end_date)
      .sort()
      .at(-1);
    return {
      id: p.id,
      number: p.number,
      name: p.name,
      position: own[0] ? positionRef(positions, own[0].position_id) : null,
      from: start ? ([start, from].sort()[1] ?? null) : null,
      to: end ? ([end, to].sort()[0] ?? null) : null,
      billable: p.contract_id !== null,
      tasks: tasks.filter((t) => t.project_id === p.id).map((t) => ({ id: t.id, name: t.name })),
    };
  });
}

/** A person's week: their days off, where they may log, the sheets and the grid of hours. */
export async function readWeek(db: Executor, workspaceId: string, person: PersonRow, week: string) {
  const days = daysOfWeek(week);
  const sheets = await weekSheetRows(db, workspaceId, person.id, week);
  const [bases, projects, entries] = await Promise.all([
    capacityBases(db, workspaceId, [person], week, days[6] as string),
    weekProjects(db, workspaceId, person.id, days, [...new Set(sheets.map((s) => s.project_id))]),
    entryRowsOfSheets(
      db,
      workspaceId,
      sheets.map((s) => s.id),
    ),
  ]);
  const basis = bases.get(person.id);
  const rows = new Map<
    string,
    {
      projectId: string;
      taskId: string | null;
      billable: boolean;
      hours: number[];
      notes: (string | null)[];
    }
  >();
  for (const e of entries) {
    const key = rowKey(e.project_id, e.task_id, e.billable);
    const row = rows.get(key) ?? {
      projectId: e.project_id,
      taskId: e.task_id,
      billable: e.billable,
      hours: [0, 0, 0, 0, 0, 0, 0],
      notes: [null, null, null, null, null, null, null],
    };
    const i = days.indexOf(e.day);
    row.hours[i] = (row.hours[i] ?? 0) + e.minutes / 60;
    row.notes[i] = e.note;
    rows.set(key, row);
  }
  return {
    person: { id: person.id, name: person.name },
    weekStart: week,
    days: days.map((day, i) => ({ day, off: basis ? dayOff(basis, day, i) : null })),
    projects,
    sheets: sheets.map((s) => ({
      id: s.id,
      projectId: s.project_id,
      status: s.status,
      rejectionReason: s.rejection_reason,
      version: s.version,
    })),
    rows: [...rows.values()],
  };
}

export async function getWeek(ctx: Ctx, week: string, personId: string | undefined) {
  const person = await personFor(ctx, personId, 'read');
  return readWeek(ctx.db, workspaceOf(ctx), person, week);
}

type WeekInput = z.infer<typeof weekBody>;
export type Row = WeekInput['rows'][number];

/**
 * The rules a week's rows must keep: one row per project, task and billable flag; time only
 * where and when the person is booked, on open projects, on the project's own tasks; and no
 * day beyond 24 hours, counting weeks already submitted.
 */
async function checkRows(
  trx: Executor,
  workspaceId: string,
  person: PersonRow,
  days: readonly string[],
  rows: Row[],
  lockedMinutes: number[],
) {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const key = rowKey(r.projectId, r.taskId, r.billable);
    if (seen.has(key)) throw invalidField(`rows.${i}`, 'The same project and task twice');
    seen.add(key);
  });
  const ids = [...new Set(rows.map((r) => r.projectId))];
  const [bookings, projects, tasks] = await Promise.all([
    bookingRows(trx, workspaceId, person.id, days[0] as string, days[6] as string),
    projectRows(trx, workspaceId, ids),
    taskRows(trx, workspaceId, ids),
  ]);
  const perDay = [...lockedMinutes];
  rows.forEach((r, i) => {
    const project = projects.find((p) => p.id === r.projectId);
    if (!project) throw refusedField(`rows.${i}.projectId`, 'No such project');
    if (project.phase === 'closed') {
      throw refusedField(`rows.${i}.projectId`, 'The project is closed');
    }
    if (r.taskId && !tasks.some((t) => t.id === r.taskId && t.project_id === r.projectId)) {
      throw refusedField(`rows.${i}.taskId`, 'The task is not one of the project’s');
    }
    if (r.billable && project.contract_id === null) {
      throw refusedField(`rows.${i}.billable`, 'An internal project has no client to bill');
    }
    r.hours.forEach((h, d) => {
      if (h === 0) return;
      if (!bookingOn(bookings, r.projectId, days[d] as string)) {
        throw refusedField(`rows.${i}.hours.${d}`, 'Not booked on the project that day');
      }
      perDay[d] = (perDay[d] ?? 0) + Math.round(h * 60);
    });
  });
  perDay.forEach((m, d) => {
    if (m > MINUTES_A_DAY) throw refusedField(`rows`, `More than 24 hours on ${days[d]}`);
  });
}

/**
 * Replaces the hours of the week's open sheets (draft or rejected) with the rows given; weeks
 * submitted or approved stay as they are and may not appear among the rows.
 */
export async function saveWeek(ctx: Ctx, week: string, input: WeekInput) {
  const person = await personFor(ctx, input.personId, 'write');
  await ctx.db.transaction().execute((trx) => writeWeek(trx, ctx, person, week, input.rows));
  return readWeek(ctx.db, workspaceOf(ctx), person, week);
}

/**
 * Replaces the hours of the week's open sheets (draft or rejected) with the rows given, in the
 * caller's transaction; weeks submitted or approved stay as they are and may not appear among
 * the rows. Every way time is entered (grid, API, import) comes through here and its rules.
 */
export async function writeWeek(
  trx: Executor,
  ctx: Ctx,
  person: PersonRow,
  week: string,
  rows: Row[],
) {
  const workspaceId = workspaceOf(ctx);
  const days = daysOfWeek(week);
  const sheets = await weekSheetRows(trx, workspaceId, person.id, week);
  const open = sheets.filter((s) => editableStatuses.includes(s.status));
  const locked = sheets.filter((s) => !editableStatuses.includes(s.status));
  rows.forEach((r, i) => {
    if (locked.some((s) => s.project_id === r.projectId)) {
      throw refusedField(`rows.${i}.projectId`, 'This week of the project is already submitted');
    }
  });
  const entriesOf = async (list: { id: string }[]) =>
    entryRowsOfSheets(
      trx,
      workspaceId,
      list.map((s) => s.id),
    );
  const lockedEntries = await entriesOf(locked);
  const lockedMinutes = days.map((d) =>
    lockedEntries.filter((e) => e.day === d).reduce((sum, e) => sum + e.minutes, 0),
  );
  await checkRows(trx, workspaceId, person, days, rows, lockedMinutes);
  const before = (await entriesOf(open)).reduce((sum, e) => sum + e.minutes, 0);
  await replaceOpenSheets(trx, ctx, person, week, open, rows);
  const after = rows.reduce((sum, r) => sum + r.hours.reduce((a, h) => a + h * 60, 0), 0);
  await audit(trx, ctx, {
    action: 'timesheet.save',
    entityType: 'person',
    entityId: person.id,
    changes: { week: { after: week }, minutes: { before, after } },
  });
}

async function replaceOpenSheets(
  trx: Executor,
  ctx: Ctx,
  person: PersonRow,
  week: string,
  open: { id: string; project_id: string }[],
  rows: Row[],
) {
  const workspaceId = workspaceOf(ctx);
  const now = isoNow(ctx.clock);
  const days = daysOfWeek(week);
  if (open.length) {
    await trx
      .deleteFrom('time_entries')
      .where(
        'timesheet_id',
        'in',
        open.map((s) => s.id),
      )
      .execute();
  }
  const logged = rows.filter((r) => r.hours.some((h) => h > 0));
  const projectIds = [...new Set(logged.map((r) => r.projectId))];
  const emptied = open.filter((s) => !projectIds.includes(s.project_id)).map((s) => s.id);
  if (emptied.length) await trx.deleteFrom('timesheets').where('id', 'in', emptied).execute();
  for (const projectId of projectIds) {
    const sheetId = open.find((s) => s.project_id === projectId)?.id;
    const id = sheetId ?? newId();
    const entries = logged
      .filter((r) => r.projectId === projectId)
      .flatMap((r) =>
        r.hours.flatMap((h, d) =>
          h > 0
            ? [
                {
                  id: newId(),
                  workspace_id: workspaceId,
                  timesheet_id: id,
                  person_id: person.id,
                  project_id: projectId,
                  task_id: r.taskId,
                  day: days[d] as string,
                  minutes: Math.round(h * 60),
                  billable: r.billable,
                  note: r.notes[d] ?? null,
                  created_at: now,
                },
              ]
            : [],
        ),
      );
    const totals = {
      minutes: entries.reduce((s, e) => s + e.minutes, 0),
      billable_minutes: entries.reduce((s, e) => s + (e.billable ? e.minutes : 0), 0),
    };
    if (sheetId) {
      await trx
        .updateTable('timesheets')
        .set((eb) => ({ ...totals, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', sheetId)
        .execute();
    } else {
      await trx
        .insertInto('timesheets')
        .values({
          id,
          workspace_id: workspaceId,
          person_id: person.id,
          project_id: projectId,
          week_start: week,
          status: 'draft',
          needs_supplier_approval: false,
          submitted_at: null,
          supplier_approved_by: null,
          supplier_approved_at: null,
          approved_by: null,
          approved_at: null,
          rejection_reason: null,
          ...totals,
          created_at: now,
          updated_at: now,
          created_by: ctx.actor.userId,
        })
        .execute();
    }
    await trx.insertInto('time_entries').values(entries).execute();
  }
}
