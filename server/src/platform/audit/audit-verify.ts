import type { Executor } from '../../db/database.ts';
import { findChainBatch, findChains, findHeadSeq } from './audit.repository.ts';
import { entryHash, GENESIS_HASH } from './audit-chain.ts';

export type ChainReport = {
  chain: string;
  entries: number;
  ok: boolean;
  /** The first entry whose hash or link does not hold. */
  brokenAt: {
    seq: number;
    id: string | null;
    reason: 'hash' | 'link' | 'gap' | 'truncated';
  } | null;
};

const BATCH = 5000;

/** Walks one chain in sequence order, in batches, and stops at the first broken link. */
export async function verifyChain(db: Executor, chain: string): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const rows = await findChainBatch(db, chain, expectedSeq - 1, BATCH);
    for (const row of rows) {
      entries++;
      const brokenAt = (reason: 'hash' | 'link' | 'gap') => ({
        chain,
        entries,
        ok: false,
        brokenAt: { seq: row.seq, id: row.id, reason },
      });
      if (row.seq !== expectedSeq) return brokenAt('gap');
      if (row.prev_hash !== prevHash) return brokenAt('link');
      if (entryHash(row) !== row.hash) return brokenAt('hash');
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  // Entries removed from the end leave every remaining link intact; the head still counts them.
  const headSeq = await findHeadSeq(db, chain);
  if (headSeq > expectedSeq - 1) {
    return {
      chain,
      entries,
      ok: false,
      brokenAt: { seq: expectedSeq, id: null, reason: 'truncated' },
    };
  }
  return { chain, entries, ok: true, brokenAt: null };
}

export async function verifyAllChains(db: Executor): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of await findChains(db)) reports.push(await verifyChain(db, chain));
  return reports;
}
