import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/** Running pipeline totals per stage and currency, filled from the opportunities so far. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('pipeline_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('weighted_hundredths', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('pipeline_totals_pk', ['workspace_id', 'stage', 'currency'])
    .execute();
  await sql`
    insert into pipeline_totals (workspace_id, stage, currency, count, amount_minor, weighted_hundredths)
    select workspace_id, stage, currency, count(*), sum(amount_minor), sum(amount_minor * probability)
    from opportunities group by workspace_id, stage, currency
  `.execute(db);
}
