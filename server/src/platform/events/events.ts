import type { Selectable } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';
import type { Clock } from '../clock.ts';
import { isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { newId } from '../ids.ts';
import type { EventTable } from './events.table.ts';

export type DomainEvent = {
  id: string;
  workspaceId: string | null;
  type: string;
  payload: Record<string, unknown>;
};
/**
 * Handles one event inside the transaction that also records its delivery, so its effects and
 * the fact that it ran commit together. `name` is unique and stable: it keys the deliveries.
 */
export type Subscriber = {
  name: string;
  handle: (trx: Executor, event: DomainEvent) => Promise<void>;
};

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
/** After this many failed attempts an event stays undelivered (a dead letter) until repaired. */
export const MAX_ATTEMPTS = 10;
/** A claimed event is hidden from other dispatchers this long; a crash just lets it reappear. */
const LEASE_MS = 60_000;

type EventRow = Selectable<EventTable>;

/**
 * Delivers pending events to subscribers after commit. One statement claims a batch by pushing
 * its next_attempt_at past a lease (on PostgreSQL with SKIP LOCKED, so several machines share
 * the work). Each subscriber runs in its own transaction with its delivery row: one failing is
 * retried with backoff while those that succeeded are never run again for that event. An event
 * is marked dispatched when every subscriber has it.
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

  async function delivered(eventId: string): Promise<Set<string>> {
    const rows = await db
      .selectFrom('event_deliveries')
      .select('subscriber')
      .where('event_id', '=', eventId)
      .execute();
    return new Set(rows.map((r) => r.subscriber));
  }

  async function run(subscriber: Subscriber, event: DomainEvent) {
    await db.transaction().execute(async (trx) => {
      await subscriber.handle(trx, event);
      await trx
        .insertInto('event_deliveries')
        .values({ event_id: event.id, subscriber: subscriber.name, delivered_at: isoNow(clock) })
        .execute();
    });
  }

  async function deliver(row: EventRow) {
    const event = {
      id: row.id,
      workspaceId: row.workspace_id,
      type: row.type,
      payload: row.payload,
    };
    const done = await delivered(row.id);
    const errors: string[] = [];
    for (const s of subscribers.get(row.type) ?? []) {
      if (done.has(s.name)) continue;
      await run(s, event).catch((error) => errors.push(`${s.name}: ${String(error)}`));
    }
    if (errors.length === 0) {
      await db
        .updateTable('events')
        .set({ dispatched_at: isoNow(clock), attempts: row.attempts + 1, last_error: null })
        .where('id', '=', row.id)
        .execute();
      return;
    }
    const backoffMs = 1000 * 2 ** row.attempts;
    await db
      .updateTable('events')
      .set({
        attempts: row.attempts + 1,
        last_error: errors.join('\n').slice(0, 1000),
        next_attempt_at: new Date(clock.now().getTime() + backoffMs).toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
  }

  return {
    subscribe(type: string, subscriber: Subscriber) {
      const known = [...subscribers.values()].flat().some((s) => s.name === subscriber.name);
      if (known) throw new Error(`Two event subscribers are named ${subscriber.name}`);
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
