import type { Kysely } from 'kysely';

/**
 * A retainer's prepaid block renews per period (the whole term, each month or each quarter),
 * unused hours expiring at the period's end; hours past the block are either refused at
 * approval or billed as overage at the rate card, as the contract says.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('contracts')
    .addColumn('retainer_period', 'text', (c) => c.notNull().defaultTo('term'))
    .execute();
  await db.schema
    .alterTable('contracts')
    .addColumn('retainer_overage', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}
