import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, dispatchEvents, useHarness } from '../../test/harness.ts';
import { timeWorld } from '../time/time.fixture.ts';

describe.each(dialects)('bookings when a contract is terminated on %s', (dialect) => {
  const h = useHarness(dialect);

  it('end on the termination day once the event is delivered, and only once', async () => {
    const w = await timeWorld(h);
    const later = await call(h, {
      method: 'POST',
      url: '/api/v1/assignments',
      cookie: w.owner.cookie,
      payload: {
        personId: w.annaPerson.id,
        projectId: w.project.id,
        positionId: w.java,
        startDate: '2027-06-01',
        endDate: '2027-08-31',
        hoursPerWeek: 8,
        status: 'proposed',
      },
    });
    expect(later.statusCode).toBe(201);
    const bookings = async () =>
      (
        await call(h, {
          method: 'GET',
          url: `/api/v1/assignments?projectId=${w.project.id}`,
          cookie: w.owner.cookie,
        })
      ).json().items as { id: string; endDate: string; version: number }[];
    const before = await bookings();
    expect(before).toHaveLength(3);

    const contract = (
      await call(h, {
        method: 'GET',
        url: `/api/v1/contracts/${w.contract.id}`,
        cookie: w.owner.cookie,
      })
    ).json();
    const terminated = await call(h, {
      method: 'POST',
      url: `/api/v1/contracts/${w.contract.id}/terminate`,
      cookie: w.owner.cookie,
      payload: { reason: 'Client withdrew the programme', version: contract.version },
    });
    expect(terminated.statusCode).toBe(200);
    // The reaction runs after the termination committed, in the background, not within it.
    expect(await bookings()).toEqual(before);

    await dispatchEvents(h);
    const after = await bookings();
    expect(after.map((b) => b.id).sort()).toEqual(
      before
        .filter((b) => b.id !== later.json().id)
        .map((b) => b.id)
        .sort(),
    );
    for (const b of after) expect(b).toMatchObject({ endDate: '2026-11-27', version: 2 });
    const cuts = await h.db
      .selectFrom('audit_entries')
      .select(['entity_id', 'changes'])
      .where('action', '=', 'assignment.cut')
      .where('workspace_id', '=', w.owner.workspaceId)
      .execute();
    expect(cuts).toHaveLength(3);
    const notices = (
      await call(h, { method: 'GET', url: '/api/v1/notifications', cookie: w.owner.cookie })
    ).json().items;
    expect(notices).toContainEqual(
      expect.objectContaining({
        kind: 'contract.terminated',
        params: expect.objectContaining({ count: 3, day: '2026-11-27' }),
      }),
    );

    // A redelivery (a crash before the event was marked) changes nothing twice.
    await h.db.updateTable('events').set({ dispatched_at: null }).execute();
    await dispatchEvents(h);
    expect(await bookings()).toEqual(after);
  });
});
