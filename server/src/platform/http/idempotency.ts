import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { canonicalJson } from '../canonical-json.ts';
import type { Clock } from '../clock.ts';
import { sha256 } from '../crypto.ts';
import { AppError } from '../errors/app-error.ts';

const HEADER = 'idempotency-key';
const IN_PROGRESS = 0;
/**
 * How long a claim holds its key without an answer. A request that died (a crash, kill -9)
 * never settles; past this lease a retry runs it again instead of waiting a day.
 */
export const IDEMPOTENCY_LEASE_MS = 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { actorKey: string; key: string } | null;
  }
}

/**
 * A POST with an Idempotency-Key runs once: the key is claimed before the handler runs, the
 * response is stored after, and a retry gets the stored response. The same key with another
 * body is 422; a retry while the first is still running is 409, and one after the claim's lease
 * (the first never answered) runs afresh. Keys belong to a caller in one workspace.
 */
export function idempotency(db: Db, clock: Clock) {
  /**
   * Whether a claim outlived its lease and is now this request's. The claim's own time is the
   * condition of the update, so of two retries racing for a dead claim only one wins.
   */
  async function takeOverDeadClaim(actorKey: string, key: string, claimedAt: string) {
    const now = clock.now();
    if (Date.parse(claimedAt) + IDEMPOTENCY_LEASE_MS > now.getTime()) return false;
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ created_at: now.toISOString() })
      .where('actor_key', '=', actorKey)
      .where('key', '=', key)
      .where('status_code', '=', IN_PROGRESS)
      .where('created_at', '=', claimedAt)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) > 0;
  }
  return {
    async claim(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      request.idempotency = null;
      const key = request.headers[HEADER];
      if (request.method !== 'POST' || typeof key !== 'string') return;
      if (key.length === 0 || key.length > 200) {
        throw new AppError('validation_failed', 'Idempotency-Key must be 1 to 200 characters');
      }
      const actor = request.ctx.actor.id ?? `ip:${request.ip}`;
      const actorKey = `${actor}@${request.ctx.membership?.workspaceId ?? '-'}`;
      const requestHash = sha256(
        `${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`,
      );
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({
          actor_key: actorKey,
          key,
          request_hash: requestHash,
          status_code: IN_PROGRESS,
          response: '',
          created_at: clock.now().toISOString(),
        })
        .onConflict((oc) => oc.columns(['actor_key', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
        request.idempotency = { actorKey, key };
        return;
      }
      const stored = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('actor_key', '=', actorKey)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (stored.request_hash !== requestHash) {
        throw new AppError(
          'idempotency_mismatch',
          'This Idempotency-Key was used with a different request',
        );
      }
      if (stored.status_code === IN_PROGRESS) {
        if (await takeOverDeadClaim(actorKey, key, stored.created_at)) {
          request.idempotency = { actorKey, key };
          return;
        }
        throw new AppError('conflict', 'A request with this Idempotency-Key is still running', {
          headers: { 'retry-after': String(Math.ceil(IDEMPOTENCY_LEASE_MS / 1000)) },
        });
      }
      reply
        .code(stored.status_code)
        .header('idempotent-replayed', 'true')
        .type('application/json')
        .send(stored.response);
      return reply;
    },

    /** Keeps a finished answer; a server error frees the key so the client can retry. */
    async settle(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
      const claim = request.idempotency;
      if (!claim) return;
      request.idempotency = null;
      if (reply.statusCode >= 500) {
        await db
          .deleteFrom('idempotency_keys')
          .where('actor_key', '=', claim.actorKey)
          .where('key', '=', claim.key)
          .execute();
        return;
      }
      await db
        .updateTable('idempotency_keys')
        .set({
          status_code: reply.statusCode,
          response: typeof payload === 'string' ? payload : '',
        })
        .where('actor_key', '=', claim.actorKey)
        .where('key', '=', claim.key)
        .execute();
    },
  };
}
