import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { mondayOf, weekdayOf } from '../../platform/days.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { PersonRow } from '../people/index.ts';
import type { entryBody } from './time.schema.ts';
import { editableStatuses } from './time.table.ts';
import { type Row, readWeek, writeWeek } from './week.service.ts';
import { personFor } from './whose.ts';

export type NewEntry = Omit<z.infer<typeof entryBody>, 'personId'>;

const emptyWeek = () => [0, 0, 0, 0, 0, 0, 0];

/**
 * Adds one day's hours to a person's open week, as if typed into their grid: onto the row of
 * the same project, task and billable flag (hours add up), through the grid's own rules.
 */
export async function addEntry(trx: Executor, ctx: Ctx, person: PersonRow, entry: NewEntry) {
  const week = mondayOf(entry.day);
  const current = await readWeek(trx, workspaceOf(ctx), person, week);
  const isOpen = (projectId: string) => {
    const status = current.sheets.find((s) => s.projectId === projectId)?.status;
    return !status || editableStatuses.includes(status);
  };
  const rows: Row[] = current.rows.filter((r) => isOpen(r.projectId));
  let row = rows.find(
    (r) =>
      r.projectId === entry.projectId &&
      r.taskId === (entry.taskId ?? null) &&
      r.billable === entry.billable,
  );
  if (!row) {
    row = {
      projectId: entry.projectId,
      taskId: entry.taskId ?? null,
      billable: entry.billable,
      hours: emptyWeek(),
      notes: emptyWeek().map(() => null),
    };
    rows.push(row);
  }
  const d = weekdayOf(entry.day);
  row.hours[d] = (row.hours[d] ?? 0) + entry.hours;
  if (entry.note) row.notes[d] = entry.note;
  await writeWeek(trx, ctx, person, week, rows);
  return week;
}

/**
 * One entry in the caller's transaction, for a person found before it (personFor reads on its
 * own connection). Other modules record work as time through it (work logged on a ticket).
 */
export async function recordEntry(trx: Executor, ctx: Ctx, person: PersonRow, entry: NewEntry) {
  return addEntry(trx, ctx, person, entry).catch((error) => {
    throw asEntryError(error);
  });
}

/** One entry posted through the API: the caller's own, or anyone's with time:manage. */
export async function postEntry(ctx: Ctx, input: z.infer<typeof entryBody>) {
  const person = await personFor(ctx, input.personId, 'write');
  const week = await ctx.db.transaction().execute((trx) => recordEntry(trx, ctx, person, input));
  return readWeek(ctx.db, workspaceOf(ctx), person, week);
}

/**
 * The grid's rules name the cell they refuse (`body.rows.0.hours.3`); a caller who posted one
 * entry sent no rows, so the refusal names the entry's own field: the day for a day's hours.
 */
function asEntryError(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.fields) return error;
  const fields: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.fields)) {
    const cell = /^body\.rows\.\d+\.(\w+)(\.\d+)?$/.exec(key);
    const field = cell ? `body.${cell[1] === 'hours' ? 'day' : cell[1]}` : key;
    fields[field] = [...(fields[field] ?? []), ...messages];
  }
  return new AppError(error.code, error.message, { fields, headers: error.headers });
}
