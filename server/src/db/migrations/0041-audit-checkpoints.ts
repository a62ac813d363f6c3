import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Signed checkpoints of each audit chain: its length and last hash at a moment, signed with the
 * server secret. Rewriting the chain and its head in step no longer passes verification.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_checkpoints_chain_seq')
    .on('audit_checkpoints')
    .columns(['chain', 'seq'])
    .execute();
}
