import type { Kysely } from 'kysely';

/** A statement's money out is matched to the payment run the bank paid it for. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('bank_statement_lines').addColumn('payment_run_id', 'text').execute();
}
