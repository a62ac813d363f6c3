import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../test/harness.ts';
import { systemClock } from '../clock.ts';
import type { ApiRoute } from '../http/pipeline.ts';
import { registerPipeline } from '../http/pipeline.ts';
import { builtinRoleKeys, builtinRoles } from './builtin-roles.ts';

const fakeId = '01a21d53-0000-7000-8000-000000000000';
const concrete = (url: string) => url.replace(/:\w+/g, fakeId);

describe('route declarations', () => {
  it('an /api route that declares no access stops the app from starting', async () => {
    const app = Fastify();
    registerPipeline(app, { db: null as never, config: null as never, clock: systemClock });
    expect(() => app.get('/api/v1/oops', async () => 'x')).toThrow(/declares no access/);
  });
});

describe.each(dialects)('role × route table on %s', (dialect) => {
  const h = useHarness(dialect);
  /** Calls a route with a made-up id and an empty body where it takes one. */
  const callRoute = (s: Session, route: ApiRoute) =>
    call(h, {
      method: route.method as 'GET',
      url: concrete(route.url),
      cookie: s.cookie,
      payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
    });

  // One test per role: each walks every route, and together they outgrow one test's time.
  it.each(builtinRoleKeys)('%s reaches exactly the routes its permissions allow', async (role) => {
    const owner = await signedIn(h);
    const guarded = h.app.apiRoutes.filter(
      (r) => !['public', 'authenticated', 'session'].includes(r.access),
    );
    expect(guarded.length).toBeGreaterThan(10);
    const s = await signedIn(h, { workspaceId: owner.workspaceId, role });
    // Portal roles act only once bound to their client or supplier.
    const partyType = ({ client_portal: 'client', supplier_portal: 'supplier' } as const)[
      role as 'client_portal'
    ];
    if (partyType) await bindParty(h, s, { type: partyType, id: fakeId });
    for (const route of guarded) {
      const res = await callRoute(s, route);
      // A portal user reaches only routes declared portal-safe, whatever the permission says.
      const allowed =
        (builtinRoles[role] as readonly string[]).includes(route.access) &&
        (!partyType || route.portal);
      const label = `${role} ${route.method} ${route.url} → ${res.statusCode}`;
      if (allowed) expect([401, 403], label).not.toContain(res.statusCode);
      else expect(res.statusCode, label).toBe(403);
    }
  });

  it.each(['client_portal', 'supplier_portal'] as const)(
    'a %s user gets no 2xx from any route that is not declared portal-safe',
    async (role) => {
      const owner = await signedIn(h);
      const s = await signedIn(h, { workspaceId: owner.workspaceId, role });
      await bindParty(h, s, { type: role === 'client_portal' ? 'client' : 'supplier', id: fakeId });
      const internal = h.app.apiRoutes.filter(
        (r) => r.access !== 'public' && !r.portal && r.url !== '/api/v1/auth/logout',
      );
      for (const route of internal) {
        const res = await callRoute(s, route);
        expect(res.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
      }
      // The internal catalogues the outside test found, by name.
      for (const url of ['/api/v1/rate-card', '/api/v1/approval-rules', '/api/v1/clauses']) {
        const res = await call(h, { method: 'GET', url, cookie: s.cookie });
        expect(res.statusCode, url).toBe(403);
      }
    },
  );

  it('anonymous callers get 401 on every route that is not public', async () => {
    for (const route of h.app.apiRoutes.filter((r) => r.access !== 'public')) {
      const res = await call(h, { method: route.method as 'GET', url: concrete(route.url) });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('a denied request is written to the audit log', async () => {
    const owner = await signedIn(h);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/audit', cookie: member.cookie })).statusCode,
    ).toBe(403);
    const denied = await h.db
      .selectFrom('audit_entries')
      .select('actor_id')
      .where('workspace_id', '=', owner.workspaceId)
      .where('action', '=', 'access.denied')
      .execute();
    expect(denied.map((d) => d.actor_id)).toContain(member.userId);
  });

  it('custom roles grant only the permissions picked for them', async () => {
    const owner = await signedIn(h);
    const created = await call(h, {
      method: 'POST',
      url: '/api/v1/roles',
      cookie: owner.cookie,
      payload: { name: 'Auditor light', permissions: ['audit:read'] },
    });
    expect(created.statusCode).toBe(201);
    const s = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    const member = (
      await call(h, {
        method: 'GET',
        url: `/api/v1/members?q=${encodeURIComponent(s.email.split('@')[0] ?? '')}`,
        cookie: owner.cookie,
      })
    ).json().items[0];
    const patched = await call(h, {
      method: 'PATCH',
      url: `/api/v1/members/${member.id}`,
      cookie: owner.cookie,
      payload: { version: member.version, roleId: created.json().id },
    });
    expect(patched.statusCode).toBe(200);
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/audit', cookie: s.cookie })).statusCode,
    ).toBe(200);
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/members', cookie: s.cookie })).statusCode,
    ).toBe(403);
  });

  it('built-in roles cannot be edited', async () => {
    const owner = await signedIn(h);
    const roles = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items;
    const res = await call(h, {
      method: 'PATCH',
      url: `/api/v1/roles/${roles[0].id}`,
      cookie: owner.cookie,
      payload: { version: roles[0].version, name: 'x' },
    });
    expect(res.statusCode).toBe(422);
  });
});
