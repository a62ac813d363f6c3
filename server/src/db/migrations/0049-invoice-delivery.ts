import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * What an issued invoice needs to reach the client: the seller's and the buyer's fapiao
 * details, mail that carries files, when it was sent, and the fapiao the tax platform issued
 * for it (one invoice may need several fapiao, several invoices may share one). A fully
 * digital fapiao has no code: '' rather than null, so its number stays unique.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  for (const column of ['billing_phone', 'billing_bank']) {
    await db.schema.alterTable('clients').addColumn(column, 'text').execute();
  }
  for (const column of [
    'seller_name',
    'seller_tax_id',
    'seller_address',
    'seller_bank',
    'fapiao_category',
  ]) {
    await db.schema.alterTable('finance_policies').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('invoices').addColumn('sent_at', t.timestamp).execute();

  await db.schema
    .createTable('mail_attachments')
    .addColumn('mail_id', 'text', (c) => c.notNull().references('mail_messages.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('content', t.bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_attachments_pk', ['mail_id', 'seq'])
    .execute();

  await db.schema
    .createTable('fapiao_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addColumn('total_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('fapiao_records_number', ['workspace_id', 'code', 'number'])
    .execute();
  await db.schema
    .createTable('fapiao_invoices')
    .addColumn('fapiao_id', 'text', (c) => c.notNull().references('fapiao_records.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addPrimaryKeyConstraint('fapiao_invoices_pk', ['fapiao_id', 'invoice_id'])
    .execute();
  await db.schema
    .createIndex('fapiao_invoices_invoice')
    .on('fapiao_invoices')
    .column('invoice_id')
    .execute();
}
