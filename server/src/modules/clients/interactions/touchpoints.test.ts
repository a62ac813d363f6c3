import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { runTouchpointReminders } from './touchpoints.service.ts';

describe.each(dialects)('communication plan on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('shows when each stakeholder is next due, counts interactions as touches, and reminds the owner when overdue', async () => {
    const owner = await signedIn(h);
    const client = (
      await send(owner, 'POST', '/api/v1/clients', { name: 'Planned', ownerId: owner.userId })
    ).json();
    const base = `/api/v1/clients/${client.id}`;
    const cio = (await send(owner, 'POST', `${base}/contacts`, { name: 'CIO' })).json();
    const buyer = (await send(owner, 'POST', `${base}/contacts`, { name: 'Buyer' })).json();
    const other = (await send(owner, 'POST', '/api/v1/clients', { name: 'Other' })).json();
    const stranger = (
      await send(owner, 'POST', `/api/v1/clients/${other.id}/contacts`, { name: 'Stranger' })
    ).json();
    const plan = `${base}/communication-plan`;
    expect(
      (
        await send(owner, 'POST', plan, {
          contactId: stranger.id,
          channel: 'meeting',
          cadenceDays: 30,
        })
      ).statusCode,
    ).toBe(400);
    await send(owner, 'POST', plan, { contactId: cio.id, channel: 'meeting', cadenceDays: 30 });
    await send(owner, 'POST', plan, { contactId: buyer.id, channel: 'call', cadenceDays: 14 });
    await send(owner, 'POST', `${base}/interactions`, {
      kind: 'meeting',
      occurredAt: '2026-11-20T02:00:00.000Z',
      subject: 'Quarterly review',
      contactIds: [cio.id],
    });
    const items = (await get(owner, plan)).json().items;
    expect(
      items.map((t: { contact: { name: string }; nextDue: string; overdue: boolean }) => [
        t.contact.name,
        t.nextDue,
        t.overdue,
      ]),
    ).toEqual([
      ['Buyer', '2026-11-27', true],
      ['CIO', '2026-12-20', false],
    ]);

    expect(
      await runTouchpointReminders({ db: h.db, config: h.config, clock: h.clock }),
    ).toBeGreaterThanOrEqual(1);
    await runTouchpointReminders({ db: h.db, config: h.config, clock: h.clock });
    const notices = (await get(owner, '/api/v1/notifications')).json().items;
    expect(notices.filter((n: { kind: string }) => n.kind === 'touchpoint.overdue')).toMatchObject([
      { params: { client: 'Planned', contact: 'Buyer', due: '2026-11-27' } },
    ]);

    const buyerLine = items[0];
    const updated = await send(owner, 'PATCH', `${plan}/${buyerLine.id}`, {
      version: 1,
      cadenceDays: 60,
    });
    expect(updated.json()[0]).toMatchObject({ cadenceDays: 60, version: 2 });
    expect((await send(owner, 'DELETE', `${plan}/${buyerLine.id}`)).json()).toHaveLength(1);
  });
});
