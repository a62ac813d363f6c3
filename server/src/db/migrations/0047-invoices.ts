import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Client invoices, their lines, and the billing allocations that tie each line to what it
 * bills. An approved time entry is allocated to one invoice at a time: a partial unique index
 * over the allocations not yet released makes billing it twice impossible, whatever the code.
 * A time entry names the invoice that bills it, so its week cannot be reopened meanwhile.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('time_entries').addColumn('invoice_id', 'text').execute();
  await db.schema
    .alterTable('finance_policies')
    .addColumn('four_eyes', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text')
    .addColumn('run_number', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('period_to', 'date', (c) => c.notNull())
    .addColumn('issue_date', 'date')
    .addColumn('due_date', 'date')
    .addColumn('net_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('total_minor', t.bigint, (c) => c.notNull())
    .addColumn('rounding_minor', t.bigint, (c) => c.notNull())
    .addColumn('exact_total', 'text', (c) => c.notNull())
    .addColumn('tax_basis', 'text', (c) => c.notNull())
    .addColumn('rounding', 'text', (c) => c.notNull())
    .addColumn('prices_include_tax', 'boolean', (c) => c.notNull())
    .addColumn('fx_rate', 'text')
    .addColumn('base_total_minor', t.bigint)
    .addColumn('journal_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('approved_at', t.timestamp)
    .addColumn('approved_by', 'text')
    .addColumn('issued_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('invoices_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('invoices_status')
    .on('invoices')
    .columns(['workspace_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('invoices_contract')
    .on('invoices')
    .columns(['workspace_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('invoice_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('position_id', 'text')
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('tax_rate', 'text', (c) => c.notNull())
    .addColumn('net_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('gross_minor', t.bigint, (c) => c.notNull())
    .addColumn('exact_net', 'text', (c) => c.notNull())
    .addColumn('exact_tax', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invoice_lines_invoice')
    .on('invoice_lines')
    .columns(['invoice_id', 'seq'])
    .execute();

  await db.schema
    .createTable('billing_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('line_id', 'text', (c) => c.notNull().references('invoice_lines.id'))
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('released_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('billing_allocations_billed_once')
    .on('billing_allocations')
    .columns(['source_type', 'source_id'])
    .unique()
    .where(sql.ref('released_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('billing_allocations_invoice')
    .on('billing_allocations')
    .columns(['invoice_id', 'line_id'])
    .execute();
}
