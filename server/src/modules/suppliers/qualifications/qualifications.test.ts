import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('supplier qualifications on %s', (dialect) => {
  const h = useHarness(dialect);
  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('shows each qualification as valid, expiring or expired and flags an expired mandatory one', async () => {
    const owner = await signedIn(h);
    const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Certified Co' })).json();
    const url = `/api/v1/suppliers/${supplier.id}/qualifications`;
    const add = (name: string, validTo: string | null, mandatory = false) =>
      post(owner, url, { kind: 'iso27001', name, validFrom: '2024-01-01', validTo, mandatory });
    await add('ISO 27001', '2029-01-01', true);
    await add('Insurance', '2027-01-15');
    const list = (await add('Old licence', '2026-10-01')).json();
    expect(list.map((q: { name: string; status: string }) => [q.name, q.status])).toEqual([
      ['Old licence', 'expired'],
      ['Insurance', 'expiring'],
      ['ISO 27001', 'valid'],
    ]);
    expect((await add('Backwards', '2023-01-01')).statusCode).toBe(400);
    const fine = (await get(owner, `/api/v1/suppliers/${supplier.id}`)).json();
    expect(fine.mandatoryQualificationExpired).toBe(false);

    await add('Background checks', '2026-11-01', true);
    const flagged = (await get(owner, '/api/v1/suppliers?q=Certified')).json().items[0];
    expect(flagged.mandatoryQualificationExpired).toBe(true);
  });

  it('lets a supplier portal user add qualifications to their own supplier only, never mandatory', async () => {
    const owner = await signedIn(h);
    const mine = (await post(owner, '/api/v1/suppliers', { name: 'Mine' })).json();
    const other = (await post(owner, '/api/v1/suppliers', { name: 'Other' })).json();
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: mine.id });
    const body = { kind: 'iso9001', name: 'ISO 9001', validTo: '2028-01-01', mandatory: true };
    const added = await post(portal, `/api/v1/suppliers/${mine.id}/qualifications`, body);
    expect(added.json()).toMatchObject([{ name: 'ISO 9001', mandatory: false }]);
    expect(
      (await post(portal, `/api/v1/suppliers/${other.id}/qualifications`, body)).statusCode,
    ).toBe(404);
    expect((await get(portal, `/api/v1/suppliers/${other.id}/qualifications`)).statusCode).toBe(
      404,
    );
    const id = added.json()[0].id;
    const removed = await call(h, {
      method: 'DELETE',
      url: `/api/v1/suppliers/${mine.id}/qualifications/${id}`,
      cookie: portal.cookie,
    });
    expect(removed.statusCode).toBe(403);
  });
});
