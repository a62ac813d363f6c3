import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Executor } from '../../db/database.ts';
import { isoNow } from '../clock.ts';
import type { Deps } from '../context.ts';
import { newId } from '../ids.ts';
import { findHeadsPastCheckpoint } from './audit.repository.ts';

type Checkpoint = { chain: string; seq: number; hash: string; at: string };

/** HMAC with the server secret: table access alone cannot forge or move a checkpoint. */
export function signCheckpoint(c: Checkpoint, secretKey: string): string {
  return createHmac('sha256', `pontis-audit:${secretKey}`)
    .update(`${c.chain}\n${c.seq}\n${c.hash}\n${c.at}`)
    .digest('hex');
}

export function checkpointSignatureHolds(
  c: Checkpoint & { signature: string },
  secretKey: string,
): boolean {
  const expected = Buffer.from(signCheckpoint(c, secretKey), 'hex');
  const given = Buffer.from(c.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Records a signed checkpoint of every chain that grew since its last one, and hands each to
 * `log`, so a copy lives outside the database too. Run hourly by the worker.
 */
export async function writeCheckpoints(
  deps: Deps & { db: Executor },
  log: (checkpoint: Checkpoint & { signature: string }) => void,
): Promise<number> {
  const heads = await findHeadsPastCheckpoint(deps.db);
  const at = isoNow(deps.clock);
  for (const h of heads) {
    const c = { chain: h.chain, seq: h.seq, hash: h.last_hash, at };
    const signature = signCheckpoint(c, deps.config.secretKey);
    await deps.db
      .insertInto('audit_checkpoints')
      .values({ id: newId(), ...c, signature })
      .execute();
    log({ ...c, signature });
  }
  return heads.length;
}

export const AUDIT_CHECKPOINT_EVERY_MS = 60 * 60 * 1000;
