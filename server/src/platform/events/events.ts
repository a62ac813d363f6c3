import type { Db, Executor } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';
import type { Clock } from '../clock.ts';
import { isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { newId } from '../ids.ts';

export type DomainEvent = {
  id: string;
  workspaceId: string | null;
  type: string;
  payload: Record<string, unknown>;
};
export type Subscriber = (event: DomainEvent) => Promise<void>;

/** Recorded in the caller's transaction: an event exists exactly when its change committed. */
export async function recordEvent(
  trx: Executor,
  ctx: Ctx,
  type: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const now = isoNow(ctx.clock);
  await trx
    .insertInto('events')
    .values({
      id: newId(),
      workspace_id: ctx.membership?.workspaceId ?? null,
      type,
      payload: JSON.stringify(payload),
      created_at: now,
      next_attempt_at: now,
    })
    .execute();
}

const BATCH = 50;
const MAX_ATTEMPTS = 10;
/** A claimed event is hidden from other dispatchers this long; a crash just lets it reappear. */
const LEASE_MS = 60_000;

/**
 * Delivers pending events to subscribers after commit, at least once. One statement claims a
 * batch by pushing its next_attempt_at past a lease (on PostgreSQL with SKIP LOCKED, so several
 * app servers share the work); an event is marked dispatched when every subscriber succeeded,
 * otherwise it is retried with backoff. Subscribers must therefore be idempotent.
 */
export function createDispatcher(db: Db, clock: Clock) {
  const subscribers = new Map<string, Subscriber[]>();

  async function claim() {
    const now = isoNow(clock);
    let pending = db
      .selectFrom('events')
      .select('id')
      .where('dispatched_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where('attempts', '<', MAX_ATTEMPTS)
      .orderBy('created_at')
      .limit(BATCH);
    if (dialectOf(db) === 'postgres') pending = pending.forUpdate().skipLocked();
    return db
      .updateTable('events')
      .set({ next_attempt_at: new Date(clock.now().getTime() + LEASE_MS).toISOString() })
      .where('id', 'in', pending)
      .returningAll()
      .execute();
  }

  async function deliver(row: Awaited<ReturnType<typeof claim>>[number]) {
    const event = {
      id: row.id,
      workspaceId: row.workspace_id,
      type: row.type,
      payload: row.payload,
    };
    try {
      for (const s of subscribers.get(row.type) ?? []) await s(event);
      await db
        .updateTable('events')
        .set({ dispatched_at: isoNow(clock), attempts: row.attempts + 1 })
        .where('id', '=', row.id)
        .execute();
    } catch (error) {
      const backoffMs = 1000 * 2 ** row.attempts;
      await db
        .updateTable('events')
        .set({
          attempts: row.attempts + 1,
          last_error: String(error).slice(0, 1000),
          next_attempt_at: new Date(clock.now().getTime() + backoffMs).toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
    }
  }

  return {
    subscribe(type: string, subscriber: Subscriber) {
      subscribers.set(type, [...(subscribers.get(type) ?? []), subscriber]);
    },
    /** Runs one batch; returns how many events it handled. */
    async dispatch(): Promise<number> {
      const rows = await claim();
      for (const row of rows) await deliver(row);
      return rows.length;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
