import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import {
  bindParty,
  call,
  positionId,
  type Session,
  signedIn,
  useHarness,
} from '../../../test/harness.ts';

describe.each(dialects)('contract amendments on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  async function signedContract() {
    const owner = await signedIn(h);
    const ws = owner.workspaceId;
    const finance = await signedIn(h, { workspaceId: ws, role: 'finance' });
    const delivery = await signedIn(h, { workspaceId: ws, role: 'delivery_manager' });
    const client = (await post(owner, '/api/v1/clients', { name: 'Amended Client' })).json();
    await post(owner, '/api/v1/approval-rules', {
      minValueMinor: 1_000_000,
      approvers: 2,
      financeRequired: true,
    });
    const c = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'client',
        clientId: client.id,
        type: 'sow',
        title: 'Desk',
        currency: 'EUR',
        valueMinor: 500_000,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        billingModel: 'time_and_materials',
      })
    ).json();
    const url = `/api/v1/contracts/${c.id}`;
    const engineer = await positionId(h, owner, 'Engineer');
    await post(owner, `${url}/rates`, {
      positionId: engineer,
      seniority: 'senior',
      unit: 'hour',
      rateMinor: 9000,
      effectiveFrom: '2026-01-01',
    });
    await post(owner, `${url}/slas`, { metric: 'resolution_time', priority: 'p1', target: 480 });
    expect(
      (
        await post(owner, `${url}/amendments`, {
          title: 'x',
          reason: 'y',
          changes: { valueMinor: 1 },
        })
      ).statusCode,
    ).toBe(422);
    await post(owner, `${url}/submit`, { version: 1 });
    await post(finance, `${url}/decisions`, { version: 2, decision: 'approved' });
    await post(owner, `${url}/sign`, {
      version: 3,
      signedOn: '2026-01-01',
      signatories: [{ name: 'A', side: 'us' }],
    });
    return { owner, finance, delivery, client, url, engineer };
  }

  it('changes a signed contract only through a reviewed, signed amendment and keeps the diff', async () => {
    const { owner, finance, delivery, url, engineer } = await signedContract();
    expect(
      (
        await post(owner, `${url}/rates`, {
          positionId: engineer,
          seniority: 'senior',
          unit: 'hour',
          rateMinor: 1,
          effectiveFrom: '2026-07-01',
        })
      ).statusCode,
    ).toBe(422);
    const changes = {
      valueMinor: 2_000_000,
      endDate: '2027-06-30',
      rates: [
        {
          positionId: engineer,
          seniority: 'senior',
          unit: 'hour',
          rateMinor: 9900,
          effectiveFrom: '2027-01-01',
        },
      ],
      slas: [{ metric: 'resolution_time', priority: 'p1', target: 360 }],
    };
    expect(
      (
        await post(owner, `${url}/amendments`, {
          title: 'Extension',
          reason: 'More scope',
          changes: { endDate: '2025-01-01' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post(owner, `${url}/amendments`, {
          title: 'Extension',
          reason: 'More scope',
          changes: {},
        })
      ).statusCode,
    ).toBe(400);
    const created = await post(owner, `${url}/amendments`, {
      title: 'Extension',
      reason: 'Six more months',
      changes,
    });
    expect(created.statusCode).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({ seq: 1, status: 'draft', actions: ['edit', 'submit'] });
    expect(a.diff).toContainEqual({ field: 'valueMinor', before: 500_000, after: 2_000_000 });
    expect(a.diff).toContainEqual({ field: 'endDate', before: '2026-12-31', after: '2027-06-30' });
    // The rates before are the card the contract has, not an empty list.
    expect(a.diff).toContainEqual({
      field: 'rates',
      before: [
        {
          positionId: engineer,
          position: { id: engineer, nameZh: 'Engineer', nameEn: 'Engineer' },
          seniority: 'senior',
          unit: 'hour',
          rateMinor: 9000,
          effectiveFrom: '2026-01-01',
        },
      ],
      after: changes.rates.map((r) => ({
        ...r,
        position: { id: engineer, nameZh: 'Engineer', nameEn: 'Engineer' },
      })),
    });
    expect(
      (
        await post(owner, `${url}/amendments`, {
          title: 'Another',
          reason: 'x',
          changes: { scope: 'x' },
        })
      ).statusCode,
    ).toBe(422);

    const am = `${url}/amendments/${a.id}`;
    const submitted = await post(owner, `${am}/submit`, { version: 1 });
    // The amended value crosses the rule's threshold: two approvers, one of them finance.
    expect(submitted.json()).toMatchObject({
      status: 'in_review',
      review: { approvalsRequired: 2, financeRequired: true },
    });
    // The owner may approve contracts, but not what they submitted themselves.
    expect(
      (await post(owner, `${am}/decisions`, { version: 2, decision: 'approved' })).statusCode,
    ).toBe(422);
    expect(
      (await post(delivery, `${am}/decisions`, { version: 2, decision: 'approved' })).json().status,
    ).toBe('in_review');
    expect(
      (await post(finance, `${am}/decisions`, { version: 3, decision: 'approved' })).json().status,
    ).toBe('approved');
    const signed = await post(owner, `${am}/sign`, { version: 4, signedOn: '2026-11-27' });
    expect(signed.json()).toMatchObject({ status: 'signed', signedOn: '2026-11-27', actions: [] });

    const contract = (await get(owner, url)).json();
    expect(contract).toMatchObject({
      valueMinor: 2_000_000,
      endDate: '2027-06-30',
      status: 'active',
    });
    const rateOn = async (day: string) =>
      (await get(owner, `${url}/rate-on?positionId=${engineer}&seniority=senior&day=${day}`)).json()
        .rate.rateMinor;
    expect([await rateOn('2026-12-31'), await rateOn('2027-01-01')]).toEqual([9000, 9900]);
    expect(
      (await get(owner, `${url}/slas`)).json().items.map((s: { target: number }) => s.target),
    ).toEqual([360]);

    const history = (await get(owner, `${url}/amendments`)).json().items;
    expect(history[0].diff).toContainEqual({
      field: 'valueMinor',
      before: 500_000,
      after: 2_000_000,
    });
    expect(history[0].diff.find((d: { field: string }) => d.field === 'slas').before).toMatchObject(
      [{ target: 480 }],
    );
    const decisions = (await get(owner, `${url}/approvals`)).json().items;
    expect(
      decisions.filter((d: { amendmentId: string | null }) => d.amendmentId === a.id),
    ).toHaveLength(2);
  });

  it('sends a rejected amendment back to draft, and hides amendments from portals', async () => {
    const { owner, finance, client, url } = await signedContract();
    const a = (
      await post(owner, `${url}/amendments`, {
        title: 'Price',
        reason: 'Inflation',
        changes: { scope: 'More' },
      })
    ).json();
    const am = `${url}/amendments/${a.id}`;
    await post(owner, `${am}/submit`, { version: 1 });
    expect(
      (await post(finance, `${am}/decisions`, { version: 2, decision: 'rejected' })).statusCode,
    ).toBe(400);
    const rejected = await post(finance, `${am}/decisions`, {
      version: 2,
      decision: 'rejected',
      comment: 'Not agreed',
    });
    expect(rejected.json()).toMatchObject({ status: 'draft', statusReason: 'Not agreed' });
    const edited = await send(owner, 'PATCH', am, { version: 3, changes: { scope: 'Less' } });
    expect(edited.json().diff).toEqual([{ field: 'scope', before: '', after: 'Less' }]);

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: client.id });
    expect((await get(portal, url)).statusCode).toBe(200);
    expect((await get(portal, `${url}/amendments`)).statusCode).toBe(403);
  });
});
