import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('saved views on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'DELETE', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('keeps each person’s views, shows shared ones to colleagues, and lets only the author delete', async () => {
    const owner = await signedIn(h);
    const colleague = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    const stranger = await signedIn(h);
    const view = (name: string, shared: boolean) => ({
      list: 'clients',
      name,
      filter: { status: 'active', tier: 'strategic', sort: '-createdAt' },
      shared,
    });
    await send(owner, 'POST', '/api/v1/saved-views', view('Mine only', false));
    const saved = await send(owner, 'POST', '/api/v1/saved-views', view('Strategic', true));
    expect(saved.json().map((v: { name: string }) => v.name)).toEqual(['Mine only', 'Strategic']);
    expect(
      (await send(owner, 'POST', '/api/v1/saved-views', view('Strategic', false))).statusCode,
    ).toBe(409);
    expect(
      (
        await send(owner, 'POST', '/api/v1/saved-views', {
          ...view('Bad', false),
          filter: { 'status[$ne]': 'x' },
        })
      ).statusCode,
    ).toBe(400);

    const seen = (await get(colleague, '/api/v1/saved-views?list=clients')).json().items;
    expect(seen).toEqual([
      expect.objectContaining({ name: 'Strategic', mine: false, filter: view('', true).filter }),
    ]);
    expect((await send(colleague, 'DELETE', `/api/v1/saved-views/${seen[0].id}`)).statusCode).toBe(
      403,
    );
    expect((await get(stranger, '/api/v1/saved-views?list=clients')).json().items).toEqual([]);
    expect((await send(stranger, 'DELETE', `/api/v1/saved-views/${seen[0].id}`)).statusCode).toBe(
      404,
    );
    const left = await send(owner, 'DELETE', `/api/v1/saved-views/${seen[0].id}`);
    expect(left.json().map((v: { name: string }) => v.name)).toEqual(['Mine only']);
  });
});
