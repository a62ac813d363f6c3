import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, signedIn, useHarness } from '../../test/harness.ts';

const odd = [
  '%00',
  '..%2F..%2Fetc',
  'x'.repeat(5000),
  '01a21d53-0000-7000-8000-00000000000Z',
  "' or 1=1 --",
];
const bodies: { payload: string; type: string }[] = [
  { payload: '{', type: 'application/json' },
  { payload: '[]', type: 'application/json' },
  { payload: 'null', type: 'application/json' },
  {
    payload: '{"version":"1","name":{"a":1},"permissions":"x","email":[],"roleId":7}',
    type: 'application/json',
  },
  {
    payload: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}',
    type: 'application/json',
  },
  { payload: 'name=x', type: 'application/x-www-form-urlencoded' },
  { payload: '\u0000\u0001', type: 'text/plain' },
];

describe.each(dialects)('no input produces a 5xx on %s', (dialect) => {
  const h = useHarness(dialect);

  it('answers every route with malformed ids, queries and bodies with a 4xx problem', async () => {
    const owner = await signedIn(h);
    // Signing out midway would leave the remaining routes tested as a stranger.
    for (const route of h.app.apiRoutes.filter((r) => r.url !== '/api/v1/auth/logout')) {
      for (const value of odd) {
        const url = `${route.url.replace(/:\w+/g, encodeURIComponent(value))}?limit=${encodeURIComponent(value)}&cursor=${encodeURIComponent(value)}&from=${encodeURIComponent(value)}&sort=${encodeURIComponent(value)}`;
        const res = await call(h, { method: route.method as 'GET', url, cookie: owner.cookie });
        expect(res.statusCode, `${route.method} ${url.slice(0, 80)}`).toBeLessThan(500);
      }
      if (route.method === 'GET' || route.method === 'DELETE') continue;
      for (const body of bodies) {
        const url = route.url.replace(/:\w+/g, '01a21d53-0000-7000-8000-000000000000');
        const res = await call(h, {
          method: route.method as 'POST',
          url,
          cookie: owner.cookie,
          payload: body.payload,
          headers: { 'content-type': body.type },
        });
        expect(
          res.statusCode,
          `${route.method} ${route.url} ${body.payload.slice(0, 30)}`,
        ).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
    }
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/me', cookie: owner.cookie })).statusCode,
    ).toBe(200);
  });
});

describe.each(dialects)('query strings on %s', (dialect) => {
  const h = useHarness(dialect);

  it('refuse a parameter the operation does not take, on every GET', async () => {
    const owner = await signedIn(h);
    for (const route of h.app.apiRoutes.filter((r) => r.method === 'GET')) {
      const path = route.url
        .replace(':version', '1')
        .replace(':week', '2026-11-30')
        .replace(':phase/:key', 'initiation/charter')
        .replace(/:\w+/g, '01a21d53-0000-7000-8000-000000000000');
      const url = `${path}?colour=red`;
      const res = await call(h, { method: 'GET', url, cookie: owner.cookie });
      expect(res.statusCode, `${route.url}`).toBe(400);
      expect(JSON.stringify(res.json().errors), route.url).toContain('colour');
    }
  });
});

describe.each(dialects)('validation messages on %s', (dialect) => {
  const h = useHarness(dialect);

  it('say what to do, and name the field the caller sent', async () => {
    const owner = await signedIn(h);
    const post = async (payload: object) =>
      (
        await call(h, { method: 'POST', url: '/api/v1/clients', cookie: owner.cookie, payload })
      ).json().errors;
    expect(await post({})).toEqual({ 'body.name': ['Required'] });
    expect(await post({ name: 3 })).toEqual({ 'body.name': ['Must be text'] });
    expect(await post({ name: '' })).toEqual({ 'body.name': ['Must not be empty'] });
    expect(await post({ name: 'Acme', colour: 'red' })).toEqual({
      'body.colour': ['Not accepted here'],
    });
    expect((await post({ name: 'Acme', status: 'gold' }))['body.status']).toEqual([
      'Must be one of: prospect, active, inactive',
    ]);
    const query = await call(h, {
      method: 'GET',
      url: '/api/v1/clients?limit=0',
      cookie: owner.cookie,
    });
    expect(query.json().errors).toEqual({ 'querystring.limit': ['At least 1'] });
  });
});
