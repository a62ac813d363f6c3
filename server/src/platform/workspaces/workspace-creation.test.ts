import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../test/harness.ts';

const body = {
  name: '华东交付中心',
  baseCurrency: 'CNY',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
};

describe.each(dialects)('creating a workspace on %s', (dialect) => {
  const h = useHarness(dialect);
  const create = (s: Session, payload: object = body) =>
    call(h, { method: 'POST', url: '/api/v1/workspaces', cookie: s.cookie, payload });

  it('makes its creator the owner and moves their session into it', async () => {
    const s = await signedIn(h);
    const res = await create(s);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...body, id: expect.any(String) });
    const me = (await call(h, { method: 'GET', url: '/api/v1/me', cookie: s.cookie })).json();
    expect(me.workspace.id).toBe(res.json().id);
    expect(me.workspaces.map((w: { id: string }) => w.id)).toEqual(
      expect.arrayContaining([s.workspaceId, res.json().id]),
    );
    expect(me.permissions).toContain('workspace:admin');
    const roles = (await call(h, { method: 'GET', url: '/api/v1/roles', cookie: s.cookie })).json()
      .items;
    expect(roles.map((r: { key: string }) => r.key)).toContain('owner');
    // The new workspace is empty: nothing of the first one shows.
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/clients', cookie: s.cookie })).json().items,
    ).toEqual([]);
    const audit = (await call(h, { method: 'GET', url: '/api/v1/audit', cookie: s.cookie })).json()
      .items;
    expect(audit.map((e: { action: string }) => e.action)).toContain('workspace.create');
  });

  it('refuses bad input with the fields named, and API tokens', async () => {
    const s = await signedIn(h);
    const bad = await create(s, { ...body, baseCurrency: 'XYZ', timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().errors)).toEqual(
      expect.arrayContaining(['body.baseCurrency', 'body.timeZone']),
    );
    const { token } = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/me/api-tokens',
        cookie: s.cookie,
        payload: { name: 'ci' },
      })
    ).json();
    const byToken = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: { authorization: `Bearer ${token}` },
      payload: body,
    });
    expect(byToken.statusCode).toBe(403);
  });
});

describe.each(dialects)('who may create workspaces on %s', (dialect) => {
  const owners = useHarness(dialect, { workspaceCreation: 'owners' });
  const nobody = useHarness(dialect, { workspaceCreation: 'nobody' });
  const create = (h: typeof owners, s: Session) =>
    call(h, { method: 'POST', url: '/api/v1/workspaces', cookie: s.cookie, payload: body });

  it('follows WORKSPACE_CREATION', async () => {
    const owner = await signedIn(owners);
    const member = await signedIn(owners, { workspaceId: owner.workspaceId, role: 'admin' });
    expect((await create(owners, member)).statusCode).toBe(403);
    expect((await create(owners, owner)).statusCode).toBe(201);
    const anyone = await signedIn(nobody);
    const refused = await create(nobody, anyone);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/operator/);
  });
});
