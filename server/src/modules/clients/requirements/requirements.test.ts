import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('client requirements on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('tracks a client’s needs with numbers, links them to its own opportunities only, and shows them to its portal', async () => {
    const owner = await signedIn(h);
    const client = (await send(owner, 'POST', '/api/v1/clients', { name: 'Needs Co' })).json();
    const other = (await send(owner, 'POST', '/api/v1/clients', { name: 'Other Co' })).json();
    const mine = (
      await send(owner, 'POST', '/api/v1/opportunities', {
        clientId: client.id,
        title: 'Desk',
        amountMinor: 100,
        currency: 'CNY',
      })
    ).json();
    const theirs = (
      await send(owner, 'POST', '/api/v1/opportunities', {
        clientId: other.id,
        title: 'Other desk',
        amountMinor: 100,
        currency: 'CNY',
      })
    ).json();
    const url = `/api/v1/clients/${client.id}/requirements`;
    const created = await send(owner, 'POST', url, {
      title: '7×24 Chinese and English support',
      priority: 'high',
      source: 'rfp',
      opportunityId: mine.id,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      number: 'REQ-0001',
      status: 'new',
      priority: 'high',
      opportunity: { id: mine.id, title: 'Desk' },
      contract: null,
    });
    expect(
      (await send(owner, 'POST', url, { title: 'x', opportunityId: theirs.id })).statusCode,
    ).toBe(400);
    expect((await send(owner, 'POST', url, { title: 'x', priority: 'urgent' })).statusCode).toBe(
      400,
    );

    const r = created.json();
    const updated = await send(owner, 'PATCH', `${url}/${r.id}`, {
      version: 1,
      status: 'accepted',
    });
    expect(updated.json()).toMatchObject({ status: 'accepted', version: 2 });
    expect(
      (await send(owner, 'PATCH', `${url}/${r.id}`, { version: 1, status: 'rejected' })).statusCode,
    ).toBe(409);
    await send(owner, 'POST', url, { title: 'Monthly report', priority: 'low' });
    const high = (await get(owner, `${url}?priority=high`)).json().items;
    expect(high.map((x: { number: string }) => x.number)).toEqual(['REQ-0001']);

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: client.id });
    expect((await get(portal, url)).json().items).toHaveLength(2);
    expect((await get(portal, `/api/v1/clients/${other.id}/requirements`)).statusCode).toBe(404);
    expect((await send(portal, 'POST', url, { title: 'Mine' })).statusCode).toBe(403);
    const stranger = await signedIn(h);
    expect((await get(stranger, url)).statusCode).toBe(404);
  });
});
