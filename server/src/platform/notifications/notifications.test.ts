import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, runJob, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('notifications on %s', (dialect) => {
  const h = useHarness(dialect);
  const post = (s: Session, url: string, payload: object = {}) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const inbox = async (s: Session) =>
    (await call(h, { method: 'GET', url: '/api/v1/notifications', cookie: s.cookie })).json();

  it('tells approvers a contract waits for them, the submitter how it went, and the owner before it ends', async () => {
    const owner = await signedIn(h);
    const ws = owner.workspaceId;
    const finance = await signedIn(h, { workspaceId: ws, role: 'finance' });
    const sales = await signedIn(h, { workspaceId: ws, role: 'account_manager' });
    const client = (await post(owner, '/api/v1/clients', { name: 'Alerted' })).json();
    const c = (
      await post(sales, '/api/v1/contracts', {
        partyType: 'client',
        clientId: client.id,
        ownerId: sales.userId,
        type: 'sow',
        title: 'Ends soon',
        currency: 'EUR',
        valueMinor: 1,
        startDate: '2026-01-01',
        endDate: '2027-01-20',
        billingModel: 'time_and_materials',
      })
    ).json();
    await post(sales, `/api/v1/contracts/${c.id}/submit`, { version: 1 });
    const waiting = await inbox(finance);
    expect(waiting).toMatchObject({
      unread: 1,
      items: [
        { kind: 'contract.review', params: { number: c.number }, link: `/contracts/${c.id}` },
      ],
    });
    expect((await inbox(sales)).unread).toBe(0);

    await post(finance, `/api/v1/contracts/${c.id}/decisions`, {
      version: 2,
      decision: 'approved',
    });
    expect((await inbox(sales)).items[0]).toMatchObject({ kind: 'contract.approved' });
    await post(sales, `/api/v1/contracts/${c.id}/sign`, {
      version: 3,
      signedOn: '2026-11-27',
      signatories: [{ name: 'A', side: 'us' }],
    });

    // 54 days before the end: the 60-day reminder, once however often the job runs.
    await runJob(h, 'contracts.expiry-alerts');
    await runJob(h, 'contracts.expiry-alerts');
    const alerts = (await inbox(sales)).items.filter(
      (n: { kind: string }) => n.kind === 'contract.expiring',
    );
    expect(alerts).toMatchObject([{ params: { days: 60, endDate: '2027-01-20' } }]);

    const first = (await inbox(finance)).items[0];
    expect((await post(sales, `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await post(finance, `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(200);
    expect((await inbox(finance)).unread).toBe(0);
    await post(sales, '/api/v1/notifications/read-all');
    expect((await inbox(sales)).unread).toBe(0);
  });

  it('reminds supplier managers of qualifications running out and run out', async () => {
    const owner = await signedIn(h);
    const procurement = await signedIn(h, { workspaceId: owner.workspaceId, role: 'procurement' });
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    const s = (await post(owner, '/api/v1/suppliers', { name: 'Certified' })).json();
    const add = (name: string, validTo: string) =>
      post(owner, `/api/v1/suppliers/${s.id}/qualifications`, {
        kind: 'iso27001',
        name,
        validTo,
        mandatory: true,
      });
    await add('ISO 27001', '2026-12-01');
    await add('Liability insurance', '2026-11-01');
    await add('CMMI 3', '2028-01-01');
    await runJob(h, 'suppliers.qualification-reminders');
    const kinds = (await inbox(procurement)).items.map(
      (n: { kind: string; params: { name: string; days: number } }) =>
        `${n.kind} ${n.params.name} ${n.params.days}`,
    );
    expect(kinds.sort()).toEqual([
      'qualification.expired Liability insurance 0',
      'qualification.expiring ISO 27001 4',
    ]);
    expect((await inbox(member)).unread).toBe(0);
  });
});
