import type { AddressInfo } from 'node:net';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { QUEUE_MAIL, useMailSink } from '../../../test/mail-sink.ts';
import { deskContract } from '../desk.fixture.ts';
import { inboundMailServer, startInboundMail } from './inbound-server.ts';

describe.each(dialects)('tickets by mail on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();
  let port = 0;
  const errors: unknown[] = [];
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const server = inboundMailServer({ db: h.db, config: h.config, clock: h.clock }, (err) =>
      errors.push(err),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  const send = (s: Session, method: 'POST' | 'GET', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const ok = async (res: ReturnType<typeof call>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  /** Sends a mail to the desk through SMTP, as the client's mail server would. */
  const mail = (message: {
    from: string;
    to?: string;
    subject: string;
    text: string;
    messageId?: string;
    attachments?: { filename: string; content: string | Buffer }[];
  }) =>
    createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({
      to: 'desk@pontis.example',
      ...message,
    });

  /** A client with a contact who writes in, and its 7×24 contract in force with a P3 target. */
  async function world() {
    const owner = await signedIn(h);
    const client = await ok(send(owner, 'POST', '/api/v1/clients', { name: '华信银行' }));
    const email = `wangfang-${Date.now()}@huaxin.example`;
    const contact = await ok(
      send(owner, 'POST', `/api/v1/clients/${client.id}/contacts`, {
        name: '王芳',
        email,
      }),
    );
    const contract = await deskContract(
      h,
      owner,
      { clientId: client.id },
      { slas: [{ metric: 'resolution_time', priority: 'p3', target: 480 }], active: true },
    );
    return { owner, client, contact, contract, email };
  }

  it('opens a ticket from a contact’s mail, answers with its token, mails the desk’s ask, and threads the reply with its attachment', async () => {
    const w = await world();
    await mail({
      from: `王芳 <${w.email.toUpperCase()}>`,
      subject: '柜面系统无法登录',
      text: '今天早上起柜面系统提示证书错误。',
      messageId: '<first@huaxin.example>',
    });
    const tickets = (await ok(send(w.owner, 'GET', '/api/v1/tickets'))).items;
    expect(tickets).toHaveLength(1);
    let t = await ok(send(w.owner, 'GET', `/api/v1/tickets/${tickets[0].id}`));
    expect(t).toMatchObject({
      title: '柜面系统无法登录',
      description: '今天早上起柜面系统提示证书错误。',
      channel: 'email',
      priority: 'p3',
      client: { id: w.client.id },
      contract: { id: w.contract.id },
      requester: { id: w.contact.id, name: '王芳' },
    });
    expect(t.slas).toContainEqual(expect.objectContaining({ party: 'client', state: 'running' }));

    // The sender is told the number and the token to reply with, in their language.
    const ack = await sink.latestTo(h, w.email);
    const token = /\[#TCK-\d{6}-[0-9a-f]{6}\]/.exec(ack.subject)?.[0] as string;
    expect(token).toContain(t.number);
    expect(ack.text).toContain(t.number);

    // The desk asks; the reply, quoting the ask, resumes the ticket with only the new words.
    await ok(
      send(w.owner, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
        status: 'waiting',
        waitingOn: 'client',
        waitingCode: 'reply',
        reason: '需要错误截图',
        message: '请发送错误截图。',
        version: t.version,
      }),
    );
    // The ask reaches the contact by mail, on the same thread.
    const ask = await sink.latestTo(h, w.email);
    expect(ask.subject).toContain(token);
    expect(ask.text).toContain('请发送错误截图。');
    await mail({
      from: w.email,
      subject: `Re: ${ask.subject}`,
      text: '截图见附件。\n\n在 2026年11月27日 写道：\n> 请发送错误截图。',
      messageId: '<reply@huaxin.example>',
      attachments: [{ filename: '错误.txt', content: 'CERT_HAS_EXPIRED' }],
    });
    t = await ok(send(w.owner, 'GET', `/api/v1/tickets/${t.id}`));
    expect(t.status).toBe('in_progress');
    expect(t.comments.at(-1)).toMatchObject({
      body: '截图见附件。',
      visibility: 'client',
      authorParty: 'client',
      author: { id: w.contact.id, name: '王芳' },
    });
    const files = (await ok(send(w.owner, 'GET', `/api/v1/tickets/${t.id}/documents`))).items;
    expect(files).toEqual([expect.objectContaining({ name: '错误.txt', category: 'shared' })]);

    // The same message delivered again is taken once.
    await mail({
      from: w.email,
      subject: `Re: ${ack.subject}`,
      text: '截图见附件。',
      messageId: '<reply@huaxin.example>',
    });
    t = await ok(send(w.owner, 'GET', `/api/v1/tickets/${t.id}`));
    expect(t.comments).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('refuses mail from strangers, and threads nothing on a forged token', async () => {
    const w = await world();
    await expect(
      mail({ from: 'someone@elsewhere.example', subject: 'Hello', text: 'Buy now' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await mail({ from: w.email, subject: '打印机卡纸', text: '三楼打印机卡纸。' });
    const [t] = (await ok(send(w.owner, 'GET', '/api/v1/tickets?q=打印机'))).items;
    // A stranger who learns the number cannot guess the seal, nor reply as the contact.
    const forged = `Re: [#${t.number}-000000] 打印机卡纸`;
    await mail({ from: w.email, subject: forged, text: '这是新邮件' });
    expect((await ok(send(w.owner, 'GET', `/api/v1/tickets/${t.id}`))).comments).toEqual([]);
    const ack = await sink.latestTo(h, w.email);
    await expect(
      mail({ from: 'someone@elsewhere.example', subject: `Re: ${ack.subject}`, text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    expect((await ok(send(w.owner, 'GET', `/api/v1/tickets/${t.id}`))).comments).toEqual([]);
    // The forged token opened a ticket of its own instead; the stranger none.
    expect((await ok(send(w.owner, 'GET', '/api/v1/tickets'))).items).toHaveLength(2);
  });

  it('starts no listener unless INBOUND_SMTP_PORT is set', async () => {
    const deps = { db: h.db, config: h.config, clock: h.clock };
    expect(await startInboundMail(deps, () => {})).toBeNull();
  });
});
