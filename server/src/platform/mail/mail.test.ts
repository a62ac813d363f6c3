import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, signedIn, useHarness } from '../../test/harness.ts';
import { createMailSender } from './mail.ts';

type Received = { to: string[]; data: string };

describe.each(dialects)('mail over SMTP on %s', (dialect) => {
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (chunk) => {
        data += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        done();
      });
    },
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  const h = useHarness(dialect, { smtpUrl: 'smtp://127.0.0.1:1' });

  it('queues an invitation mail in the transaction and delivers it to a real SMTP server', async () => {
    const owner = await signedIn(h);
    const roleId = (
      await call(h, { method: 'GET', url: '/api/v1/roles', cookie: owner.cookie })
    ).json().items[0].id;
    await call(h, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: owner.cookie,
      payload: { email: 'smtp@example.com', roleId },
    });
    const queued = (
      await call(h, { method: 'GET', url: '/api/v1/mail', cookie: owner.cookie })
    ).json().items[0];
    expect(queued.status).toBe('queued');
    const send = createMailSender({
      db: h.db,
      clock: h.clock,
      config: { ...h.config, smtpUrl: `smtp://127.0.0.1:${port}` },
    });
    expect(await send?.()).toBe(1);
    expect(received.map((m) => m.to)).toEqual([['smtp@example.com']]);
    const body = received[0]?.data.replace(/=\r?\n/g, '');
    expect(body).toMatch(/accept-invitation\?token=3D[\w-]{20,}/);
    const sent = (
      await call(h, { method: 'GET', url: '/api/v1/mail', cookie: owner.cookie })
    ).json().items[0];
    expect(sent.status).toBe('sent');
  });
});
