import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  bindParty,
  call,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';
import { QUEUE_MAIL, useMailSink } from '../../test/mail-sink.ts';
import { netPromoterScore } from './feedback-trend.ts';

describe('net promoter score', () => {
  it('is promoters minus detractors as shares of all answers', () => {
    expect(netPromoterScore([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(netPromoterScore([10, 10, 9, 3])).toBe(50);
    expect(netPromoterScore([])).toBeNull();
  });
});

describe.each(dialects)('client feedback on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();
  const send = (s: Session | null, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, payload, ...(s ? { cookie: s.cookie } : {}) });
  const get = (s: Session | null, url: string) =>
    call(h, { method: 'GET', url, ...(s ? { cookie: s.cookie } : {}) });

  async function clientWithContact(language: 'zh-CN' | 'en-US' = 'en-US') {
    const owner = await signedIn(h);
    const client = (await send(owner, 'POST', '/api/v1/clients', { name: '华东银行' })).json();
    const email = `cfo-${client.id.slice(0, 8)}@bank.example`;
    const contacts = await send(owner, 'POST', `/api/v1/clients/${client.id}/contacts`, {
      name: 'Li Na',
      email,
      language,
    });
    const contact = contacts.json().id ? contacts.json() : contacts.json()[0];
    return { owner, client, contact, email };
  }

  async function surveyLink(email: string) {
    const mail = await sink.latestTo(h, email);
    const token = /\/survey\/(srv_[\w-]+)/.exec(mail.text)?.[1];
    if (!token) throw new Error(`no survey link in ${mail.text}`);
    return { token, mail };
  }

  it('mails a single-use, expiring survey link and records the one answer', async () => {
    const { owner, client, contact, email } = await clientWithContact('zh-CN');
    const sent = await send(owner, 'POST', `/api/v1/clients/${client.id}/surveys`, {
      contactId: contact.id,
      kind: 'nps',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()[0]).toMatchObject({ kind: 'nps', status: 'pending', score: null });
    const { token, mail } = await surveyLink(email);
    expect(mail.subject).toContain('推荐');

    const form = await get(null, `/api/v1/public/surveys/${token}`);
    expect(form.json()).toEqual({
      kind: 'nps',
      language: 'zh-CN',
      from: expect.any(String),
      client: '华东银行',
      ticket: null,
      status: 'pending',
    });
    expect((await get(null, `/api/v1/public/surveys/srv_${'x'.repeat(43)}`)).statusCode).toBe(404);
    expect(
      (await send(null, 'POST', `/api/v1/public/surveys/${token}`, { score: 11 })).statusCode,
    ).toBe(400);

    const before = await auditCount(h, owner.workspaceId);
    const answered = await send(null, 'POST', `/api/v1/public/surveys/${token}`, {
      score: 9,
      comment: '响应很快',
    });
    expect(answered.statusCode).toBe(204);
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
    const again = await send(null, 'POST', `/api/v1/public/surveys/${token}`, { score: 0 });
    expect(again.statusCode).toBe(409);
    expect(
      (await get(owner, `/api/v1/clients/${client.id}/surveys`)).json().items[0],
    ).toMatchObject({
      status: 'answered',
      score: 9,
      comment: '响应很快',
    });

    const trend = (await get(owner, `/api/v1/clients/${client.id}/feedback-trend`)).json();
    expect(trend.months).toHaveLength(12);
    expect(trend.months.find((m: { npsResponses: number }) => m.npsResponses > 0)).toMatchObject({
      nps: 100,
      csatAverage: null,
    });

    // A CSAT link that is not answered within 14 days no longer takes an answer.
    h.clock.advance(1000);
    await send(owner, 'POST', `/api/v1/clients/${client.id}/surveys`, {
      contactId: contact.id,
      kind: 'csat',
    });
    const late = await surveyLink(email);
    expect(
      (await send(null, 'POST', `/api/v1/public/surveys/${late.token}`, { score: 0 })).statusCode,
    ).toBe(400);
    h.clock.advance(15 * 24 * 3600 * 1000);
    expect((await get(null, `/api/v1/public/surveys/${late.token}`)).json().status).toBe('expired');
    expect(
      (await send(null, 'POST', `/api/v1/public/surveys/${late.token}`, { score: 5 })).statusCode,
    ).toBe(410);
  });

  it('refuses surveys to contacts without e-mail or of other clients', async () => {
    const { owner, client } = await clientWithContact();
    const other = (await send(owner, 'POST', '/api/v1/clients', { name: 'Other' })).json();
    const noMail = await send(owner, 'POST', `/api/v1/clients/${other.id}/contacts`, {
      name: 'No Mail',
    });
    const contactId = noMail.json().id ?? noMail.json()[0].id;
    const status = async (clientId: string) =>
      (
        await send(owner, 'POST', `/api/v1/clients/${clientId}/surveys`, {
          contactId,
          kind: 'csat',
        })
      ).statusCode;
    expect(await status(client.id)).toBe(404);
    expect(await status(other.id)).toBe(422);
  });

  it('tracks complaints with severity, response due time and resolution; internal only', async () => {
    const { owner, client, contact } = await clientWithContact();
    const base = `/api/v1/clients/${client.id}/feedback`;
    expect(
      (await send(owner, 'POST', base, { kind: 'complaint', subject: 'No severity' })).statusCode,
    ).toBe(400);
    const complaint = await send(owner, 'POST', base, {
      kind: 'complaint',
      severity: 'critical',
      subject: '夜间工单无人响应',
      description: 'P1 ticket waited 3 hours',
      contactId: contact.id,
    });
    expect(complaint.statusCode).toBe(201);
    const c = complaint.json();
    expect(c).toMatchObject({ number: 'FBK-0001', status: 'open', overdue: false });
    expect(Date.parse(c.responseDueAt) - Date.parse(c.receivedAt)).toBe(4 * 3600 * 1000);
    const praise = (
      await send(owner, 'POST', base, { kind: 'praise', subject: 'Great cutover' })
    ).json();
    expect(praise).toMatchObject({ severity: null, responseDueAt: null, status: 'resolved' });

    h.clock.advance(5 * 3600 * 1000);
    expect(
      (await get(owner, base)).json().items.find((f: { id: string }) => f.id === c.id).overdue,
    ).toBe(true);
    const unresolved = await send(owner, 'PATCH', `${base}/${c.id}`, {
      version: 1,
      action: 'resolve',
    });
    expect(unresolved.statusCode).toBe(400);
    const responded = await send(owner, 'PATCH', `${base}/${c.id}`, {
      version: 1,
      action: 'respond',
    });
    expect(responded.json()).toMatchObject({ status: 'responded', overdue: false });
    const resolved = await send(owner, 'PATCH', `${base}/${c.id}`, {
      version: 2,
      action: 'resolve',
      resolution: 'Night shift roster fixed; on-call escalation added',
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: expect.any(String) });
    expect(
      (await send(owner, 'PATCH', `${base}/${c.id}`, { version: 3, action: 'respond' })).statusCode,
    ).toBe(409);

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: client.id });
    expect((await get(portal, base)).statusCode).toBe(403);
    expect((await get(portal, `/api/v1/clients/${client.id}/surveys`)).statusCode).toBe(403);
    const stranger = await signedIn(h);
    expect((await get(stranger, base)).statusCode).toBe(404);
  });
});
