import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Harness, type Session, signedIn, useHarness } from '../../test/harness.ts';

type Role = { id: string; key: string; permissions: string[]; version: number };

const roles = async (h: Harness, s: Session) =>
  (await call(h, { method: 'GET', url: '/api/v1/roles', cookie: s.cookie })).json().items as Role[];

async function memberOf(h: Harness, owner: Session, s: Session) {
  const members = (
    await call(h, { method: 'GET', url: '/api/v1/members?limit=100', cookie: owner.cookie })
  ).json().items as { id: string; userId: string; version: number }[];
  return members.find((m) => m.userId === s.userId) as { id: string; version: number };
}

const send = (h: Harness, s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
  call(h, { method, url, cookie: s.cookie, payload });

describe.each(dialects)('the role ceiling on %s', (dialect) => {
  const h = useHarness(dialect);

  /** A workspace with a role editor who holds a custom role with roles:write. */
  async function withRoleEditor() {
    const owner = await signedIn(h);
    const editorRole = (
      await send(h, owner, 'POST', '/api/v1/roles', {
        name: 'Role editor',
        permissions: ['roles:read', 'roles:write', 'members:read', 'members:write', 'clients:read'],
      })
    ).json() as Role;
    const editor = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    const m = await memberOf(h, owner, editor);
    const bound = await send(h, owner, 'PATCH', `/api/v1/members/${m.id}`, {
      version: m.version,
      roleId: editorRole.id,
    });
    expect(bound.statusCode).toBe(200);
    const other = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    return { owner, editor, editorRole, other };
  }

  it('refuses every path by which a role editor would grant what they lack', async () => {
    const { owner, editor, editorRole, other } = await withRoleEditor();
    const byKey = Object.fromEntries((await roles(h, owner)).map((r) => [r.key, r]));

    // Their own role, even with nothing new in it.
    const own = await send(h, editor, 'PATCH', `/api/v1/roles/${editorRole.id}`, {
      version: editorRole.version,
      permissions: [...editorRole.permissions, 'workspace:admin'],
    });
    expect(own.statusCode).toBe(403);
    // A new role above them.
    const everything = (
      await call(h, { method: 'GET', url: '/api/v1/permissions', cookie: editor.cookie })
    ).json().items;
    const above = await send(h, editor, 'POST', '/api/v1/roles', {
      name: 'All of it',
      permissions: everything,
    });
    expect(above.statusCode).toBe(403);
    const wider = await send(h, editor, 'POST', '/api/v1/roles', {
      name: 'Wider',
      permissions: ['roles:read', 'audit:read'],
    });
    expect(wider.statusCode).toBe(403);
    expect(wider.json().detail).toMatch(/do not hold: audit:read/);
    // Another role raised above them.
    const lesser = (
      await send(h, editor, 'POST', '/api/v1/roles', {
        name: 'Reader',
        permissions: ['clients:read'],
      })
    ).json() as Role;
    expect(lesser.permissions).toEqual(['clients:read']);
    const raised = await send(h, editor, 'PATCH', `/api/v1/roles/${lesser.id}`, {
      version: lesser.version,
      permissions: ['clients:read', 'clients:write'],
    });
    expect(raised.statusCode).toBe(403);
    // Members and invitations into a role above them, built in or custom.
    const target = await memberOf(h, owner, other);
    for (const roleId of [byKey.admin?.id, byKey.owner?.id, byKey.finance?.id]) {
      const patched = await send(h, editor, 'PATCH', `/api/v1/members/${target.id}`, {
        version: target.version,
        roleId,
      });
      expect(patched.statusCode, `member → ${roleId}`).toBe(403);
      const invited = await send(h, editor, 'POST', '/api/v1/invitations', {
        email: `x-${roleId}@example.com`,
        roleId,
      });
      expect(invited.statusCode, `invitation → ${roleId}`).toBe(403);
    }
    // Within their ceiling, all of it works.
    const ok = await send(h, editor, 'PATCH', `/api/v1/members/${target.id}`, {
      version: target.version,
      roleId: lesser.id,
    });
    expect(ok.statusCode).toBe(200);
    const invited = await send(h, editor, 'POST', '/api/v1/invitations', {
      email: 'reader@example.com',
      roleId: lesser.id,
    });
    expect(invited.statusCode).toBe(201);

    // Nothing the refusals touched changed.
    const after = Object.fromEntries((await roles(h, owner)).map((r) => [r.id, r]));
    expect(after[editorRole.id]?.permissions).toEqual([...editorRole.permissions].sort());
    expect(after[lesser.id]?.permissions).toEqual(['clients:read']);
    // Only the built-in owner and admin roles hold everything.
    const complete = (await roles(h, owner)).filter(
      (r) => r.permissions.length === everything.length,
    );
    expect(complete.map((r) => r.key).sort()).toEqual(['admin', 'owner']);
  });

  it('leaves the admin and owner roles, and admin powers in a custom role, to owners', async () => {
    const owner = await signedIn(h);
    const admin = await signedIn(h, { workspaceId: owner.workspaceId, role: 'admin' });
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    const byKey = Object.fromEntries((await roles(h, owner)).map((r) => [r.key, r]));
    const m = await memberOf(h, owner, member);

    const promote = await send(h, admin, 'PATCH', `/api/v1/members/${m.id}`, {
      version: m.version,
      roleId: byKey.admin?.id,
    });
    expect(promote.statusCode).toBe(403);
    const invite = await send(h, admin, 'POST', '/api/v1/invitations', {
      email: 'second.admin@example.com',
      roleId: byKey.admin?.id,
    });
    expect(invite.statusCode).toBe(403);
    const disguised = await send(h, admin, 'POST', '/api/v1/roles', {
      name: 'Not an admin',
      permissions: ['workspace:admin'],
    });
    expect(disguised.statusCode).toBe(403);
    // Demoting another admin is the owner's call too.
    const a = await memberOf(h, owner, admin);
    const second = await signedIn(h, { workspaceId: owner.workspaceId, role: 'admin' });
    const demote = await send(h, second, 'PATCH', `/api/v1/members/${a.id}`, {
      version: a.version,
      roleId: byKey.member?.id,
    });
    expect(demote.statusCode).toBe(403);

    // The owner may do all of it.
    expect(
      (
        await send(h, owner, 'PATCH', `/api/v1/members/${m.id}`, {
          version: m.version,
          roleId: byKey.admin?.id,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await send(h, owner, 'POST', '/api/v1/roles', {
          name: 'Deputy',
          permissions: ['workspace:admin'],
        })
      ).statusCode,
    ).toBe(201);
  });
});
