import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, signedIn, useHarness } from '../../test/harness.ts';
import { housekeeping } from '../jobs/housekeeping.ts';
import { createDispatcher, type DomainEvent } from './events.ts';

describe.each(dialects)('events outbox on %s', (dialect) => {
  const h = useHarness(dialect);

  async function invite(cookie: string, email: string) {
    const roleId = (await call(h, { method: 'GET', url: '/api/v1/roles', cookie })).json().items[0]
      .id;
    return call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie,
      payload: { email, roleId },
    });
  }

  it('delivers an event recorded with a change after commit, retries a failing subscriber, and delivers once done', async () => {
    const owner = await signedIn(h);
    const dispatcher = createDispatcher(h.db, h.clock);
    const seen: DomainEvent[] = [];
    let failOnce = true;
    dispatcher.subscribe('invitation.created', {
      name: 'test.flaky',
      handle: async (_trx, event) => {
        if (failOnce) {
          failOnce = false;
          throw new Error('subscriber down');
        }
        seen.push(event);
      },
    });
    await invite(owner.cookie, 'evt@example.com');
    expect(await dispatcher.dispatch()).toBeGreaterThanOrEqual(1);
    expect(seen).toHaveLength(0);
    expect(await dispatcher.dispatch()).toBe(0);
    h.clock.advance(5000);
    await dispatcher.dispatch();
    expect(seen.map((e) => e.payload.email)).toEqual(['evt@example.com']);
    expect(seen[0]?.workspaceId).toBe(owner.workspaceId);
    h.clock.advance(120_000);
    await dispatcher.dispatch();
    expect(seen).toHaveLength(1);
  });

  it('retries only the subscriber that failed, and undoes what it wrote before failing', async () => {
    const owner = await signedIn(h);
    const dispatcher = createDispatcher(h.db, h.clock);
    const calls = { steady: 0, flaky: 0 };
    dispatcher.subscribe('invitation.created', {
      name: 'test.steady',
      handle: async () => {
        calls.steady++;
      },
    });
    dispatcher.subscribe('invitation.created', {
      name: 'test.half-done',
      handle: async (trx, event) => {
        calls.flaky++;
        // A write the failure must take back with it.
        await trx
          .updateTable('workspaces')
          .set({ name: 'half done' })
          .where('id', '=', event.workspaceId as string)
          .execute();
        if (calls.flaky === 1) throw new Error('down once');
      },
    });
    await invite(owner.cookie, 'twice@example.com');
    await dispatcher.dispatch();
    const name = async () =>
      (
        await h.db
          .selectFrom('workspaces')
          .select('name')
          .where('id', '=', owner.workspaceId)
          .executeTakeFirstOrThrow()
      ).name;
    expect(await name()).not.toBe('half done');
    const failed = await h.db
      .selectFrom('events')
      .select(['attempts', 'last_error', 'dispatched_at'])
      .where('type', '=', 'invitation.created')
      .where('workspace_id', '=', owner.workspaceId)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ attempts: 1, dispatched_at: null });
    expect(failed.last_error).toContain('test.half-done');
    h.clock.advance(5000);
    await dispatcher.dispatch();
    expect(calls).toEqual({ steady: 1, flaky: 2 });
    expect(await name()).toBe('half done');
    const delivered = await h.db
      .selectFrom('event_deliveries')
      .innerJoin('events', 'events.id', 'event_deliveries.event_id')
      .select('subscriber')
      .where('events.workspace_id', '=', owner.workspaceId)
      .orderBy('subscriber')
      .execute();
    expect(delivered.map((d) => d.subscriber)).toEqual(['test.half-done', 'test.steady']);
  });

  it('housekeeping forgets delivered events after three months, with their deliveries, and keeps undelivered ones', async () => {
    const owner = await signedIn(h);
    const dispatcher = createDispatcher(h.db, h.clock);
    dispatcher.subscribe('invitation.created', { name: 'test.noop', handle: async () => {} });
    await invite(owner.cookie, 'old@example.com');
    while ((await dispatcher.dispatch()) > 0);
    await invite(owner.cookie, 'new@example.com');
    h.clock.advance(91 * 24 * 60 * 60 * 1000);
    await housekeeping({}, { db: h.db, clock: h.clock, scope: null });
    const left = await h.db
      .selectFrom('events')
      .leftJoin('event_deliveries', 'event_deliveries.event_id', 'events.id')
      .select(['events.payload', 'event_deliveries.subscriber'])
      .where('events.workspace_id', '=', owner.workspaceId)
      .where('events.type', '=', 'invitation.created')
      .execute();
    expect(left.map((e) => [e.payload.email, e.subscriber])).toEqual([['new@example.com', null]]);
  });

  it('refuses two subscribers of the same name', () => {
    const dispatcher = createDispatcher(h.db, h.clock);
    const s = { name: 'test.one', handle: async () => {} };
    dispatcher.subscribe('a', s);
    expect(() => dispatcher.subscribe('b', s)).toThrow(/test.one/);
  });

  it('records no event when the change fails', async () => {
    const owner = await signedIn(h);
    const before = await h.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: owner.cookie,
      payload: { email: 'evt2@example.com', roleId: '01a21d53-0000-7000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(400);
    const after = await h.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
