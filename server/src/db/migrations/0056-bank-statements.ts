import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Bank statements imported from the bank's CSV or Excel export, their lines, and the column
 * mapping each bank account's files use, saved so the next import needs none. A line is
 * matched by a person to a payment it records, once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('bank_mappings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('bank_account', 'text', (c) => c.notNull())
    .addColumn('mapping', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('bank_mappings_pk', ['workspace_id', 'bank_account'])
    .execute();

  await db.schema
    .createTable('bank_statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('bank_account', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('first_day', 'date', (c) => c.notNull())
    .addColumn('last_day', 'date', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('bank_statements_account')
    .on('bank_statements')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('bank_statement_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('bank_statements.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('booked_on', 'date', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('counterparty', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text')
    .addColumn('note', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('decided_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('bank_statement_lines_statement')
    .on('bank_statement_lines')
    .columns(['statement_id', 'seq'])
    .execute();
  // A payment is what one line of one statement was matched to.
  await db.schema
    .createIndex('bank_statement_lines_payment')
    .on('bank_statement_lines')
    .column('payment_id')
    .unique()
    .where(sql.ref('payment_id'), 'is not', null)
    .execute();
}
