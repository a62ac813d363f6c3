import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Expense claims (费用报销) by employees and supplier workers on a project, one line per receipt
 * with its own currency and tax, and the project's costs beyond time that earned value and the
 * budget count. A client contract says what it adds to the expenses it re-bills; the finance
 * policy holds the per-diem allowance per location. Reimbursements owed are other payables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('contracts')
    .addColumn('expense_markup', 'text', (c) => c.notNull().defaultTo('0'))
    .execute();
  await db.schema.alterTable('finance_policies').addColumn('per_diem_rates', t.json).execute();
  await sql`update ledger_accounts set purpose = 'expense_payable'
    where code = '2241' and purpose is null`.execute(db);

  await db.schema
    .createTable('expense_claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('supplier_id', 'text')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('needs_supplier_approval', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('total_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('tax_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', t.timestamp)
    .addColumn('supplier_approved_by', 'text')
    .addColumn('supplier_approved_at', t.timestamp)
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', t.timestamp)
    .addColumn('rejection_reason', 'text')
    .addColumn('journal_id', 'text')
    .addColumn('payment_run_id', 'text', (c) => c.references('payment_runs.id'))
    .addColumn('paid_on', 'date')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('expense_claims_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('expense_claims_status')
    .on('expense_claims')
    .columns(['workspace_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('expense_claims_person')
    .on('expense_claims')
    .columns(['person_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('expense_claims_run')
    .on('expense_claims')
    .column('payment_run_id')
    .execute();

  await db.schema
    .createTable('expense_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.notNull().references('expense_claims.id'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('days', 'integer')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('fx_rate', 'text', (c) => c.notNull())
    .addColumn('amount_base_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_base_minor', t.bigint, (c) => c.notNull())
    .addColumn('billable', 'boolean', (c) => c.notNull())
    .addColumn('markup', 'text')
    .addColumn('rebill_currency', 'text')
    .addColumn('rebill_minor', t.bigint)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expense_lines_claim')
    .on('expense_lines')
    .columns(['claim_id', 'day'])
    .execute();

  await db.schema
    .createTable('project_costs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('amount_base_minor', t.bigint, (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_costs_source', ['source_type', 'source_id'])
    .execute();
  await db.schema
    .createIndex('project_costs_project')
    .on('project_costs')
    .columns(['project_id', 'day'])
    .execute();
}
