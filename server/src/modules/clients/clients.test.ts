import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { auditCount, call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('clients on %s', (dialect) => {
  const h = useHarness(dialect);

  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const newClient = async (s: Session, body: object) =>
    (await post(s, '/api/v1/clients', body)).json();

  it('creates clients with workspace numbers, defaults and an owner, and audits it', async () => {
    const owner = await signedIn(h);
    const before = await auditCount(h, owner.workspaceId);
    const res = await post(owner, '/api/v1/clients', {
      name: '华信银行',
      country: 'CN',
      ownerId: owner.userId,
      tags: ['banking'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: 'CLI-0001',
      name: '华信银行',
      status: 'prospect',
      tier: 'standard',
      tags: ['banking'],
      owner: { id: owner.userId },
      contactCount: 0,
      version: 1,
    });
    expect((await newClient(owner, { name: 'Second' })).number).toBe('CLI-0002');
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 2);

    const stranger = await signedIn(h);
    const badOwner = await post(owner, '/api/v1/clients', { name: 'X', ownerId: stranger.userId });
    expect(badOwner.statusCode).toBe(400);
    expect(badOwner.json().errors['body.ownerId']).toBeDefined();
    expect((await post(owner, '/api/v1/clients', { name: 'X', country: 'China' })).statusCode).toBe(
      400,
    );
    expect(
      (await post(owner, '/api/v1/clients', { name: 'X', workspaceId: stranger.workspaceId }))
        .statusCode,
    ).toBe(400);
  });

  it('lists with search, filters, tags and sorts, and archives instead of deleting', async () => {
    const owner = await signedIn(h);
    const a = await newClient(owner, {
      name: 'Alpha Logistics',
      status: 'active',
      tier: 'key',
      tags: ['logistics'],
    });
    await newClient(owner, {
      name: 'Beta Insurance',
      status: 'active',
      legalName: 'Beta Insurance Holdings Ltd',
    });
    await newClient(owner, {
      name: 'Gamma Retail',
      status: 'inactive',
      tags: ['retail', 'logistics'],
    });
    const names = async (query: string) =>
      (await get(owner, `/api/v1/clients?${query}`))
        .json()
        .items.map((c: { name: string }) => c.name);
    expect(await names('')).toEqual(['Alpha Logistics', 'Beta Insurance', 'Gamma Retail']);
    expect(await names('sort=-name')).toEqual([
      'Gamma Retail',
      'Beta Insurance',
      'Alpha Logistics',
    ]);
    expect(await names('q=holdings')).toEqual(['Beta Insurance']);
    expect(await names('q=cli-0003')).toEqual(['Gamma Retail']);
    // The caller's wildcards are literal characters, not patterns.
    expect(await names('q=%25')).toEqual([]);
    expect(await names('q=_')).toEqual([]);
    await newClient(owner, { name: 'Delta_100% Services' });
    expect(await names('q=a_1')).toEqual(['Delta_100% Services']);
    expect(await names('q=0%25')).toEqual(['Delta_100% Services']);
    expect(await names('q=%25%25')).toEqual([]);
    expect(await names('q=delta%5C')).toEqual([]);
    expect(await names('status=active&tier=key')).toEqual(['Alpha Logistics']);
    expect(await names('tag=logistics')).toEqual(['Alpha Logistics', 'Gamma Retail']);
    expect((await get(owner, '/api/v1/clients?sort=tax_id')).statusCode).toBe(400);

    const archived = await post(owner, `/api/v1/clients/${a.id}/archive`, { version: a.version });
    expect(archived.json().archivedAt).not.toBeNull();
    expect(await names('')).toEqual(['Beta Insurance', 'Delta_100% Services', 'Gamma Retail']);
    expect(await names('archived=true')).toEqual(['Alpha Logistics']);
    const restored = await post(owner, `/api/v1/clients/${a.id}/restore`, {
      version: archived.json().version,
    });
    expect(restored.json().archivedAt).toBeNull();
  });

  it('updates with the version read; a stale one is 409 and writes nothing', async () => {
    const owner = await signedIn(h);
    const c = await newClient(owner, { name: 'Delta' });
    const patch = (body: object) =>
      call(h, {
        method: 'PATCH',
        url: `/api/v1/clients/${c.id}`,
        cookie: owner.cookie,
        payload: body,
      });
    const updated = await patch({
      version: 1,
      status: 'active',
      billingEmail: 'ap@delta.example',
      paymentTermsDays: 45,
    });
    expect(updated.json()).toMatchObject({
      status: 'active',
      billingEmail: 'ap@delta.example',
      paymentTermsDays: 45,
      version: 2,
    });
    expect((await patch({ version: 1, name: 'Stale' })).statusCode).toBe(409);
    expect((await get(owner, `/api/v1/clients/${c.id}`)).json().name).toBe('Delta');
    const log = (await get(owner, `/api/v1/audit?entityId=${c.id}`)).json().items;
    expect(log[0]).toMatchObject({
      action: 'client.update',
      changes: { status: { before: 'prospect', after: 'active' } },
    });
  });

  it('keeps contacts under their client and counts them', async () => {
    const owner = await signedIn(h);
    const c = await newClient(owner, { name: 'Epsilon' });
    const created = await post(owner, `/api/v1/clients/${c.id}/contacts`, {
      name: '王芳',
      title: 'CIO',
      email: 'wang@eps.example',
      relationship: 'decision_maker',
      language: 'zh-CN',
    });
    expect(created.statusCode).toBe(201);
    await post(owner, `/api/v1/clients/${c.id}/contacts`, {
      name: 'Bob Billing',
      relationship: 'billing',
    });
    expect((await get(owner, `/api/v1/clients/${c.id}`)).json().contactCount).toBe(2);
    const list = (await get(owner, `/api/v1/clients/${c.id}/contacts`)).json().items;
    expect(list.map((x: { name: string }) => x.name)).toEqual(['Bob Billing', '王芳']);
    const contact = created.json();
    const patched = await call(h, {
      method: 'PATCH',
      url: `/api/v1/clients/${c.id}/contacts/${contact.id}`,
      cookie: owner.cookie,
      payload: { version: 1, title: 'CTO' },
    });
    expect(patched.json()).toMatchObject({ title: 'CTO', version: 2 });
    expect(
      (await post(owner, `/api/v1/clients/${c.id}/contacts/${contact.id}/archive`, { version: 2 }))
        .statusCode,
    ).toBe(200);
    expect((await get(owner, `/api/v1/clients/${c.id}`)).json().contactCount).toBe(1);
    const other = await newClient(owner, { name: 'Zeta' });
    const wrongParent = await call(h, {
      method: 'PATCH',
      url: `/api/v1/clients/${other.id}/contacts/${list[0].id}`,
      cookie: owner.cookie,
      payload: { version: 1, title: 'x' },
    });
    expect(wrongParent.statusCode).toBe(404);
  });

  it("another workspace's clients and contacts are 404 and absent from lists", async () => {
    const a = await signedIn(h);
    const b = await signedIn(h);
    const theirs = await newClient(b, { name: 'Theirs' });
    const contact = (
      await post(b, `/api/v1/clients/${theirs.id}/contacts`, { name: 'Hidden' })
    ).json();
    for (const attempt of [
      { method: 'GET', url: `/api/v1/clients/${theirs.id}` },
      {
        method: 'PATCH',
        url: `/api/v1/clients/${theirs.id}`,
        payload: { version: 1, name: 'Mine' },
      },
      { method: 'POST', url: `/api/v1/clients/${theirs.id}/archive`, payload: { version: 1 } },
      { method: 'GET', url: `/api/v1/clients/${theirs.id}/contacts` },
      {
        method: 'POST',
        url: `/api/v1/clients/${theirs.id}/contacts`,
        payload: { name: 'Planted' },
      },
      {
        method: 'PATCH',
        url: `/api/v1/clients/${theirs.id}/contacts/${contact.id}`,
        payload: { version: 1, name: 'x' },
      },
    ] as const) {
      expect(
        (await call(h, { ...attempt, cookie: a.cookie })).statusCode,
        `${attempt.method} ${attempt.url}`,
      ).toBe(404);
    }
    expect(JSON.stringify((await get(a, '/api/v1/clients')).json())).not.toContain(theirs.id);
    expect((await get(b, `/api/v1/clients/${theirs.id}`)).json().name).toBe('Theirs');
  });

  it('a client portal user sees their own client only', async () => {
    const owner = await signedIn(h);
    const mine = await newClient(owner, { name: 'Portal Client' });
    const other = await newClient(owner, { name: 'Other Client' });
    await post(owner, `/api/v1/clients/${mine.id}/contacts`, { name: 'Mine contact' });
    await post(owner, `/api/v1/clients/${other.id}/contacts`, { name: 'Other contact' });
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    expect((await get(portal, '/api/v1/clients')).statusCode).toBe(403);
    const row = (await get(owner, `/api/v1/members?q=${encodeURIComponent(portal.email)}`)).json()
      .items[0];
    const foreign = (
      await post(await signedIn(h), '/api/v1/clients', { name: 'Elsewhere' })
    ).json();
    const wrong = await call(h, {
      method: 'PATCH',
      url: `/api/v1/members/${row.id}`,
      cookie: owner.cookie,
      payload: { version: row.version, party: { type: 'client', id: foreign.id } },
    });
    expect(wrong.statusCode).toBe(400);
    const bound = await call(h, {
      method: 'PATCH',
      url: `/api/v1/members/${row.id}`,
      cookie: owner.cookie,
      payload: { version: row.version, party: { type: 'client', id: mine.id } },
    });
    expect(bound.statusCode).toBe(200);

    expect(
      (await get(portal, '/api/v1/clients')).json().items.map((c: { id: string }) => c.id),
    ).toEqual([mine.id]);
    expect((await get(portal, `/api/v1/clients/${mine.id}`)).statusCode).toBe(200);
    expect((await get(portal, `/api/v1/clients/${other.id}`)).statusCode).toBe(404);
    expect((await get(portal, `/api/v1/clients/${other.id}/contacts`)).statusCode).toBe(404);
    expect(
      (await get(portal, `/api/v1/clients/${mine.id}/contacts`))
        .json()
        .items.map((c: { name: string }) => c.name),
    ).toEqual(['Mine contact']);
    expect((await post(portal, '/api/v1/clients', { name: 'Nope' })).statusCode).toBe(403);
  });
});
