import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('evaluation_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('criteria', t.json, (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('supplier_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('supplier_id', 'text', (c) => c.notNull().references('suppliers.id'))
    .addColumn('template_id', 'text', (c) => c.notNull().references('evaluation_templates.id'))
    .addColumn('template_name', 'text', (c) => c.notNull())
    .addColumn('criteria', t.json, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('grade', 'text')
    .addColumn('finalized_at', t.timestamp)
    .addColumn('finalized_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('supplier_evaluations_supplier')
    .on('supplier_evaluations')
    .columns(['workspace_id', 'supplier_id', 'period_end'])
    .execute();
  await db.schema
    .createTable('evaluation_scores')
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('supplier_evaluations.id'))
    .addColumn('evaluator_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('criterion_key', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('scored_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_scores_pk', [
      'evaluation_id',
      'evaluator_id',
      'criterion_key',
    ])
    .execute();
}
