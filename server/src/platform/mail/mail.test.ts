import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, createUser, login, signedIn, useHarness } from '../../test/harness.ts';
import { QUEUE_MAIL, useMailSink } from '../../test/mail-sink.ts';

const inviteBody = (roleId: string) => ({ email: 'smtp@example.com', roleId });

describe.each(dialects)('mail over SMTP on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();

  it('queues an invitation mail in the transaction and delivers it to a real SMTP server', async () => {
    const owner = await signedIn(h);
    const roleId = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items[0].id;
    await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: owner.cookie,
      payload: inviteBody(roleId),
    });
    const queued = (
      await call(h, { method: 'GET', url: '/api/v1/mail', cookie: owner.cookie })
    ).json().items[0];
    expect(queued.status).toBe('queued');
    expect(await sink.deliver(h)).toBe(1);
    expect(sink.received.map((m) => m.to)).toEqual([['smtp@example.com']]);
    const link = /accept-invitation\?token=([\w-]{20,})/.exec(sink.received[0]?.text ?? '');
    expect(link).not.toBeNull();
    const sent = (
      await call(h, { method: 'GET', url: '/api/v1/mail', cookie: owner.cookie })
    ).json().items[0];
    expect(sent.status).toBe('sent');
    // Neither the page nor the table keeps the token once the mail has left.
    const row = await h.db
      .selectFrom('mail_messages')
      .selectAll()
      .where('id', '=', sent.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(link?.[1]);
    expect(row.sealed_body).toBeNull();
    expect(sent.body).toContain('[redacted]');
  });
});

describe.each(dialects)('several app servers sending mail on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();

  it('deliver each queued mail once', async () => {
    const owner = await signedIn(h);
    const roleId = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items[0].id;
    for (let i = 0; i < 10; i++) {
      const res = await call(h, {
        method: 'POST',
        url: '/api/v1/invitations',
        cookie: owner.cookie,
        payload: { email: `guest-${i}@example.com`, roleId },
      });
      expect(res.statusCode).toBe(201);
    }
    const [a, b] = [sink.sender(h), sink.sender(h)];
    const sent = await Promise.all([a(), b(), a(), b()]);
    expect(sent.reduce((n, x) => n + x, 0)).toBe(10);
    expect(sink.received).toHaveLength(10);
    expect(new Set(sink.received.map((m) => m.to[0])).size).toBe(10);
    expect(await a()).toBe(0);
  });
});

describe.each(dialects)('the mail outbox keeps secrets from its readers on %s', (dialect) => {
  const h = useHarness(dialect);

  it('is for admins only, and never shows or stores a link that signs someone in', async () => {
    const owner = await signedIn(h);
    const roles = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items as { id: string; key: string }[];
    const admin = roles.find((r) => r.key === 'admin')?.id as string;
    const invited = await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: owner.cookie,
      payload: { email: 'next.admin@example.com', roleId: admin },
    });
    expect(invited.statusCode).toBe(201);

    // The auditor reads everything else, but not the outbox.
    const auditor = await createUser(h, { workspaceId: owner.workspaceId, role: 'auditor' });
    const cookie = await login(h, auditor.email);
    const denied = await call(h, { method: 'GET', url: '/api/v1/mail', cookie });
    expect(denied.statusCode).toBe(403);

    const mail = (
      await call(h, { method: 'GET', url: '/api/v1/mail', cookie: owner.cookie })
    ).json().items[0];
    expect(mail.status).toBe('stored');
    expect(mail.body).toContain('[redacted]');
    expect(mail.body).not.toContain('token=');
    const rows = await h.db.selectFrom('mail_messages').selectAll().execute();
    for (const row of rows) {
      expect(row.sealed_body).toBeNull();
      expect(row.body).not.toMatch(/token=|\/survey\//);
    }
  });
});
