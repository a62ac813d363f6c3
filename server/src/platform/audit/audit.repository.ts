import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AuditEntryTable } from './audit.table.ts';
import { GENESIS_HASH } from './audit-chain.ts';

/**
 * Takes the next sequence number of a chain and the hash before it. The UPDATE locks the head
 * row until the transaction ends, so concurrent writers of one workspace queue up and the
 * chain never forks.
 */
export async function advanceHead(
  trx: Executor,
  chain: string,
): Promise<{ seq: number; prevHash: string }> {
  await trx
    .insertInto('audit_heads')
    .values({ chain, seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  const head = await trx
    .updateTable('audit_heads')
    .set({ seq: sql`seq + 1` })
    .where('chain', '=', chain)
    .returning(['seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { seq: head.seq, prevHash: head.last_hash };
}

export async function appendEntry(
  trx: Executor,
  entry: Selectable<AuditEntryTable>,
): Promise<void> {
  await trx
    .insertInto('audit_entries')
    .values({ ...entry, changes: entry.changes === null ? null : JSON.stringify(entry.changes) })
    .execute();
  await trx
    .updateTable('audit_heads')
    .set({ last_hash: entry.hash })
    .where('chain', '=', entry.chain)
    .execute();
}

export function findChainBatch(db: Executor, chain: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('audit_entries')
    .selectAll()
    .where('chain', '=', chain)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function findChains(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('audit_heads').select('chain').orderBy('chain').execute();
  return rows.map((r) => r.chain);
}

export async function findHeadSeq(db: Executor, chain: string): Promise<number> {
  const head = await db
    .selectFrom('audit_heads')
    .select('seq')
    .where('chain', '=', chain)
    .executeTakeFirst();
  return head?.seq ?? 0;
}
