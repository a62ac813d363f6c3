import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, signedIn, useHarness } from '../../test/harness.ts';
import { createDispatcher, type DomainEvent } from './events.ts';

describe.each(dialects)('events outbox on %s', (dialect) => {
  const h = useHarness(dialect);

  it('delivers an event recorded with a change after commit, retries a failing subscriber, and delivers once done', async () => {
    const owner = await signedIn(h);
    const roleId = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items[0].id;
    const dispatcher = createDispatcher(h.db, h.clock);
    const seen: DomainEvent[] = [];
    let failOnce = true;
    dispatcher.subscribe('invitation.created', async (event) => {
      if (failOnce) {
        failOnce = false;
        throw new Error('subscriber down');
      }
      seen.push(event);
    });
    await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: owner.cookie,
      payload: { email: 'evt@example.com', roleId },
    });
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
