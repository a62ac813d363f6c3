import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Service credits and chargebacks a finance user confirmed from a month's SLA compliance: a
 * client's credit waits for the contract's next invoice, a supplier's chargeback goes onto its
 * bill (each billed once, like time). The settlement keeps what was confirmed, once per
 * contract and month.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('service_credits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('service_credits_contract')
    .on('service_credits')
    .columns(['workspace_id', 'contract_id', 'side'])
    .execute();
  await db.schema
    .createTable('sla_settlements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('credit_minor', t.bigint, (c) => c.notNull())
    .addColumn('chargebacks', t.json, (c) => c.notNull())
    .addColumn('confirmed_at', t.timestamp, (c) => c.notNull())
    .addColumn('confirmed_by', 'text')
    .addUniqueConstraint('sla_settlements_once', ['workspace_id', 'contract_id', 'month'])
    .execute();
}
