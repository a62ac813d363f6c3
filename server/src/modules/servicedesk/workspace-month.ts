import { DateTime } from 'luxon';
import type { Executor } from '../../db/database.ts';

async function zoneOf(db: Executor, workspaceId: string) {
  const { time_zone } = await db
    .selectFrom('workspaces')
    .select('time_zone')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return time_zone;
}

const span = (start: DateTime) => ({
  from: start.toUTC().toISO() as string,
  to: start.plus({ months: 1 }).toUTC().toISO() as string,
});

/** A month (YYYY-MM) as instants in the workspace's zone: its first moment and the next's. */
export async function monthIn(db: Executor, workspaceId: string, month: string) {
  return span(DateTime.fromISO(`${month}-01`, { zone: await zoneOf(db, workspaceId) }));
}

/** The workspace's month an instant falls in, as instants. */
export async function monthAround(db: Executor, workspaceId: string, instant: Date) {
  const zone = await zoneOf(db, workspaceId);
  return span(DateTime.fromJSDate(instant, { zone }).startOf('month'));
}
