import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('interactions on %s', (dialect) => {
  const h = useHarness(dialect);

  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const setup = async () => {
    const owner = await signedIn(h);
    const client = (await post(owner, '/api/v1/clients', { name: 'Acme' })).json();
    const contact = (
      await post(owner, `/api/v1/clients/${client.id}/contacts`, { name: 'Li Wei' })
    ).json();
    return { owner, client, contact };
  };

  it('logs meetings with participants and a next step, newest first', async () => {
    const { owner, client, contact } = await setup();
    const url = `/api/v1/clients/${client.id}/interactions`;
    // Any RFC 3339 offset is accepted; the answer is the same instant in UTC.
    const first = await post(owner, url, {
      kind: 'call',
      occurredAt: '2026-11-20T10:00:00+08:00',
      subject: 'Intro call',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      occurredAt: '2026-11-20T02:00:00.000Z',
      owner: { id: owner.userId },
      contactIds: [],
      nextStepDone: false,
    });
    const meeting = await post(owner, url, {
      kind: 'meeting',
      occurredAt: '2026-11-25T06:30:00.000Z',
      subject: 'Scope workshop',
      notes: 'Service desk for 3 sites',
      contactIds: [contact.id],
      nextStep: 'Send proposal',
      nextStepDue: '2026-12-01',
    });
    expect(meeting.json()).toMatchObject({
      contactIds: [contact.id],
      nextStep: 'Send proposal',
      nextStepDue: '2026-12-01',
    });
    expect((await get(owner, url)).json().items.map((i: { subject: string }) => i.subject)).toEqual(
      ['Scope workshop', 'Intro call'],
    );

    const other = (await post(owner, '/api/v1/clients', { name: 'Other' })).json();
    const stranger = (
      await post(owner, `/api/v1/clients/${other.id}/contacts`, { name: 'Not here' })
    ).json();
    const bad = await post(owner, url, {
      kind: 'mail',
      occurredAt: '2026-11-26T00:00:00.000Z',
      subject: 'x',
      contactIds: [stranger.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors['body.contactIds']).toBeDefined();
  });

  it('lists open next steps soonest first and drops them once done', async () => {
    const { owner, client } = await setup();
    const url = `/api/v1/clients/${client.id}/interactions`;
    const at = '2026-11-25T06:30:00.000Z';
    const late = (
      await post(owner, url, {
        kind: 'visit',
        occurredAt: at,
        subject: 'A',
        nextStep: 'Later',
        nextStepDue: '2026-12-20',
      })
    ).json();
    const soon = (
      await post(owner, url, {
        kind: 'visit',
        occurredAt: at,
        subject: 'B',
        nextStep: 'Soon',
        nextStepDue: '2026-12-02',
      })
    ).json();
    await post(owner, url, { kind: 'visit', occurredAt: at, subject: 'C', nextStep: 'Someday' });
    const steps = async (query = '') =>
      (await get(owner, `/api/v1/next-steps?ownerId=${owner.userId}${query}`))
        .json()
        .items.map((i: { nextStep: string }) => i.nextStep);
    expect(await steps()).toEqual(['Soon', 'Later', 'Someday']);
    expect(await steps('&dueBy=2026-12-10')).toEqual(['Soon']);
    const done = await call(h, {
      method: 'PATCH',
      url: `${url}/${soon.id}`,
      cookie: owner.cookie,
      payload: { version: soon.version, nextStepDone: true },
    });
    expect(done.json().nextStepDone).toBe(true);
    expect(await steps()).toEqual(['Later', 'Someday']);
    expect(
      (
        await call(h, {
          method: 'PATCH',
          url: `${url}/${late.id}`,
          cookie: owner.cookie,
          payload: { version: 9, subject: 'stale' },
        })
      ).statusCode,
    ).toBe(409);
  });

  it('is internal: other workspaces get 404 and portal users see none', async () => {
    const { owner, client } = await setup();
    const url = `/api/v1/clients/${client.id}/interactions`;
    const i = (
      await post(owner, url, {
        kind: 'call',
        occurredAt: '2026-11-20T02:00:00.000Z',
        subject: 'Pricing',
        nextStep: 'Discount?',
      })
    ).json();
    const other = await signedIn(h);
    expect((await get(other, url)).statusCode).toBe(404);
    expect(
      (
        await call(h, {
          method: 'PATCH',
          url: `${url}/${i.id}`,
          cookie: other.cookie,
          payload: { version: 1, subject: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await get(other, '/api/v1/next-steps')).json().items).toEqual([]);
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await h.db
      .updateTable('members')
      .set({ party_type: 'client', party_id: client.id })
      .where('user_id', '=', portal.userId)
      .execute();
    // Internal routes are not declared portal-safe: the portal is refused outright.
    expect((await get(portal, url)).statusCode).toBe(403);
    expect((await get(portal, '/api/v1/next-steps')).statusCode).toBe(403);
  });
});
