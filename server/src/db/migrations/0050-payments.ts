import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Payments received from clients and their allocations to issued invoices. An invoice keeps
 * what is paid and credited of it, and the part of its receivable still open in base
 * currency, each changed only by a guarded update, so two allocations cannot together take
 * more than is open.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('invoices')
    .addColumn('paid_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('invoices')
    .addColumn('credited_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('invoices').addColumn('base_open_minor', t.bigint).execute();
  // Invoices issued before: their receivable is open in full, less what credit notes took.
  await sql`
    update invoices set
      credited_minor = coalesce((select -sum(n.total_minor) from invoices n
        where n.credits_id = invoices.id and n.status = 'issued'), 0),
      base_open_minor = base_total_minor + coalesce((select sum(n.base_total_minor) from invoices n
        where n.credits_id = invoices.id and n.status = 'issued'), 0)
    where kind = 'invoice' and status = 'issued'`.execute(db);

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('allocated_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('fx_rate', 'text', (c) => c.notNull())
    .addColumn('base_amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('base_allocated_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('reference', 'text')
    .addColumn('payer', 'text')
    .addColumn('journal_id', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('payments_number', ['workspace_id', 'number'])
    .addCheckConstraint(
      'payments_allocated',
      sql`allocated_minor >= 0 and allocated_minor <= amount_minor`,
    )
    .execute();
  await db.schema
    .createIndex('payments_client')
    .on('payments')
    .columns(['workspace_id', 'client_id', 'received_on'])
    .execute();

  await db.schema
    .createTable('payment_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('base_minor', t.bigint, (c) => c.notNull())
    .addColumn('payment_base_minor', t.bigint, (c) => c.notNull())
    .addColumn('journal_id', 'text', (c) => c.notNull())
    .addColumn('allocated_on', 'date', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('payment_allocations_invoice')
    .on('payment_allocations')
    .column('invoice_id')
    .execute();
  await db.schema
    .createIndex('payment_allocations_payment')
    .on('payment_allocations')
    .column('payment_id')
    .execute();
}
