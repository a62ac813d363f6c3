import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { applyKeyset, type Keyset } from '../http/keyset.ts';
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

/** Every chain that has entries, a head or a checkpoint: a missing head hides none. */
export async function findChains(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_entries')
    .select('chain')
    .union(db.selectFrom('audit_heads').select('chain'))
    .union(db.selectFrom('audit_checkpoints').select('chain'))
    .orderBy('chain')
    .execute();
  return rows.map((r) => r.chain);
}

export function findHead(db: Executor, chain: string) {
  return db
    .selectFrom('audit_heads')
    .select(['seq', 'last_hash'])
    .where('chain', '=', chain)
    .executeTakeFirst();
}

export function findCheckpoints(db: Executor, chain: string) {
  return db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('chain', '=', chain)
    .orderBy('seq')
    .execute();
}

/** Heads that moved past their chain's latest checkpoint (or have none yet). */
export function findHeadsPastCheckpoint(db: Executor) {
  return db
    .selectFrom('audit_heads as h')
    .select(['h.chain', 'h.seq', 'h.last_hash'])
    .where('h.seq', '>', 0)
    .where((eb) =>
      eb(
        'h.seq',
        '>',
        eb.fn.coalesce(
          eb
            .selectFrom('audit_checkpoints as c')
            .select((c) => c.fn.max('c.seq').as('seq'))
            .whereRef('c.chain', '=', 'h.chain'),
          eb.lit(0),
        ),
      ),
    )
    .execute();
}

export type AuditFilter = {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export const auditSorts = { at: 'audit_entries.at' };

const listColumns = [
  'id',
  'seq',
  'at',
  'actor_type',
  'actor_id',
  'actor_label',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'request_id',
  'ip',
] as const;

/** Each filter has a (workspace, filter…, at, id) index, or narrows to a small entity set. */
export function findAuditRows(
  db: Executor,
  workspaceId: string,
  f: AuditFilter,
  k: Keyset,
  limit: number,
) {
  let q = db
    .selectFrom('audit_entries')
    .select(listColumns)
    .where('workspace_id', '=', workspaceId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  return applyKeyset(q, k, limit).execute();
}
