import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('skills on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (
    s: Session,
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('keeps a bilingual catalogue and each person’s skills, verified by a manager', async () => {
    const owner = await signedIn(h);
    const java = await send(owner, 'POST', '/api/v1/skills', {
      category: 'Development',
      nameZh: 'Java 开发',
      nameEn: 'Java',
      synonyms: ['J2EE', 'Spring'],
    });
    expect(java.statusCode).toBe(201);
    expect(
      (await send(owner, 'POST', '/api/v1/skills', { category: 'x', nameZh: 'x', nameEn: 'JAVA' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await get(owner, '/api/v1/skills?q=spring'))
        .json()
        .items.map((s: { nameEn: string }) => s.nameEn),
    ).toEqual(['Java']);
    expect((await get(owner, '/api/v1/skills?q=开发')).json().items).toHaveLength(1);

    const person = (
      await send(owner, 'POST', '/api/v1/people', { kind: 'employee', name: '陈静' })
    ).json();
    const url = `/api/v1/people/${person.id}/skills/${java.json().id}`;
    const set = await send(owner, 'PUT', url, { proficiency: 4, years: 6, lastUsed: '2026-11-01' });
    expect(set.json()).toEqual([
      expect.objectContaining({
        proficiency: 4,
        years: 6,
        verified: false,
        skill: expect.objectContaining({ nameZh: 'Java 开发' }),
      }),
    ]);
    expect((await send(owner, 'PUT', url, { proficiency: 6 })).statusCode).toBe(400);
    const verified = await send(owner, 'POST', `${url}/verify`);
    expect(verified.json()[0]).toMatchObject({ verified: true, verifiedBy: expect.any(String) });
    // A new proficiency needs confirming again.
    expect((await send(owner, 'PUT', url, { proficiency: 5 })).json()[0]).toMatchObject({
      proficiency: 5,
      verified: false,
    });

    const off = await send(owner, 'PATCH', `/api/v1/skills/${java.json().id}`, {
      version: 1,
      active: false,
    });
    expect(off.json().active).toBe(false);
    expect((await send(owner, 'PUT', url, { proficiency: 3 })).statusCode).toBe(422);
    expect((await send(owner, 'DELETE', url)).json()).toEqual([]);

    const stranger = await signedIn(h);
    expect((await get(stranger, `/api/v1/people/${person.id}/skills`)).statusCode).toBe(404);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect((await get(member, '/api/v1/skills')).statusCode).toBe(403);
  });
});
