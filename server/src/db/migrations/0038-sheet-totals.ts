import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Each week keeps its hours beside it, so lists and the approvals inbox do not sum entries.
  for (const column of ['minutes', 'billable_minutes']) {
    await db.schema
      .alterTable('timesheets')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  await sql`
    update timesheets set
      minutes = coalesce((select sum(e.minutes) from time_entries e
        where e.timesheet_id = timesheets.id), 0),
      billable_minutes = coalesce((select sum(e.minutes) from time_entries e
        where e.timesheet_id = timesheets.id and e.billable = ${true}), 0)
  `.execute(db);
}
