import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Month balances per account, kept by every posting in its own transaction, so a trial
 * balance reads months instead of millions of lines; the lines of a month are read by day
 * through an index that holds the amounts. Invoice lists read newest first without a sort.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('ledger_balances')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('debit_minor', t.bigint, (c) => c.notNull())
    .addColumn('credit_minor', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_balances_pk', ['workspace_id', 'account_id', 'period'])
    .execute();
  await sql`
    insert into ledger_balances (workspace_id, account_id, period, debit_minor, credit_minor)
    select l.workspace_id, l.account_id, j.period, sum(l.debit_minor), sum(l.credit_minor)
    from journal_lines l join journals j on j.id = l.journal_id
    group by l.workspace_id, l.account_id, j.period`.execute(db);
  await db.schema
    .createIndex('journal_lines_day')
    .on('journal_lines')
    .columns(['workspace_id', 'posted_on', 'account_id', 'debit_minor', 'credit_minor'])
    .execute();
  await db.schema.dropIndex('invoices_status').execute();
  await db.schema
    .createIndex('invoices_status')
    .on('invoices')
    .columns(['workspace_id', 'status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('invoices_created')
    .on('invoices')
    .columns(['workspace_id', 'created_at', 'id'])
    .execute();
}
