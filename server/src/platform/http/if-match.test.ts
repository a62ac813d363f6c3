import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { auditCount, call, signedIn, useHarness } from '../../test/harness.ts';

const fakeId = '01a21d53-0000-7000-8000-000000000000';

describe.each(dialects)('versions and If-Match on %s', (dialect) => {
  const h = useHarness(dialect);

  it('every change of a versioned record refuses a stale If-Match with 409 and writes nothing', async () => {
    const owner = await signedIn(h);
    const versioned = h.app.apiRoutes.filter((r) => r.versioned);
    // Updates and actions alike: submit, decisions, sign, approve, reject, status moves.
    expect(versioned.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        'PATCH /api/v1/contracts/:id',
        'POST /api/v1/contracts/:id/submit',
        'POST /api/v1/contracts/:id/decisions',
        'POST /api/v1/contracts/:id/sign',
        'POST /api/v1/timesheets/:id/decisions',
        'POST /api/v1/projects/:id/change-requests/:changeId/decisions',
        'POST /api/v1/projects/:id/deliverables/:deliverableId/submit',
        'POST /api/v1/projects/:id/advance',
      ]),
    );
    const before = await auditCount(h, owner.workspaceId);
    for (const route of versioned) {
      const res = await call(h, {
        method: route.method as 'POST',
        url: route.url.replace(/:\w+/g, fakeId),
        cookie: owner.cookie,
        headers: { 'if-match': '"6"' },
        payload: { version: 1 },
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(409);
      expect(res.json().type).toMatch(/version_conflict$/);
    }
    expect(await auditCount(h, owner.workspaceId)).toBe(before);
  });

  it('an action takes its version from If-Match alone, and a stale one changes nothing', async () => {
    const owner = await signedIn(h);
    const client = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/clients',
        cookie: owner.cookie,
        payload: { name: 'Versioned Ltd' },
      })
    ).json();
    const read = await call(h, {
      method: 'GET',
      url: `/api/v1/clients/${client.id}`,
      cookie: owner.cookie,
    });
    expect(read.headers.etag).toBe(`"${client.version}"`);
    const archive = (etag: string) =>
      call(h, {
        method: 'POST',
        url: `/api/v1/clients/${client.id}/archive`,
        cookie: owner.cookie,
        headers: { 'if-match': etag },
      });
    const stale = await archive(`"${client.version + 5}"`);
    expect(stale.statusCode).toBe(409);
    const unchanged = await call(h, {
      method: 'GET',
      url: `/api/v1/clients/${client.id}`,
      cookie: owner.cookie,
    });
    expect(unchanged.json()).toMatchObject({ version: client.version, archivedAt: null });
    const done = await archive(read.headers.etag as string);
    expect(done.statusCode).toBe(200);
    expect(done.json().archivedAt).not.toBeNull();
  });
});
