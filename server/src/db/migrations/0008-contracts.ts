import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.references('clients.id'))
    .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('opportunity_id', 'text', (c) => c.references('opportunities.id'))
    .addColumn('renews_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('value_minor', t.bigint, (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('auto_renew', 'boolean', (c) => c.notNull())
    .addColumn('notice_days', 'integer', (c) => c.notNull())
    .addColumn('payment_terms_days', 'integer', (c) => c.notNull())
    .addColumn('billing_model', 'text', (c) => c.notNull())
    .addColumn('cap_minor', t.bigint)
    .addColumn('hour_block', 'integer')
    .addColumn('fee_schedule', t.json, (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('review_round', 'integer', (c) => c.notNull())
    .addColumn('approvals_required', 'integer', (c) => c.notNull())
    .addColumn('finance_required', 'boolean', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('signed_on', 'date')
    .addColumn('signatories', t.json, (c) => c.notNull())
    .addColumn('fx_rate', 'text')
    .addColumn('fx_date', 'date')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('contracts_workspace_number', ['workspace_id', 'number'])
    .execute();
  // The number's unique constraint is its index already.
  for (const column of [
    'title',
    'status',
    'end_date',
    'client_id',
    'supplier_id',
    'parent_id',
    'created_at',
  ] as const) {
    await db.schema
      .createIndex(`contracts_workspace_${column}`)
      .on('contracts')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }

  await db.schema
    .createTable('contract_approval_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_type', 'text')
    .addColumn('min_value_minor', t.bigint, (c) => c.notNull())
    .addColumn('approvers', 'integer', (c) => c.notNull())
    .addColumn('finance_required', 'boolean', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('contract_approval_rules_workspace')
    .on('contract_approval_rules')
    .columns(['workspace_id', 'min_value_minor', 'id'])
    .execute();

  await db.schema
    .createTable('contract_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('finance', 'boolean', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('contract_approvals_once', ['contract_id', 'round', 'user_id'])
    .execute();

  await db.schema
    .createTable('contract_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('seniority', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('rate_minor', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('contract_rates_lookup')
    .on('contract_rates')
    .columns(['workspace_id', 'contract_id', 'role', 'seniority', 'effective_from'])
    .execute();

  await db.schema
    .createTable('contract_slas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('priority', 'text')
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('measurement_window', 'text', (c) => c.notNull())
    .addColumn('credit_percent', 'double precision', (c) => c.notNull())
    .addColumn('credit_cap_percent', 'double precision', (c) => c.notNull())
    .addColumn('source_sla_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('contract_slas_contract')
    .on('contract_slas')
    .columns(['workspace_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('contract_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('client_contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('supplier_contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('contract_links_pair', ['client_contract_id', 'supplier_contract_id'])
    .execute();
  await db.schema
    .createIndex('contract_links_supplier')
    .on('contract_links')
    .columns(['supplier_contract_id'])
    .execute();
}
