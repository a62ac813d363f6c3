import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  call,
  positionId,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';
import { runContractLifecycle } from './lifecycle/contract-lifecycle.job.ts';

describe.each(dialects)('contracts on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  async function workspace() {
    const owner = await signedIn(h);
    const client = (await post(owner, '/api/v1/clients', { name: '华东银行' })).json();
    return { owner, client };
  }

  const draft = (clientId: string, extra: object = {}) => ({
    partyType: 'client',
    clientId,
    type: 'sow',
    title: 'Managed service desk',
    currency: 'EUR',
    valueMinor: 12_000_000,
    startDate: '2026-12-01',
    endDate: '2027-11-30',
    billingModel: 'time_and_materials',
    ...extra,
  });

  it('drafts contracts with numbers, checks terms and parents, and edits only drafts', async () => {
    const { owner, client } = await workspace();
    const msa = await post(
      owner,
      '/api/v1/contracts',
      draft(client.id, { type: 'msa', title: 'MSA' }),
    );
    expect(msa.statusCode).toBe(201);
    expect(msa.json()).toMatchObject({
      number: 'CON-0001',
      status: 'draft',
      counterparty: { id: client.id, name: '华东银行' },
      actions: ['edit', 'submit'],
    });
    const sow = await post(
      owner,
      '/api/v1/contracts',
      draft(client.id, { parentId: msa.json().id }),
    );
    expect(sow.json().parent).toMatchObject({ number: 'CON-0001', title: 'MSA' });

    const bad = async (extra: object) =>
      (await post(owner, '/api/v1/contracts', draft(client.id, extra))).statusCode;
    expect(await bad({ endDate: '2026-11-01' })).toBe(400);
    expect(await bad({ capMinor: 100, billingModel: 'fixed_price' })).toBe(400);
    expect(await bad({ billingModel: 'retainer' })).toBe(400);
    // A retainer renewing monthly splits its value over its months: it needs its last one.
    expect(
      await bad({
        billingModel: 'retainer',
        hourBlock: 40,
        retainerPeriod: 'month',
        endDate: null,
      }),
    ).toBe(400);
    expect(
      await bad({
        billingModel: 'fixed_price',
        feeSchedule: [{ date: '2027-01-01', amountMinor: 99_000_000, label: 'All' }],
      }),
    ).toBe(400);
    expect(await bad({ parentId: sow.json().id })).toBe(400);
    expect(await bad({ supplierId: client.id })).toBe(400);
    expect(await bad({ clientId: '0190a000-0000-7000-8000-000000000000' })).toBe(400);

    const edited = await send(owner, 'PATCH', `/api/v1/contracts/${sow.json().id}`, {
      version: 1,
      valueMinor: 15_000_000,
      capMinor: 15_000_000,
    });
    expect(edited.json()).toMatchObject({
      valueMinor: 15_000_000,
      capMinor: 15_000_000,
      version: 2,
    });
    expect(
      (await send(owner, 'PATCH', `/api/v1/contracts/${sow.json().id}`, { version: 1, title: 'x' }))
        .statusCode,
    ).toBe(409);

    const list = await get(owner, `/api/v1/contracts?parentId=${msa.json().id}`);
    expect(list.json().items.map((c: { number: string }) => c.number)).toEqual(['CON-0002']);
    const ending = await get(
      owner,
      '/api/v1/contracts?endsFrom=2027-11-01&endsBy=2027-11-30&sort=endDate',
    );
    expect(ending.json().items.map((c: { number: string }) => c.number)).toEqual([
      'CON-0001',
      'CON-0002',
    ]);
    const none = await get(owner, '/api/v1/contracts?endsFrom=2027-12-01');
    expect(none.json().items).toEqual([]);
  });

  it('needs two approvers, one from finance, above the rule threshold; never the submitter', async () => {
    const { owner, client } = await workspace();
    const ws = owner.workspaceId;
    const finance = await signedIn(h, { workspaceId: ws, role: 'finance' });
    const delivery = await signedIn(h, { workspaceId: ws, role: 'delivery_manager' });
    const sales = await signedIn(h, { workspaceId: ws, role: 'account_manager' });
    await post(owner, '/api/v1/approval-rules', {
      minValueMinor: 10_000_000,
      approvers: 2,
      financeRequired: true,
    });
    const c = (await post(sales, '/api/v1/contracts', draft(client.id))).json();
    const url = `/api/v1/contracts/${c.id}`;

    const submitted = await post(sales, `${url}/submit`, { version: 1 });
    expect(submitted.json()).toMatchObject({
      status: 'in_review',
      review: { round: 1, approvalsRequired: 2, financeRequired: true },
      actions: ['decide', 'withdraw'],
    });
    expect((await send(sales, 'PATCH', url, { version: 2, title: 'x' })).statusCode).toBe(422);
    expect(
      (await post(sales, `${url}/decisions`, { version: 2, decision: 'approved' })).statusCode,
    ).toBe(403);
    expect(
      (await post(owner, `${url}/decisions`, { version: 2, decision: 'rejected' })).statusCode,
    ).toBe(400);

    const first = await post(delivery, `${url}/decisions`, { version: 2, decision: 'approved' });
    expect(first.json().status).toBe('in_review');
    expect(
      (await post(delivery, `${url}/decisions`, { version: 3, decision: 'approved' })).statusCode,
    ).toBe(422);
    const second = await post(finance, `${url}/decisions`, {
      version: 3,
      decision: 'approved',
      comment: 'Rates checked',
    });
    expect(second.json()).toMatchObject({ status: 'approved', actions: ['sign', 'withdraw'] });
    const approvals = (await get(owner, `${url}/approvals`)).json().items;
    expect(approvals.map((a: { finance: boolean }) => a.finance)).toEqual([false, true]);
    expect(approvals[1].comment).toBe('Rates checked');

    // The submitter may not approve their own contract even with the permission.
    const own = (
      await post(owner, '/api/v1/contracts', draft(client.id, { valueMinor: 100 }))
    ).json();
    await post(owner, `/api/v1/contracts/${own.id}/submit`, { version: 1 });
    expect(
      (
        await post(owner, `/api/v1/contracts/${own.id}/decisions`, {
          version: 2,
          decision: 'approved',
        })
      ).statusCode,
    ).toBe(422);
    const rejected = await post(finance, `/api/v1/contracts/${own.id}/decisions`, {
      version: 2,
      decision: 'rejected',
      comment: 'Value looks wrong',
    });
    expect(rejected.json()).toMatchObject({ status: 'draft', statusReason: 'Value looks wrong' });
  });

  it('asks for an exchange rate before review, locks it at signing, and then fixes the base currency', async () => {
    const { owner, client } = await workspace();
    const approver = await signedIn(h, { workspaceId: owner.workspaceId, role: 'finance' });
    const c = (
      await post(owner, '/api/v1/contracts', draft(client.id, { currency: 'CNY' }))
    ).json();
    const url = `/api/v1/contracts/${c.id}`;
    expect((await post(owner, `${url}/submit`, { version: 1 })).statusCode).toBe(422);
    await send(owner, 'PUT', '/api/v1/exchange-rates', {
      currency: 'CNY',
      day: '2026-11-01',
      rate: '0.1281',
    });
    await post(owner, `${url}/submit`, { version: 1 });
    await post(approver, `${url}/decisions`, { version: 2, decision: 'approved' });
    const signature = {
      signedOn: '2026-11-20',
      signatories: [
        { name: 'Li Wei', title: 'CIO', side: 'counterparty' },
        { name: 'Anna Berg', side: 'us' },
      ],
    };
    expect(
      (await post(owner, `${url}/sign`, { ...signature, version: 3, signedOn: '2026-11-29' }))
        .statusCode,
    ).toBe(400);
    const before = await auditCount(h, owner.workspaceId);
    const signed = await post(owner, `${url}/sign`, { ...signature, version: 3 });
    expect(signed.json()).toMatchObject({
      status: 'signed',
      signedOn: '2026-11-20',
      fxRate: '0.1281',
      fxDate: '2026-11-01',
      signatories: [
        { name: 'Li Wei', title: 'CIO' },
        { name: 'Anna Berg', title: null },
      ],
    });
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
    expect((await get(owner, '/api/v1/settings')).json().baseCurrencyLocked).toBe(true);
    expect(
      (await send(owner, 'PATCH', '/api/v1/settings', { baseCurrency: 'USD' })).statusCode,
    ).toBe(422);
    expect((await post(owner, `${url}/terminate`, { version: 4 })).statusCode).toBe(400);
    const ended = await post(owner, `${url}/terminate`, { version: 4, reason: 'Client merger' });
    expect(ended.json()).toMatchObject({ status: 'terminated', actions: [] });
  });

  it('starts, flags, expires and auto-renews contracts in the daily job', async () => {
    const { owner, client } = await workspace();
    const approver = await signedIn(h, { workspaceId: owner.workspaceId, role: 'finance' });
    async function signedContract(extra: object) {
      const c = (await post(owner, '/api/v1/contracts', draft(client.id, extra))).json();
      const url = `/api/v1/contracts/${c.id}`;
      await post(owner, `${url}/submit`, { version: 1 });
      await post(approver, `${url}/decisions`, { version: 2, decision: 'approved' });
      const signed = await post(owner, `${url}/sign`, {
        version: 3,
        signedOn: '2026-11-27',
        signatories: [{ name: 'Li Wei', side: 'counterparty' }],
      });
      return signed.json();
    }
    const future = await signedContract({ startDate: '2026-12-01', endDate: '2027-06-30' });
    const ending = await signedContract({
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      noticeDays: 60,
    });
    const renewing = await signedContract({
      startDate: '2026-01-01',
      endDate: '2026-11-26',
      autoRenew: true,
      title: 'Renews itself',
    });
    const lapsing = await signedContract({ startDate: '2026-01-01', endDate: '2026-11-26' });
    expect([future.status, ending.status]).toEqual(['signed', 'active']);

    await runContractLifecycle({ db: h.db, config: h.config, clock: h.clock });
    const status = async (id: string) =>
      (await get(owner, `/api/v1/contracts/${id}`)).json().status;
    expect(await status(future.id)).toBe('signed');
    expect(await status(ending.id)).toBe('expiring');
    expect(await status(renewing.id)).toBe('renewed');
    expect(await status(lapsing.id)).toBe('expired');
    const successor = (await get(owner, '/api/v1/contracts?q=Renews itself&status=active')).json()
      .items;
    expect(successor).toHaveLength(1);
    expect(successor[0]).toMatchObject({
      renewsId: renewing.id,
      startDate: '2026-11-27',
      endDate: '2027-10-22',
      fxRate: renewing.fxRate,
    });

    const later = { now: () => new Date('2026-12-02T01:00:00Z') };
    await runContractLifecycle({ db: h.db, config: h.config, clock: later });
    expect(await status(future.id)).toBe('active');
  });

  it('renews by hand through a new draft that retires the old contract when signed', async () => {
    const { owner, client } = await workspace();
    const approver = await signedIn(h, { workspaceId: owner.workspaceId, role: 'finance' });
    const c = (
      await post(
        owner,
        '/api/v1/contracts',
        draft(client.id, { startDate: '2026-01-01', endDate: '2026-12-31' }),
      )
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
    await post(owner, `${url}/submit`, { version: 1 });
    await post(approver, `${url}/decisions`, { version: 2, decision: 'approved' });
    await post(owner, `${url}/sign`, {
      version: 3,
      signedOn: '2026-11-01',
      signatories: [{ name: 'A', side: 'us' }],
    });
    const renewal = await post(owner, `${url}/renew`, { version: 4, endDate: '2027-12-31' });
    expect(renewal.statusCode).toBe(201);
    expect(renewal.json()).toMatchObject({
      status: 'draft',
      startDate: '2027-01-01',
      renewsId: c.id,
    });
    expect(
      (await post(owner, `${url}/renew`, { version: 4, endDate: '2027-12-31' })).statusCode,
    ).toBe(422);
    const next = `/api/v1/contracts/${renewal.json().id}`;
    expect((await get(owner, `${next}/rates`)).json().items).toMatchObject([
      { position: { id: engineer }, rateMinor: 9000, effectiveFrom: '2027-01-01' },
    ]);
    await post(owner, `${next}/submit`, { version: 1 });
    await post(approver, `${next}/decisions`, { version: 2, decision: 'approved' });
    await post(owner, `${next}/sign`, {
      version: 3,
      signedOn: '2026-11-27',
      signatories: [{ name: 'A', side: 'us' }],
    });
    expect((await get(owner, url)).json().status).toBe('renewed');
  });

  it('keeps blacklisted suppliers off contracts', async () => {
    const { owner } = await workspace();
    const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Risky Ltd' })).json();
    const body = {
      ...draft(''),
      partyType: 'supplier',
      clientId: undefined,
      supplierId: supplier.id,
    };
    expect((await post(owner, '/api/v1/contracts', body)).statusCode).toBe(201);
    await post(owner, `/api/v1/suppliers/${supplier.id}/status`, {
      version: 1,
      status: 'blacklisted',
      reason: 'Fraud',
    });
    expect((await post(owner, '/api/v1/contracts', body)).statusCode).toBe(422);
  });
});
