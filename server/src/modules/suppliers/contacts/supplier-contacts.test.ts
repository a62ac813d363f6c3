import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('supplier contacts on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('keeps the people at a supplier, editable by the supplier itself and nobody else’s', async () => {
    const owner = await signedIn(h);
    const mine = (await send(owner, 'POST', '/api/v1/suppliers', { name: 'Contacted Ltd' })).json();
    const other = (await send(owner, 'POST', '/api/v1/suppliers', { name: 'Other Ltd' })).json();
    const added = await send(owner, 'POST', `/api/v1/suppliers/${mine.id}/contacts`, {
      name: '王强',
      title: '交付总监',
      email: 'wang@contacted.example',
      role: 'delivery',
    });
    expect(added.json()).toMatchObject([{ name: '王强', role: 'delivery', version: 1 }]);
    expect(
      (
        await send(owner, 'POST', `/api/v1/suppliers/${mine.id}/contacts`, {
          name: 'x',
          email: 'nope',
        })
      ).statusCode,
    ).toBe(400);

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: mine.id });
    const id = added.json()[0].id;
    const updated = await send(portal, 'PATCH', `/api/v1/suppliers/${mine.id}/contacts/${id}`, {
      version: 1,
      phone: '+86 21 5555 0101',
    });
    expect(updated.json()[0]).toMatchObject({ phone: '+86 21 5555 0101', version: 2 });
    expect(
      (await send(portal, 'POST', `/api/v1/suppliers/${other.id}/contacts`, { name: 'Spy' }))
        .statusCode,
    ).toBe(404);
    expect((await get(portal, `/api/v1/suppliers/${other.id}/contacts`)).statusCode).toBe(404);
    expect(
      (await send(portal, 'DELETE', `/api/v1/suppliers/${mine.id}/contacts/${id}`)).json(),
    ).toEqual([]);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect((await get(member, `/api/v1/suppliers/${mine.id}/contacts`)).statusCode).toBe(403);
  });
});
