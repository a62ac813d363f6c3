import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('opportunities on %s', (dialect) => {
  const h = useHarness(dialect);

  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const setup = async () => {
    const owner = await signedIn(h);
    const client = (await post(owner, '/api/v1/clients', { name: 'Acme' })).json();
    const create = async (body: object) =>
      (
        await post(owner, '/api/v1/opportunities', {
          clientId: client.id,
          title: 'Service desk',
          amountMinor: 100_000_00,
          currency: 'CNY',
          ...body,
        })
      ).json();
    return { owner, client, create };
  };

  it('creates with a number, money in minor units and a stage default probability', async () => {
    const { owner, client, create } = await setup();
    const o = await create({ stage: 'proposal', expectedClose: '2027-03-31' });
    expect(o).toMatchObject({
      number: 'OPP-0001',
      client: { id: client.id, name: 'Acme' },
      stage: 'proposal',
      probability: 50,
      amountMinor: 10_000_000,
      weightedMinor: 5_000_000,
      currency: 'CNY',
      expectedClose: '2027-03-31',
    });
    const bad = await post(owner, '/api/v1/opportunities', {
      clientId: client.id,
      title: 'x',
      amountMinor: 1.5,
      currency: 'XYZ',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().errors)).toEqual(
      expect.arrayContaining(['body.amountMinor', 'body.currency']),
    );
    const stranger = await signedIn(h);
    const foreignClient = (await post(stranger, '/api/v1/clients', { name: 'Not yours' })).json();
    const planted = await post(owner, '/api/v1/opportunities', {
      clientId: foreignClient.id,
      title: 'x',
      amountMinor: 1,
      currency: 'CNY',
    });
    expect(planted.statusCode).toBe(400);
  });

  it('moves through stages: lost needs a reason, won and lost close it, reopening resets it', async () => {
    const { owner, create } = await setup();
    const o = await create({});
    const move = (version: number, body: object) =>
      post(owner, `/api/v1/opportunities/${o.id}/move`, { version, ...body });
    expect((await move(1, { stage: 'lost' })).statusCode).toBe(400);
    const lost = (await move(1, { stage: 'lost', lossReason: 'Price' })).json();
    expect(lost).toMatchObject({ stage: 'lost', probability: 0, lossReason: 'Price' });
    expect(lost.closedAt).not.toBeNull();
    const reopened = (await move(2, { stage: 'negotiation' })).json();
    expect(reopened).toMatchObject({
      stage: 'negotiation',
      probability: 75,
      lossReason: null,
      closedAt: null,
    });
    expect((await move(2, { stage: 'won' })).statusCode).toBe(409);
    const won = (await move(3, { stage: 'won' })).json();
    expect(won).toMatchObject({ stage: 'won', probability: 100 });
    const events = await h.db
      .selectFrom('events')
      .select('payload')
      .where('type', '=', 'opportunity.won')
      .execute();
    expect(events.map((e) => e.payload.opportunityId)).toContain(o.id);
    const log = (await get(owner, `/api/v1/audit?entityId=${o.id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(log).toEqual([
      'opportunity.move',
      'opportunity.move',
      'opportunity.move',
      'opportunity.create',
    ]);
  });

  it('sums the pipeline per stage and currency, weighted by probability', async () => {
    const { owner, client, create } = await setup();
    await create({ stage: 'lead', amountMinor: 1000 });
    await create({ stage: 'proposal', amountMinor: 2000 });
    await create({ stage: 'proposal', amountMinor: 3000, probability: 40 });
    await create({ stage: 'proposal', amountMinor: 500, currency: 'EUR' });
    const pipeline = (
      await get(owner, `/api/v1/opportunities/pipeline?clientId=${client.id}`)
    ).json();
    const proposal = pipeline.stages.find((s: { stage: string }) => s.stage === 'proposal');
    expect(proposal.count).toBe(3);
    expect(proposal.totals).toEqual(
      expect.arrayContaining([
        { currency: 'CNY', amountMinor: 5000, weightedMinor: 2200 },
        { currency: 'EUR', amountMinor: 500, weightedMinor: 250 },
      ]),
    );
    expect(pipeline.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'lead',
      'qualified',
      'proposal',
      'negotiation',
      'won',
      'lost',
    ]);
    const list = (
      await get(owner, `/api/v1/opportunities?clientId=${client.id}&stage=proposal&sort=number`)
    ).json().items;
    expect(list.map((o: { amountMinor: number }) => o.amountMinor)).toEqual([2000, 3000, 500]);
  });

  it('keeps the workspace pipeline as running totals that always match the opportunities', async () => {
    const { owner, client, create } = await setup();
    const patch = (id: string, payload: object) =>
      call(h, {
        method: 'PATCH',
        url: `/api/v1/opportunities/${id}`,
        cookie: owner.cookie,
        payload,
      });
    const a = await create({ stage: 'proposal', amountMinor: 2000 });
    const b = await create({ stage: 'lead', amountMinor: 700, currency: 'EUR' });
    await create({ stage: 'qualified', amountMinor: 900 });
    await patch(a.id, { version: 1, amountMinor: 5000, probability: 30 });
    await patch(b.id, { version: 1, currency: 'USD' });
    await post(owner, `/api/v1/opportunities/${a.id}/move`, { version: 2, stage: 'won' });
    await post(owner, `/api/v1/opportunities/${b.id}/move`, {
      version: 2,
      stage: 'lost',
      lossReason: 'Price',
    });
    await post(owner, `/api/v1/opportunities/${b.id}/move`, { version: 3, stage: 'negotiation' });
    // The workspace figure (running totals) against the same sums computed from the rows.
    const whole = (await get(owner, '/api/v1/opportunities/pipeline')).json();
    const summed = (
      await get(owner, `/api/v1/opportunities/pipeline?clientId=${client.id}`)
    ).json();
    expect(whole).toEqual(summed);
    const won = whole.stages.find((s: { stage: string }) => s.stage === 'won');
    expect(won).toEqual({
      stage: 'won',
      count: 1,
      totals: [{ currency: 'CNY', amountMinor: 5000, weightedMinor: 5000 }],
    });
    expect(whole.stages.find((s: { stage: string }) => s.stage === 'lost').count).toBe(0);
  });

  it('is invisible to another workspace and to portal users', async () => {
    const { owner, client, create } = await setup();
    const o = await create({});
    const other = await signedIn(h);
    expect((await get(other, `/api/v1/opportunities/${o.id}`)).statusCode).toBe(404);
    expect(
      (await post(other, `/api/v1/opportunities/${o.id}/move`, { version: 1, stage: 'won' }))
        .statusCode,
    ).toBe(404);
    expect((await get(other, '/api/v1/opportunities')).json().items).toEqual([]);
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await h.db
      .updateTable('members')
      .set({ party_type: 'client', party_id: client.id })
      .where('user_id', '=', portal.userId)
      .execute();
    expect((await get(portal, '/api/v1/opportunities')).statusCode).toBe(403);
  });
});
