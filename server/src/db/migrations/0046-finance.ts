import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Finance's first tables. The general ledger: a chart of accounts per workspace, journals
 * whose lines balance, and the months that are closed. Journals are never updated or deleted:
 * a reversing journal corrects one, and a journal reverses another at most once. And each
 * workspace's tax and rounding policy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('ledger_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('ledger_accounts_code', ['workspace_id', 'code'])
    .addUniqueConstraint('ledger_accounts_purpose', ['workspace_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('journals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('posted_on', 'date', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('reverses_id', 'text', (c) => c.references('journals.id'))
    .addColumn('total_minor', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('journals_number', ['workspace_id', 'number'])
    .addUniqueConstraint('journals_reverses', ['reverses_id'])
    .execute();
  await db.schema
    .createIndex('journals_period')
    .on('journals')
    .columns(['workspace_id', 'period'])
    .execute();
  await db.schema
    .createIndex('journals_source')
    .on('journals')
    .columns(['workspace_id', 'source_type', 'source_id'])
    .execute();

  await db.schema
    .createTable('journal_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('journal_id', 'text', (c) => c.notNull().references('journals.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('posted_on', 'date', (c) => c.notNull())
    .addColumn('debit_minor', t.bigint, (c) => c.notNull())
    .addColumn('credit_minor', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('fx_rate', 'text', (c) => c.notNull())
    .addColumn('memo', 'text')
    .addColumn('project_id', 'text')
    .addColumn('client_id', 'text')
    .addColumn('supplier_id', 'text')
    // One side per line, never negative, never empty: a journal's balance is then Σ debit = Σ credit.
    .addCheckConstraint(
      'journal_lines_one_side',
      sql`debit_minor >= 0 and credit_minor >= 0 and (debit_minor = 0) <> (credit_minor = 0)`,
    )
    .execute();
  await db.schema
    .createIndex('journal_lines_journal')
    .on('journal_lines')
    .columns(['journal_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('journal_lines_account')
    .on('journal_lines')
    .columns(['workspace_id', 'account_id', 'posted_on'])
    .execute();

  await db.schema
    .createTable('ledger_periods')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('closed_at', t.timestamp, (c) => c.notNull())
    .addColumn('closed_by', 'text')
    .addPrimaryKeyConstraint('ledger_periods_pk', ['workspace_id', 'period'])
    .execute();

  await db.schema
    .createTable('finance_policies')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id'))
    .addColumn('tax_basis', 'text', (c) => c.notNull())
    .addColumn('rounding', 'text', (c) => c.notNull())
    .addColumn('prices_include_tax', 'boolean', (c) => c.notNull())
    .addColumn('default_tax_rate', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}
