import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, dispatchEvents, type Session, signedIn, useHarness } from '../../test/harness.ts';
import { QUEUE_MAIL, useMailSink } from '../../test/mail-sink.ts';

describe.each(dialects)('satisfaction with resolved tickets on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();
  const send = (s: Session | null, method: 'POST' | 'GET', url: string, payload?: object) =>
    call(h, { method, url, ...(payload ? { payload } : {}), ...(s ? { cookie: s.cookie } : {}) });
  const ok = async (res: ReturnType<typeof call>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.statusCode === 204 ? null : r.json();
  };

  it('asks the requester once when their ticket is resolved, and reports the answers by agent and group', async () => {
    const owner = await signedIn(h);
    const agent = await signedIn(h, { workspaceId: owner.workspaceId, role: 'service_desk_agent' });
    const client = await ok(send(owner, 'POST', '/api/v1/clients', { name: '华信银行' }));
    const email = `li.na-${client.id.slice(0, 8)}@huaxin.example`;
    const contact = await ok(
      send(owner, 'POST', `/api/v1/clients/${client.id}/contacts`, {
        name: '李娜',
        email,
        language: 'zh-CN',
      }),
    );
    const desk = await ok(
      send(owner, 'POST', '/api/v1/ticket-groups', { name: '一线', memberIds: [agent.userId] }),
    );
    const resolve = async (t: { id: string; version: number }) =>
      ok(
        send(agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
          status: 'resolved',
          resolution: '已处理',
          version: t.version,
        }),
      );
    const open = (body: object) =>
      ok(
        send(agent, 'POST', '/api/v1/tickets', {
          title: '打印机',
          clientId: client.id,
          groupId: desk.id,
          assigneeId: agent.userId,
          ...body,
        }),
      );
    const asked = await open({ requesterContactId: contact.id });
    const nobody = await open({});
    let t = await resolve(asked);
    await resolve(nobody);
    await dispatchEvents(h);
    const mail = await sink.latestTo(h, email);
    expect(mail.subject).toContain(asked.number);
    const token = /\/survey\/([\w-]+)/.exec(mail.text)?.[1] as string;

    // Reopened and resolved again: nobody is asked twice.
    t = await ok(
      send(agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
        status: 'in_progress',
        reason: '又坏了',
        version: t.version,
      }),
    );
    await resolve(t);
    await dispatchEvents(h);
    expect(await sink.deliver(h)).toBe(0);

    const form = await ok(send(null, 'GET', `/api/v1/public/surveys/${token}`));
    expect(form).toMatchObject({ kind: 'csat', ticket: asked.number, status: 'pending' });
    await ok(send(null, 'POST', `/api/v1/public/surveys/${token}`, { score: 4 }));

    const day = h.clock.now().toISOString().slice(0, 10);
    const report = (by: string) =>
      ok(send(agent, 'GET', `/api/v1/feedback/ticket-satisfaction?from=${day}&to=${day}&by=${by}`));
    expect((await report('agent')).rows).toEqual([
      {
        key: { id: agent.userId, name: expect.any(String) },
        surveys: 1,
        answers: 1,
        average: '4.00',
        satisfied: '1.00',
      },
    ]);
    expect((await report('group')).rows).toEqual([
      expect.objectContaining({ key: { id: desk.id, name: '一线' }, surveys: 1 }),
    ]);
    expect((await report('client')).rows).toEqual([
      expect.objectContaining({ key: { id: client.id, name: '华信银行' }, answers: 1 }),
    ]);
    expect((await report('supplier_team')).rows).toEqual([
      expect.objectContaining({ key: null, surveys: 1 }),
    ]);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect(
      (await send(member, 'GET', `/api/v1/feedback/ticket-satisfaction?from=${day}&to=${day}`))
        .statusCode,
    ).toBe(403);
  });
});
