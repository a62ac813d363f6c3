import type { Executor } from '../../db/database.ts';
import { findChainBatch, findChains, findCheckpoints, findHead } from './audit.repository.ts';
import { entryHash, GENESIS_HASH } from './audit-chain.ts';
import { checkpointSignatureHolds } from './audit-checkpoints.ts';

/** Why a chain does not hold; docs/operations.md says what each means. */
export const breakReasons = [
  'hash',
  'link',
  'gap',
  'truncated',
  'head',
  'head_missing',
  'checkpoint',
  'checkpoint_forged',
] as const;
export type BreakReason = (typeof breakReasons)[number];

export type ChainReport = {
  chain: string;
  entries: number;
  ok: boolean;
  /** The first entry whose hash or link does not hold. */
  brokenAt: { seq: number; id: string | null; reason: BreakReason } | null;
};

const BATCH = 5000;

/**
 * Walks one chain in sequence order, in batches, and stops at the first broken link. Then the
 * head must name the last entry, and every signed checkpoint an entry that is still there with
 * the hash it had: removing entries from the end and rewriting the head to match is caught by
 * the checkpoints, which need the server secret to forge.
 */
export async function verifyChain(
  db: Executor,
  chain: string,
  secretKey: string,
): Promise<ChainReport> {
  const checkpoints = await findCheckpoints(db, chain);
  const due = new Map(checkpoints.map((c) => [c.seq, c]));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  const broken = (seq: number, id: string | null, reason: BreakReason): ChainReport => ({
    chain,
    entries,
    ok: false,
    brokenAt: { seq, id, reason },
  });
  for (;;) {
    const rows = await findChainBatch(db, chain, expectedSeq - 1, BATCH);
    for (const row of rows) {
      entries++;
      if (row.seq !== expectedSeq) return broken(row.seq, row.id, 'gap');
      if (row.prev_hash !== prevHash) return broken(row.seq, row.id, 'link');
      if (entryHash(row) !== row.hash) return broken(row.seq, row.id, 'hash');
      const checkpoint = due.get(row.seq);
      if (checkpoint && checkpoint.hash !== row.hash) {
        return broken(row.seq, row.id, 'checkpoint');
      }
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  const last = expectedSeq - 1;
  for (const c of checkpoints) {
    if (!checkpointSignatureHolds(c, secretKey)) return broken(c.seq, null, 'checkpoint_forged');
    if (c.seq > last) return broken(last + 1, null, 'truncated');
  }
  const head = await findHead(db, chain);
  if (!head) return entries > 0 ? broken(last, null, 'head_missing') : ok(chain, entries);
  if (head.seq > last) return broken(last + 1, null, 'truncated');
  if (head.seq !== last || head.last_hash !== prevHash) return broken(last, null, 'head');
  return ok(chain, entries);
}

const ok = (chain: string, entries: number): ChainReport => ({
  chain,
  entries,
  ok: true,
  brokenAt: null,
});

/** Every chain with entries, a head or a checkpoint, whether or not its head row survived. */
export async function verifyAllChains(db: Executor, secretKey: string): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of await findChains(db)) {
    reports.push(await verifyChain(db, chain, secretKey));
  }
  return reports;
}
