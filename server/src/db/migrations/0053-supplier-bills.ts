import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Supplier bills, their lines, the matches that tie a line to the approved supplier-worker
 * entries it bills, and the payment runs that pay them. An entry is matched by one bill at a
 * time: a partial unique index over the matches not yet released makes paying for it twice
 * impossible, whatever the code. A supplier contract says when its bills may be paid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('contracts')
    .addColumn('payment_release', 'text', (c) => c.notNull().defaultTo('on_approval'))
    .execute();
  await db.schema.alterTable('finance_policies').addColumn('bill_tolerance', 'text').execute();

  await db.schema
    .createTable('payment_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('due_by', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approved_at', t.timestamp)
    .addColumn('approved_by', 'text')
    .addColumn('paid_on', 'date')
    .addColumn('bank_reference', 'text')
    .addColumn('journal_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('payment_runs_number', ['workspace_id', 'number'])
    .execute();

  await db.schema
    .createTable('supplier_bills')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('supplier_reference', 'text', (c) => c.notNull())
    .addColumn('supplier_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('bill_date', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('period_from', 'date', (c) => c.notNull())
    .addColumn('period_to', 'date', (c) => c.notNull())
    .addColumn('net_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('total_minor', t.bigint, (c) => c.notNull())
    .addColumn('tolerance', 'text', (c) => c.notNull())
    .addColumn('fx_rate', 'text')
    .addColumn('base_total_minor', t.bigint)
    .addColumn('journal_id', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('decided_by', 'text')
    .addColumn('released_at', t.timestamp)
    .addColumn('payment_run_id', 'text', (c) => c.references('payment_runs.id'))
    .addColumn('paid_on', 'date')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('supplier_bills_number', ['workspace_id', 'number'])
    .addUniqueConstraint('supplier_bills_reference', [
      'workspace_id',
      'supplier_id',
      'supplier_reference',
    ])
    .execute();
  await db.schema
    .createIndex('supplier_bills_status')
    .on('supplier_bills')
    .columns(['workspace_id', 'status', 'due_date'])
    .execute();
  await db.schema
    .createIndex('supplier_bills_run')
    .on('supplier_bills')
    .column('payment_run_id')
    .execute();

  await db.schema
    .createTable('supplier_bill_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('bill_id', 'text', (c) => c.notNull().references('supplier_bills.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('hours', 'text')
    .addColumn('tax_rate', 'text', (c) => c.notNull())
    .addColumn('net_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('gross_minor', t.bigint, (c) => c.notNull())
    .addColumn('expected_minor', t.bigint)
    .addColumn('expected_hours', 'text')
    .addColumn('match', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supplier_bill_lines_bill')
    .on('supplier_bill_lines')
    .columns(['bill_id', 'seq'])
    .execute();

  await db.schema
    .createTable('bill_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('bill_id', 'text', (c) => c.notNull().references('supplier_bills.id'))
    .addColumn('line_id', 'text', (c) => c.notNull().references('supplier_bill_lines.id'))
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('released_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('bill_matches_matched_once')
    .on('bill_matches')
    .columns(['source_type', 'source_id'])
    .unique()
    .where(sql.ref('released_at'), 'is', null)
    .execute();
  await db.schema.createIndex('bill_matches_bill').on('bill_matches').column('bill_id').execute();
}
