import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  call,
  createUser,
  login,
  PASSWORD,
  signedIn,
  useHarness,
} from '../../test/harness.ts';
import { QUEUE_MAIL, useMailSink } from '../../test/mail-sink.ts';
import { builtinRoles } from '../access/builtin-roles.ts';
import { nextNumber } from './counters.ts';
import { insertMember } from './members.repository.ts';

describe.each(dialects)('workspaces and members on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();

  const roleId = async (cookie: string, key: string) =>
    (await call(h, { method: 'GET', url: '/api/v1/roles', cookie }))
      .json()
      .items.find((r: { key: string }) => r.key === key).id as string;

  it('invites by mail; the invitee accepts, signs in and sees the workspace', async () => {
    const owner = await signedIn(h);
    const invited = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: owner.cookie,
      payload: { email: 'New.Person@Example.com', roleId: await roleId(owner.cookie, 'finance') },
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().email).toBe('new.person@example.com');
    const mail = (
      await call(h, { method: 'GET', url: '/api/v1/mail', cookie: owner.cookie })
    ).json().items[0];
    expect(mail.to).toBe('new.person@example.com');
    expect(mail.status).toBe('queued');
    // The invitee's language is not known yet: the mail speaks both.
    expect(mail.subject).toMatch(/^邀请您加入.* \/ You are invited to /);
    // The outbox shows the mail without its link; only the invitee receives it.
    expect(mail.body).toContain('[redacted]');
    expect(mail.body).not.toContain('token=');
    const received = await sink.latestTo(h, 'new.person@example.com');
    const token = /token=([\w-]+)/.exec(received.text)?.[1] as string;
    expect(token).toMatch(/^[\w-]{40,}$/);
    const lookup = await call(h, {
      method: 'GET',
      url: `/api/v1/invitations/lookup?token=${token}`,
    });
    expect(lookup.json()).toMatchObject({ email: 'new.person@example.com', hasAccount: false });
    const weak = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'New Person', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors['body.password']).toBeDefined();
    const accept = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: {
        token,
        name: 'New Person',
        password: 'a good passphrase',
        locale: 'en-US',
        timeZone: 'Europe/Berlin',
      },
    });
    expect(accept.statusCode).toBe(200);
    const again = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'New Person', password: 'a good passphrase' },
    });
    expect(again.statusCode).toBe(404);
    const cookie = await login(h, 'new.person@example.com', 'a good passphrase');
    const me = (await call(h, { method: 'GET', url: '/api/v1/me', cookie })).json();
    expect(me.workspace.id).toBe(owner.workspaceId);
    expect(me.permissions).toEqual([...builtinRoles.finance].sort());
    expect(me.user).toMatchObject({
      name: 'New Person',
      locale: 'en-US',
      timeZone: 'Europe/Berlin',
    });
  });

  it('a renamed user appears under the new name in the member list, sorted by it', async () => {
    const owner = await signedIn(h);
    const me = (await call(h, { method: 'GET', url: '/api/v1/me', cookie: owner.cookie })).json();
    const renamed = await call(h, {
      method: 'PATCH',
      url: '/api/v1/me',
      cookie: owner.cookie,
      payload: { name: 'Aaron Renamed', version: me.user.version },
    });
    expect(renamed.statusCode).toBe(200);
    await signedIn(h, { workspaceId: owner.workspaceId });
    const items = (
      await call(h, { method: 'GET', url: '/api/v1/members', cookie: owner.cookie })
    ).json().items;
    expect(items[0]).toMatchObject({ userId: owner.userId, name: 'Aaron Renamed' });
    const found = (
      await call(h, { method: 'GET', url: '/api/v1/members?q=renamed', cookie: owner.cookie })
    ).json().items;
    expect(found.map((m: { userId: string }) => m.userId)).toEqual([owner.userId]);
  });

  it('a member of two workspaces switches between them', async () => {
    const a = await signedIn(h);
    const b = await signedIn(h);
    const both = await createUser(h, {
      email: `both-${b.userId}@example.com`,
      workspaceId: b.workspaceId,
      role: 'auditor',
    });
    await insertMember(h.db, {
      workspaceId: a.workspaceId,
      userId: both.userId,
      roleId: await roleId(a.cookie, 'admin'),
      name: 'Both',
      createdBy: null,
      at: h.clock.now().toISOString(),
    });
    const cookie = await login(h, both.email);
    const me = (await call(h, { method: 'GET', url: '/api/v1/me', cookie })).json();
    expect(me.workspaces.map((w: { id: string }) => w.id).sort()).toEqual(
      [a.workspaceId, b.workspaceId].sort(),
    );
    const other = me.workspace.id === a.workspaceId ? b.workspaceId : a.workspaceId;
    expect(
      (
        await call(h, {
          method: 'POST',
          url: '/api/v1/me/workspace',
          cookie,
          payload: { workspaceId: other },
        })
      ).statusCode,
    ).toBe(200);
    const after = (await call(h, { method: 'GET', url: '/api/v1/me', cookie })).json();
    expect(after.workspace.id).toBe(other);
    expect(after.permissions).toEqual(
      [...builtinRoles[other === a.workspaceId ? 'admin' : 'auditor']].sort(),
    );
  });

  it('only an owner can make, change or disable an owner', async () => {
    const owner = await signedIn(h);
    const admin = await signedIn(h, { workspaceId: owner.workspaceId, role: 'admin' });
    const other = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    const ownerRole = await roleId(owner.cookie, 'owner');
    const memberOf = async (userId: string) =>
      (await call(h, { method: 'GET', url: '/api/v1/members?limit=200', cookie: owner.cookie }))
        .json()
        .items.find((m: { userId: string }) => m.userId === userId);
    const ownerRow = await memberOf(owner.userId);
    const otherRow = await memberOf(other.userId);
    const patch = (cookie: string, row: { id: string; version: number }, body: object) =>
      call(h, {
        method: 'PATCH',
        url: `/api/v1/members/${row.id}`,
        cookie,
        payload: { version: row.version, ...body },
      });
    expect((await patch(admin.cookie, ownerRow, { status: 'disabled' })).statusCode).toBe(403);
    expect((await patch(admin.cookie, otherRow, { roleId: ownerRole })).statusCode).toBe(403);
    const invite = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: admin.cookie,
      payload: { email: 'boss@example.com', roleId: ownerRole },
    });
    expect(invite.statusCode).toBe(403);
    expect((await patch(owner.cookie, otherRow, { roleId: ownerRole })).statusCode).toBe(200);
    expect((await memberOf(owner.userId)).status).toBe('active');
  });

  it('a disabled member loses access at once', async () => {
    const owner = await signedIn(h);
    const s = await signedIn(h, { workspaceId: owner.workspaceId, role: 'admin' });
    const row = (
      await call(h, {
        method: 'GET',
        url: `/api/v1/members?q=${encodeURIComponent(s.email)}`,
        cookie: owner.cookie,
      })
    ).json().items[0];
    const res = await call(h, {
      method: 'PATCH',
      url: `/api/v1/members/${row.id}`,
      cookie: owner.cookie,
      payload: { version: row.version, status: 'disabled' },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/members', cookie: s.cookie })).statusCode,
    ).toBe(401);
    // Signing in again says why, and starts no session.
    const sessions = async () =>
      (await h.db.selectFrom('sessions').select('id').where('user_id', '=', s.userId).execute())
        .length;
    const before = await sessions();
    const again = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: s.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().type).toMatch(/account_disabled$/);
    expect(again.json().detail).toContain(`WS ${owner.email}`);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(await sessions()).toBe(before);
  });

  it("another workspace's records are 404 to read, update and delete, and absent from lists", async () => {
    const a = await signedIn(h);
    const b = await signedIn(h);
    const bMember = (
      await call(h, { method: 'GET', url: '/api/v1/members', cookie: b.cookie })
    ).json().items[0];
    const bRole = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/roles',
        cookie: b.cookie,
        payload: { name: 'B role', permissions: [] },
      })
    ).json();
    const bInvite = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/invitations',
        cookie: b.cookie,
        payload: { email: 'x@b.example', roleId: bRole.id },
      })
    ).json();
    const attempts = [
      { method: 'GET', url: `/api/v1/members/${bMember.id}` },
      {
        method: 'PATCH',
        url: `/api/v1/members/${bMember.id}`,
        payload: { version: 1, status: 'disabled' },
      },
      { method: 'GET', url: `/api/v1/roles/${bRole.id}` },
      { method: 'PATCH', url: `/api/v1/roles/${bRole.id}`, payload: { version: 1, name: 'mine' } },
      { method: 'DELETE', url: `/api/v1/roles/${bRole.id}` },
      { method: 'DELETE', url: `/api/v1/invitations/${bInvite.id}` },
    ] as const;
    for (const attempt of attempts) {
      const res = await call(h, { ...attempt, cookie: a.cookie });
      expect(res.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    const listed = JSON.stringify(
      (await call(h, { method: 'GET', url: '/api/v1/members', cookie: a.cookie })).json(),
    );
    expect(listed).not.toContain(bMember.id);
    expect(
      (await call(h, { method: 'GET', url: `/api/v1/roles/${bRole.id}`, cookie: b.cookie })).json()
        .name,
    ).toBe('B role');
    const switched = await call(h, {
      method: 'POST',
      url: '/api/v1/me/workspace',
      cookie: a.cookie,
      payload: { workspaceId: b.workspaceId },
    });
    expect(switched.statusCode).toBe(404);
  });

  it('a stale version gets 409 and writes nothing', async () => {
    const owner = await signedIn(h);
    const role = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/roles',
        cookie: owner.cookie,
        payload: { name: 'Ops', permissions: ['members:read'] },
      })
    ).json();
    const first = await call(h, {
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      cookie: owner.cookie,
      payload: { version: role.version, name: 'Ops 2' },
    });
    expect(first.statusCode).toBe(200);
    const audits = await auditCount(h, owner.workspaceId);
    const stale = await call(h, {
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      cookie: owner.cookie,
      payload: { version: role.version, name: 'Ops 3', permissions: [] },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toMatch(/version_conflict$/);
    const now = (
      await call(h, { method: 'GET', url: `/api/v1/roles/${role.id}`, cookie: owner.cookie })
    ).json();
    expect(now).toMatchObject({ name: 'Ops 2', permissions: ['members:read'], version: 2 });
    expect(await auditCount(h, owner.workspaceId)).toBe(audits);
  });

  it('takes the version from If-Match too', async () => {
    const owner = await signedIn(h);
    const role = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/roles',
        cookie: owner.cookie,
        payload: { name: 'Etag', permissions: [] },
      })
    ).json();
    const patch = (ifMatch: string, payload: object) =>
      call(h, {
        method: 'PATCH',
        url: `/api/v1/roles/${role.id}`,
        cookie: owner.cookie,
        headers: { 'if-match': ifMatch },
        payload,
      });
    expect((await patch('"1"', { name: 'Etag 2' })).json()).toMatchObject({
      name: 'Etag 2',
      version: 2,
    });
    expect((await patch('W/"1"', { name: 'Etag 3' })).statusCode).toBe(409);
    expect((await patch('"2"', { name: 'Etag 3', version: 1 })).statusCode).toBe(409);
    expect((await patch('yesterday', { name: 'Etag 3' })).statusCode).toBe(400);
    const read = await call(h, {
      method: 'GET',
      url: `/api/v1/roles/${role.id}`,
      cookie: owner.cookie,
    });
    expect(read.json()).toMatchObject({ name: 'Etag 2', version: 2 });
    expect(read.headers.etag).toBe('"2"');
  });

  it('replays a POST with the same Idempotency-Key and refuses it with another body', async () => {
    const owner = await signedIn(h);
    const post = (name: string) =>
      call(h, {
        method: 'POST',
        url: '/api/v1/roles',
        cookie: owner.cookie,
        headers: { 'idempotency-key': 'key-1' },
        payload: { name, permissions: [] },
      });
    const first = await post('Once');
    const retry = await post('Once');
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    const roles = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items;
    expect(roles.filter((r: { name: string }) => r.name === 'Once')).toHaveLength(1);
    expect((await post('Other')).statusCode).toBe(422);
  });

  it('rejects unknown fields, oversized bodies, missing CSRF headers and wrong methods with problem+json', async () => {
    const owner = await signedIn(h);
    const unknown = await call(h, {
      method: 'POST',
      url: '/api/v1/roles',
      cookie: owner.cookie,
      payload: { name: 'X', permissions: [], workspace_id: 'other', version: 7 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toBeDefined();
    const big = await call(h, {
      method: 'POST',
      url: '/api/v1/roles',
      cookie: owner.cookie,
      payload: { name: 'x'.repeat(2 * 1024 * 1024), permissions: [] },
    });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toMatch(/problem\+json/);
    const noCsrf = await h.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      headers: { cookie: owner.cookie },
      payload: { name: 'Y', permissions: [] },
    });
    expect(noCsrf.statusCode).toBe(403);
    const wrongMethod = await call(h, {
      method: 'PUT',
      url: '/api/v1/members',
      cookie: owner.cookie,
    });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET');
    const missing = await call(h, {
      method: 'GET',
      url: '/api/v1/nothing-here',
      cookie: owner.cookie,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().type).toMatch(/not_found$/);
    const badCursor = await call(h, {
      method: 'GET',
      url: '/api/v1/members?cursor=garbage',
      cookie: owner.cookie,
    });
    expect(badCursor.statusCode).toBe(400);
    const roles = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items;
    expect(roles.map((r: { name: string }) => r.name)).not.toContain('X');
    expect(roles.map((r: { name: string }) => r.name)).not.toContain('Y');
  });

  it('limits sensitive public routes per IP with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await call(h, {
        method: 'GET',
        url: '/api/v1/invitations/lookup?token=nope-nope-nope',
        remoteAddress: '10.9.9.9',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('sorts lists by allow-listed keys in either direction, one cursor per sort', async () => {
    const owner = await signedIn(h);
    for (let i = 0; i < 3; i++) {
      h.clock.advance(1000);
      await signedIn(h, { workspaceId: owner.workspaceId });
    }
    const list = async (query: string) =>
      call(h, { method: 'GET', url: `/api/v1/members?${query}`, cookie: owner.cookie });
    const newest = (await list('sort=-createdAt&limit=2')).json();
    const oldest = (await list('sort=createdAt&limit=10')).json();
    const created = oldest.items.map((m: { createdAt: string }) => m.createdAt);
    expect(created).toEqual([...created].sort());
    expect(newest.items[0].id).toBe(oldest.items.at(-1).id);
    const next = (await list(`sort=-createdAt&limit=2&cursor=${newest.nextCursor}`)).json();
    expect(next.items.map((m: { id: string }) => m.id)).toEqual(
      oldest.items
        .slice(-4, -2)
        .reverse()
        .map((m: { id: string }) => m.id),
    );
    expect((await list(`sort=name&cursor=${newest.nextCursor}`)).statusCode).toBe(400);
    expect((await list('sort=password_hash')).statusCode).toBe(400);
    const audit = (
      await call(h, { method: 'GET', url: '/api/v1/audit?sort=at&limit=1', cookie: owner.cookie })
    ).json();
    expect(audit.items[0].action).toBe('workspace.create');
  });

  it('pages members with a keyset cursor', async () => {
    const owner = await signedIn(h);
    for (let i = 0; i < 5; i++) await signedIn(h, { workspaceId: owner.workspaceId });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await call(h, {
          method: 'GET',
          url: `/api/v1/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          cookie: owner.cookie,
        })
      ).json();
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('every mutation writes one audit entry; verification finds a tampered row', async () => {
    const owner = await signedIn(h);
    const before = await auditCount(h, owner.workspaceId);
    const role = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/roles',
        cookie: owner.cookie,
        payload: { name: 'Audited', permissions: [] },
      })
    ).json();
    await call(h, {
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      cookie: owner.cookie,
      payload: { version: 1, name: 'Audited 2' },
    });
    await call(h, { method: 'DELETE', url: `/api/v1/roles/${role.id}`, cookie: owner.cookie });
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 3);
    const log = (
      await call(h, {
        method: 'GET',
        url: `/api/v1/audit?entityId=${role.id}`,
        cookie: owner.cookie,
      })
    ).json().items;
    expect(log.map((e: { action: string }) => e.action)).toEqual([
      'role.delete',
      'role.update',
      'role.create',
    ]);
    expect(log[1].changes.name).toEqual({ before: 'Audited', after: 'Audited 2' });
    expect(log[0].requestId).toBeTruthy();

    const verify = () =>
      call(h, { method: 'POST', url: '/api/v1/audit/verify', cookie: owner.cookie });
    expect((await verify()).json()).toMatchObject({ ok: true, brokenAt: null });
    await h.db
      .updateTable('audit_entries')
      .set({ action: 'role.harmless' })
      .where('id', '=', log[1].id)
      .execute();
    const broken = (await verify()).json();
    expect(broken.ok).toBe(false);
    expect(broken.brokenAt).toMatchObject({ id: log[1].id, reason: 'hash' });

    const other = await signedIn(h);
    await call(h, {
      method: 'POST',
      url: '/api/v1/roles',
      cookie: other.cookie,
      payload: { name: 'Last', permissions: [] },
    });
    const last = await h.db
      .selectFrom('audit_entries')
      .select(['id', 'seq'])
      .where('workspace_id', '=', other.workspaceId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await h.db.deleteFrom('audit_entries').where('id', '=', last.id).execute();
    const truncated = (
      await call(h, { method: 'POST', url: '/api/v1/audit/verify', cookie: other.cookie })
    ).json();
    expect(truncated).toMatchObject({
      ok: false,
      brokenAt: { seq: last.seq, reason: 'truncated' },
    });

    const csv = await call(h, { method: 'GET', url: '/api/v1/audit/export', cookie: owner.cookie });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toBe(
      'at,actor,action,entity_type,entity_id,changes,request_id,ip',
    );
    expect(csv.body).toContain('role.delete');
  });

  it('hands out unique human numbers under concurrent creates', async () => {
    const owner = await signedIn(h);
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.db.transaction().execute((trx) => nextNumber(trx, owner.workspaceId, 'PRJ')),
      ),
    );
    expect(new Set(numbers).size).toBe(20);
    expect(numbers).toContain('PRJ-0001');
    expect(numbers).toContain('PRJ-0020');
  });
});
