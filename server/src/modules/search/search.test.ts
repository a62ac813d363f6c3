import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('global search on %s', (dialect) => {
  const h = useHarness(dialect);
  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const find = async (s: Session, q: string) => {
    const res = await call(h, {
      method: 'GET',
      url: `/api/v1/search?q=${encodeURIComponent(q)}`,
      cookie: s.cookie,
    });
    expect(res.statusCode).toBe(200);
    return res.json().items.map((i: { type: string; title: string }) => `${i.type}:${i.title}`);
  };

  it('finds clients, contacts, suppliers and contracts by number, name or e-mail, Chinese included', async () => {
    const owner = await signedIn(h);
    const client = (
      await post(owner, '/api/v1/clients', { name: '华信银行', legalName: '华信银行股份有限公司' })
    ).json();
    await post(owner, `/api/v1/clients/${client.id}/contacts`, {
      name: '张伟',
      email: 'zhang.wei@huaxin.example',
      relationship: 'decision_maker',
    });
    await post(owner, '/api/v1/suppliers', { name: '智联科技' });
    const contract = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'client',
        clientId: client.id,
        type: 'sow',
        title: 'Huaxin service desk',
        currency: 'CNY',
        valueMinor: 1,
        startDate: '2026-12-01',
        billingModel: 'time_and_materials',
      })
    ).json();
    expect(await find(owner, '银行股份')).toEqual(['client:华信银行']);
    // Two characters: below the trigram length, still found.
    expect(await find(owner, '华信')).toEqual(['client:华信银行']);
    expect(await find(owner, 'ZHANG.WEI@')).toEqual(['contact:张伟']);
    expect(await find(owner, '智联')).toEqual(['supplier:智联科技']);
    expect(await find(owner, contract.number)).toEqual(['contract:Huaxin service desk']);
    expect(await find(owner, 'HUAXIN')).toEqual(['contact:张伟', 'contract:Huaxin service desk']);
    // Renaming is searchable at once: the documents follow every write.
    await call(h, {
      method: 'PATCH',
      url: `/api/v1/clients/${client.id}`,
      cookie: owner.cookie,
      payload: { version: 1, name: '华信金融' },
    });
    expect(await find(owner, '华信金融')).toEqual(['client:华信金融']);
    expect(await find(owner, '100%_')).toEqual([]);
  });

  it('shows each caller only what they may read, and portal users only their own', async () => {
    const owner = await signedIn(h);
    const mine = (await post(owner, '/api/v1/clients', { name: 'Portal Corp' })).json();
    await post(owner, '/api/v1/clients', { name: 'Portal Rival' });
    await post(owner, '/api/v1/suppliers', { name: 'Portal Supplies' });
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect(await find(member, 'portal')).toEqual([]);
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: mine.id });
    expect(await find(portal, 'portal')).toEqual(['client:Portal Corp']);
    const stranger = await signedIn(h);
    expect(await find(stranger, 'portal')).toEqual([]);
    expect((await call(h, { method: 'GET', url: '/api/v1/search?q=portal' })).statusCode).toBe(401);
  });
});
