import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('suppliers on %s', (dialect) => {
  const h = useHarness(dialect);

  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const patch = (s: Session, url: string, payload: object) =>
    call(h, { method: 'PATCH', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const bank = {
    bankName: 'ICBC Shanghai',
    bankAccount: '6222 0000 1111 2222',
    bankSwift: 'ICBKCNBJSHI',
  };

  it('registers suppliers as prospects with capabilities, filters and sorts them', async () => {
    const owner = await signedIn(h);
    const a = await post(owner, '/api/v1/suppliers', {
      name: '智联科技',
      country: 'CN',
      categories: ['IT operations', 'Testing'],
      skills: ['Java'],
      languages: ['zh', 'en'],
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      number: 'SUP-0001',
      status: 'prospect',
      categories: ['IT operations', 'Testing'],
    });
    await post(owner, '/api/v1/suppliers', {
      name: 'Baltic BPO',
      categories: ['BPO'],
      riskTier: 'medium',
    });
    const names = async (q: string) =>
      (await get(owner, `/api/v1/suppliers?${q}`))
        .json()
        .items.map((x: { name: string }) => x.name);
    expect(await names('category=Testing')).toEqual(['智联科技']);
    expect(await names('riskTier=medium')).toEqual(['Baltic BPO']);
    expect(await names('sort=-number')).toEqual(['Baltic BPO', '智联科技']);
    expect(
      (await post(owner, '/api/v1/suppliers', { name: 'X', bankSwift: 'nope' })).statusCode,
    ).toBe(400);
  });

  it('enforces the lifecycle and asks for reasons', async () => {
    const owner = await signedIn(h);
    const s = (await post(owner, '/api/v1/suppliers', { name: 'Lifecycle Ltd' })).json();
    const move = (version: number, status: string, reason?: string) =>
      post(owner, `/api/v1/suppliers/${s.id}/status`, {
        version,
        status,
        ...(reason ? { reason } : {}),
      });
    expect((await move(1, 'approved')).statusCode).toBe(422);
    expect((await move(1, 'onboarding')).json().status).toBe('onboarding');
    expect((await move(2, 'approved')).json().status).toBe('approved');
    expect((await move(3, 'suspended')).statusCode).toBe(400);
    expect((await move(3, 'suspended', 'Missed SLA three months running')).json()).toMatchObject({
      status: 'suspended',
      statusReason: 'Missed SLA three months running',
    });
    expect((await move(4, 'blacklisted', 'Data breach')).json().status).toBe('blacklisted');
    expect((await move(5, 'approved', 'Appeal')).statusCode).toBe(422);
    expect((await move(5, 'prospect')).statusCode).toBe(400);
    expect((await move(5, 'prospect', 'New ownership, audited')).json().status).toBe('prospect');
    const events = await h.db
      .selectFrom('events')
      .select('payload')
      .where('type', '=', 'supplier.status_changed')
      .execute();
    expect(events.filter((e) => e.payload.supplierId === s.id)).toHaveLength(5);
  });

  it('shows and changes bank details only with suppliers:bank, and keeps them out of the audit log', async () => {
    const owner = await signedIn(h);
    const s = (await post(owner, '/api/v1/suppliers', { name: 'Bank Test', ...bank })).json();
    expect(s.bank).toEqual({
      name: bank.bankName,
      account: bank.bankAccount,
      swift: bank.bankSwift,
    });
    const delivery = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    expect((await get(delivery, `/api/v1/suppliers/${s.id}`)).json().bank).toBeNull();
    const admin = await signedIn(h, { workspaceId: owner.workspaceId, role: 'procurement' });
    const changed = await patch(admin, `/api/v1/suppliers/${s.id}`, {
      version: 1,
      bankAccount: '6222 9999',
    });
    expect(changed.json().bank.account).toBe('6222 9999');
    const log = JSON.stringify((await get(owner, `/api/v1/audit?entityId=${s.id}`)).json());
    expect(log).toContain('bankDetails');
    // Whole values: a fragment such as '6222' also turns up in the random ids of the entries.
    expect(log).not.toContain(bank.bankAccount);
    expect(log).not.toContain('6222 9999');
    expect(log).not.toContain(bank.bankName);
  });

  it('a supplier portal user sees and updates only their own profile', async () => {
    const owner = await signedIn(h);
    const mine = (
      await post(owner, '/api/v1/suppliers', { name: 'Portal Supplier', ...bank })
    ).json();
    const other = (await post(owner, '/api/v1/suppliers', { name: 'Other Supplier' })).json();
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    expect((await get(portal, '/api/v1/suppliers')).statusCode).toBe(403);
    await h.db
      .updateTable('members')
      .set({ party_type: 'supplier', party_id: mine.id })
      .where('user_id', '=', portal.userId)
      .execute();

    expect(
      (await get(portal, '/api/v1/suppliers')).json().items.map((x: { id: string }) => x.id),
    ).toEqual([mine.id]);
    expect((await get(portal, `/api/v1/suppliers/${other.id}`)).statusCode).toBe(404);
    expect((await get(portal, `/api/v1/suppliers/${mine.id}`)).json().bank).toBeNull();
    const updated = await patch(portal, `/api/v1/suppliers/${mine.id}/profile`, {
      version: 1,
      skills: ['SAP', 'Java'],
      email: 'bd@portal.example',
    });
    expect(updated.json()).toMatchObject({
      skills: ['SAP', 'Java'],
      email: 'bd@portal.example',
      status: 'prospect',
    });
    expect(
      (await patch(portal, `/api/v1/suppliers/${other.id}/profile`, { version: 1, skills: ['x'] }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await patch(portal, `/api/v1/suppliers/${mine.id}/profile`, {
          version: 2,
          status: 'approved',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await patch(portal, `/api/v1/suppliers/${mine.id}`, { version: 2, name: 'Renamed' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await post(portal, `/api/v1/suppliers/${mine.id}/status`, {
          version: 2,
          status: 'onboarding',
        })
      ).statusCode,
    ).toBe(403);
  });

  it("another workspace's suppliers are 404", async () => {
    const a = await signedIn(h);
    const b = await signedIn(h);
    const theirs = (await post(b, '/api/v1/suppliers', { name: 'Theirs' })).json();
    expect((await get(a, `/api/v1/suppliers/${theirs.id}`)).statusCode).toBe(404);
    expect(
      (await patch(a, `/api/v1/suppliers/${theirs.id}`, { version: 1, name: 'Mine' })).statusCode,
    ).toBe(404);
    expect(
      (await post(a, `/api/v1/suppliers/${theirs.id}/status`, { version: 1, status: 'onboarding' }))
        .statusCode,
    ).toBe(404);
    expect((await get(a, '/api/v1/suppliers')).json().items).toEqual([]);
  });
});
