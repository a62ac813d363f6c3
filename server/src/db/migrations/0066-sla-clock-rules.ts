import type { Kysely } from 'kysely';

/**
 * How a contract's SLA clocks treat a ticket's priority change (carry the time run over to the
 * new target, or start again) and how long waits on the client may pause them (a cap, or none).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('contracts')
    .addColumn('sla_priority_change', 'text', (c) => c.notNull().defaultTo('retroactive'))
    .execute();
  await db.schema.alterTable('contracts').addColumn('sla_pause_cap_minutes', 'integer').execute();
}
