import { generateSync } from 'otplib';
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
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-policy.ts';

describe.each(dialects)('auth on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();
  const me = (cookie?: string) =>
    call(h, { method: 'GET', url: '/api/v1/me', ...(cookie ? { cookie } : {}) });

  it('signs in with the right password and answers /me', async () => {
    const s = await signedIn(h);
    const res = await me(s.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.email).toBe(s.email);
    expect(res.json().workspace.id).toBe(s.workspaceId);
    const cookie = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: s.email, password: PASSWORD },
      })
    ).headers['set-cookie'];
    expect(String(cookie)).toMatch(/HttpOnly/);
    expect(String(cookie)).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password with 401 and records it in the audit log', async () => {
    const u = await createUser(h);
    const before = await auditCount(h, null);
    const res = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: 'wrong password!' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().type).toMatch(/invalid_credentials$/);
    expect(await auditCount(h, null)).toBe(before + 1);
  });

  it('throttles an account after five failures with 429 and Retry-After', async () => {
    const u = await createUser(h);
    for (let i = 0; i < 5; i++) {
      const r = await call(h, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: u.email, password: 'nope nope nope' },
        remoteAddress: `10.0.0.${i}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: PASSWORD },
      remoteAddress: '10.0.1.1',
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    h.clock.advance(16 * 60 * 1000);
    expect(await login(h, u.email)).toMatch(/^pontis_session=/);
  });

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const s = await signedIn(h);
    h.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await me(s.cookie)).statusCode).toBe(200);
    h.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await me(s.cookie)).statusCode).toBe(200);
    h.clock.advance(SESSION_IDLE_MS + 1);
    expect((await me(s.cookie)).statusCode).toBe(401);

    const t = await signedIn(h);
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS; elapsed += SESSION_IDLE_MS / 2) {
      h.clock.advance(SESSION_IDLE_MS / 2);
      await me(t.cookie);
    }
    expect((await me(t.cookie)).statusCode).toBe(401);
  });

  it('lists sessions and revokes one; logout ends the current one', async () => {
    const s = await signedIn(h);
    const second = await login(h, s.email);
    const list =
      (await me(s.cookie)).statusCode === 200 &&
      (await call(h, { method: 'GET', url: '/api/v1/me/sessions', cookie: s.cookie })).json();
    expect(list.items).toHaveLength(2);
    const other = list.items.find((x: { current: boolean }) => !x.current);
    expect(
      (
        await call(h, {
          method: 'DELETE',
          url: `/api/v1/me/sessions/${other.id}`,
          cookie: s.cookie,
        })
      ).statusCode,
    ).toBe(200);
    expect((await me(second)).statusCode).toBe(401);
    expect(
      (await call(h, { method: 'POST', url: '/api/v1/auth/logout', cookie: s.cookie })).statusCode,
    ).toBe(200);
    expect((await me(s.cookie)).statusCode).toBe(401);
  });

  it('a password change ends every other session', async () => {
    const s = await signedIn(h);
    const other = await login(h, s.email);
    const res = await call(h, {
      method: 'POST',
      url: '/api/v1/me/password',
      cookie: s.cookie,
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(s.cookie)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect(await login(h, s.email, 'a brand new passphrase')).toMatch(/pontis_session/);
  });

  it('resets a password with a mailed single-use token that expires', async () => {
    const u = await createUser(h);
    const ask = () =>
      call(h, {
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: u.email },
      });
    expect((await ask()).statusCode).toBe(200);
    const tokenOf = async () =>
      /token=([\w-]+)/.exec((await sink.latestTo(h, u.email)).text)?.[1] as string;
    const token = await tokenOf();
    const mail = await h.db
      .selectFrom('mail_messages')
      .select('subject')
      .where('to_address', '=', u.email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Reset your Pontis password');
    const confirm = (t: string) =>
      call(h, {
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token: t, password: 'reset passphrase 1' },
      });
    expect((await confirm(token)).statusCode).toBe(200);
    expect((await confirm(token)).statusCode).toBe(422);
    expect(await login(h, u.email, 'reset passphrase 1')).toMatch(/pontis_session/);

    h.clock.advance(1000);
    await ask();
    const late = await tokenOf();
    h.clock.advance(61 * 60 * 1000);
    expect((await confirm(late)).statusCode).toBe(422);
    const unknown = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email: 'nobody@example.com' },
    });
    expect(unknown.statusCode).toBe(200);
  });

  it('enrols TOTP, then requires a code or a recovery code at login', async () => {
    const s = await signedIn(h);
    const enrol = await call(h, { method: 'POST', url: '/api/v1/me/totp/enrol', cookie: s.cookie });
    expect(enrol.statusCode).toBe(200);
    expect(enrol.json().qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrol.json().secret as string;
    const code = () => generateSync({ secret, epoch: Math.floor(h.clock.now().getTime() / 1000) });
    const bad = await call(h, {
      method: 'POST',
      url: '/api/v1/me/totp/confirm',
      cookie: s.cookie,
      payload: { code: code() === '000000' ? '111111' : '000000' },
    });
    expect(bad.statusCode).toBe(400);
    const confirm = await call(h, {
      method: 'POST',
      url: '/api/v1/me/totp/confirm',
      cookie: s.cookie,
      payload: { code: code() },
    });
    expect(confirm.statusCode).toBe(200);
    const recovery = confirm.json().recoveryCodes as string[];
    expect(recovery).toHaveLength(10);

    const noCode = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: s.email, password: PASSWORD },
    });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().type).toMatch(/totp_required$/);
    expect(await login(h, s.email, PASSWORD, code())).toMatch(/pontis_session/);
    expect(await login(h, s.email, PASSWORD, recovery[0])).toMatch(/pontis_session/);
    const reused = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: s.email, password: PASSWORD, totp: recovery[0] },
    });
    expect(reused.statusCode).toBe(401);
  });

  it('API tokens act as Bearer in their workspace, need no CSRF header, and stop when revoked', async () => {
    const s = await signedIn(h);
    const created = await call(h, {
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      cookie: s.cookie,
      payload: { name: 'ci' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^pat_/);
    const stored = await h.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    const members = await h.app.inject({ method: 'GET', url: '/api/v1/members', headers: bearer });
    expect(members.statusCode).toBe(200);
    const invite = await h.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: bearer,
      payload: { email: 'tok@example.com', roleId: members.json().items[0].roleId },
    });
    expect(invite.statusCode).toBe(201);
    const listed = (
      await call(h, { method: 'GET', url: '/api/v1/me/api-tokens', cookie: s.cookie })
    ).json();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(
      (await call(h, { method: 'DELETE', url: `/api/v1/me/api-tokens/${id}`, cookie: s.cookie }))
        .statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/members', headers: bearer })).statusCode,
    ).toBe(401);
  });

  it('an API token cannot mint tokens, touch sessions, the password or the second factor', async () => {
    const s = await signedIn(h);
    const { token } = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/me/api-tokens',
        cookie: s.cookie,
        payload: { name: 'integration' },
      })
    ).json();
    const bearer = { authorization: `Bearer ${token}` };
    const sessionOnly = h.app.apiRoutes.filter((r) => r.access === 'session');
    expect(sessionOnly.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/me/api-tokens',
        'GET /api/v1/me/sessions',
        'DELETE /api/v1/me/sessions/:id',
        'POST /api/v1/me/password',
        'POST /api/v1/me/totp/enrol',
      ]),
    );
    for (const route of sessionOnly) {
      const res = await h.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(':id', s.userId),
        headers: bearer,
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
    const minted = await h.app.inject({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      headers: bearer,
      payload: { name: 'child' },
    });
    expect(minted.statusCode).toBe(403);
    const listed = (
      await call(h, { method: 'GET', url: '/api/v1/me/api-tokens', cookie: s.cookie })
    ).json().items;
    expect(listed.map((t: { name: string }) => t.name)).toEqual(['integration']);
  });
});

describe.each(dialects)('session cookies behind an https public URL on %s', (dialect) => {
  const h = useHarness(dialect, { publicUrl: 'https://pontis.example.com', trustProxy: true });

  it('are Secure on sign-in and sign-out, though the proxy speaks http to us', async () => {
    const u = await createUser(h);
    const res = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'http' },
      payload: { email: u.email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pontis_session');
    expect(cookie?.secure).toBe(true);
    const out = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookie: `pontis_session=${cookie?.value}`,
    });
    expect(out.cookies.find((c) => c.name === 'pontis_session')?.secure).toBe(true);
  });
});
