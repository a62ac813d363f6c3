import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, dispatchEvents, signedIn, useHarness } from '../../../test/harness.ts';
import { postings } from '../invoices/invoices.fixture.ts';
import { billWorld, CARL_WEEK_MINOR } from './bills.fixture.ts';

describe.each(dialects)('supplier bills on %s', (dialect) => {
  const h = useHarness(dialect);
  const bills = '/api/v1/finance/supplier-bills';

  it('matches a bill with the worker’s approved hours at the contract’s rate and posts cost, input VAT and payable on approval', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    const bill = await w.enter(
      w.owner,
      w.billBody('BD-1001', CARL_WEEK_MINOR, undefined, [
        { kind: 'other', description: 'Travel to Shanghai', netMinor: 10_000 },
      ]),
    );
    expect(bill).toMatchObject({
      number: 'BILL-2026-00001',
      status: 'received',
      source: 'staff',
      currency: 'EUR',
      dueDate: '2026-12-25',
      netMinor: CARL_WEEK_MINOR + 10_000,
      taxMinor: Math.round((CARL_WEEK_MINOR + 10_000) * 0.06),
      needsReason: true,
      lines: [
        {
          kind: 'time',
          person: { name: 'Carl Worker' },
          expectedMinor: CARL_WEEK_MINOR,
          expectedHours: '40',
          varianceMinor: 0,
          varianceHours: '0',
          match: 'matched',
          entries: 5,
        },
        { kind: 'other', expectedMinor: null, match: 'unmatched', entries: 0 },
      ],
    });

    const url = `${bills}/${bill.id}`;
    // A line that matches nothing is approved only with a reason, and not by whoever entered it.
    const bare = await w.send(w.finance, 'POST', `${url}/approve`, { version: bill.version });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors).toHaveProperty(['body.reason']);
    const own = await w.send(w.owner, 'POST', `${url}/approve`, {
      version: bill.version,
      reason: 'Travel agreed by e-mail',
    });
    expect(own.statusCode).toBe(403);
    const stale = await w.send(w.finance, 'POST', `${url}/approve`, {
      version: bill.version + 1,
      reason: 'Travel agreed by e-mail',
    });
    expect(stale.statusCode).toBe(409);

    const approved = await w.approve(bill, 'Travel agreed by e-mail');
    expect(approved).toMatchObject({
      status: 'approved',
      fxRate: '1',
      baseTotalMinor: approved.totalMinor,
      decisionReason: 'Travel agreed by e-mail',
      held: false,
      holds: [],
    });
    expect(approved.releasedAt).not.toBeNull();
    const journal = (
      await w.get(w.finance, `/api/v1/finance/journals/${approved.journalId}`)
    ).json();
    expect(postings(journal).sort()).toEqual(
      [
        ['640102', approved.netMinor, 0],
        ['222102', approved.taxMinor, 0],
        ['2202', 0, approved.totalMinor],
      ].sort(),
    );
    // What we owe the supplier, by days past due: not yet due.
    const aging = (await w.get(w.finance, '/api/v1/finance/payables/aging')).json();
    expect(aging.rows).toMatchObject([
      {
        supplier: { name: 'Baltic Dev' },
        currentMinor: approved.totalMinor,
        totalMinor: approved.totalMinor,
      },
    ]);
    const csv = await w.get(w.finance, '/api/v1/finance/payables/aging/export?format=csv');
    expect(csv.body).toContain('"supplier","currency","current"');
    expect(csv.body).toContain(`"Baltic Dev","EUR","${(approved.totalMinor / 100).toFixed(2)}"`);
    const again = await w.send(w.finance, 'POST', `${url}/approve`, {
      version: approved.version,
      reason: 'twice',
    });
    expect(again.statusCode).toBe(422);
  });

  it('marks lines over or under beyond the tolerance, with the variance in money and hours', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16', [8, 8, 8, 8, 0, 0, 0]);
    const expected = 32 * 9_000;
    // 2% of 2,880.00 is 57.60: 57.60 more still matches, 57.61 more is over.
    const within = await w.enter(w.owner, w.billBody('BD-1', expected + 5_760));
    expect(within.lines[0]).toMatchObject({
      match: 'matched',
      varianceMinor: 5_760,
      varianceHours: '8',
    });
    await w.send(w.finance, 'POST', `${bills}/${within.id}/reject`, {
      version: within.version,
      reason: 'Billed 40 hours, 32 approved',
    });
    const over = await w.enter(w.owner, w.billBody('BD-2', expected + 5_761));
    expect(over.lines[0]).toMatchObject({ match: 'over', varianceMinor: 5_761 });
    await w.send(w.finance, 'POST', `${bills}/${over.id}/reject`, {
      version: over.version,
      reason: 'Over',
    });
    const under = await w.enter(w.owner, w.billBody('BD-3', expected - 10_000));
    expect(under.lines[0]).toMatchObject({ match: 'under', varianceMinor: -10_000 });
  });

  it('matches an entry once while unreleased; rejecting a bill frees its entries, and the database refuses a second match', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    const first = await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR));
    const second = await w.enter(w.owner, w.billBody('BD-2', CARL_WEEK_MINOR));
    expect(second.lines[0]).toMatchObject({ expectedMinor: 0, match: 'over', entries: 0 });

    const rejected = await w.send(w.finance, 'POST', `${bills}/${first.id}/reject`, {
      version: first.version,
      reason: 'Wrong bank account on the bill',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      decisionReason: 'Wrong bank account on the bill',
    });
    const third = await w.enter(w.owner, w.billBody('BD-3', CARL_WEEK_MINOR));
    expect(third.lines[0]).toMatchObject({ match: 'matched', entries: 5 });

    const taken = await h.db
      .selectFrom('bill_matches')
      .selectAll()
      .where('bill_id', '=', third.id)
      .executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto('bill_matches')
        .values({ ...taken, id: crypto.randomUUID(), bill_id: second.id })
        .execute(),
    ).rejects.toThrow();
  });

  it('matches a fee line with its item of the supplier contract’s fee schedule, once', async () => {
    const w = await billWorld(h);
    await h.db
      .updateTable('contracts')
      .set({
        fee_schedule: JSON.stringify([
          { date: '2026-11-01', amountMinor: 500_000, label: 'Onboarding of the team' },
        ]),
      })
      .where('id', '=', w.supplierContract.id)
      .execute();
    const feeBill = (reference: string, netMinor: number, label = 'Onboarding of the team') => ({
      ...w.billBody(reference, 0),
      lines: [{ kind: 'fee', item: { date: '2026-11-01', label }, netMinor }],
    });
    const first = await w.enter(w.owner, feeBill('BD-F1', 500_000));
    expect(first.lines[0]).toMatchObject({
      kind: 'fee',
      description: '2026-11-01 Onboarding of the team',
      expectedMinor: 500_000,
      match: 'matched',
      entries: 1,
    });
    expect(first.needsReason).toBe(false);
    const again = await w.enter(w.owner, feeBill('BD-F2', 500_000));
    expect(again.lines[0]).toMatchObject({ expectedMinor: 0, match: 'over', entries: 0 });
    const unknown = await w.send(
      w.owner,
      'POST',
      '/api/v1/finance/supplier-bills',
      feeBill('BD-F3', 1, 'Nothing'),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toHaveProperty(['body.lines.0.item']);
    // Approved, a fee bill waits for no hours: released at once even under pay when paid.
    await w.setRelease('client_payment');
    expect(await w.approve(first)).toMatchObject({ held: false, holds: [] });
  });

  it('refuses what cannot be a bill and changes nothing', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    const refused = async (body: object, field: string) => {
      const res = await w.send(w.owner, 'POST', bills, body);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(Object.keys(res.json().errors ?? {}).join()).toContain(field);
    };
    await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR));
    await refused(w.billBody('BD-1', 1_000, ['2026-11-23', '2026-11-29']), 'supplierReference');
    await refused({ ...w.billBody('BD-2', 1_000), contractId: w.contract.id }, 'contractId');
    await refused(
      {
        ...w.billBody('BD-2', 1_000),
        lines: [{ kind: 'time', personId: w.annaPerson.id, hours: '8', netMinor: 1 }],
      },
      'lines.0.personId',
    );
    await refused(w.billBody('BD-2', 1_000, ['2026-11-22', '2026-11-16']), 'periodTo');
    await refused(w.billBody('BD-2', 0), 'lines');
    const listed = (await w.get(w.finance, bills)).json();
    expect(listed.items.map((b: { supplierReference: string }) => b.supplierReference)).toEqual([
      'BD-1',
    ]);
  });

  it('holds a pay-when-accepted bill until the client accepts the deliverable the work led to', async () => {
    const w = await billWorld(h);
    await w.setRelease('client_acceptance');
    await w.carlsWeek('2026-11-16');
    const url = `/api/v1/projects/${w.project.id}`;
    const [earlier] = (
      await w.send(w.owner, 'POST', `${url}/deliverables`, {
        name: '需求说明书',
        acceptanceCriteria: '客户签字',
        dueDate: '2026-11-10',
      })
    ).json();
    expect(earlier).toBeTruthy();
    const [design] = (
      await w.send(w.owner, 'POST', `${url}/deliverables`, {
        name: '系统设计',
        acceptanceCriteria: '客户架构师签字',
        dueDate: '2026-11-30',
      })
    )
      .json()
      .filter((d: { name: string }) => d.name === '系统设计');
    const approved = await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    expect(approved).toMatchObject({
      held: true,
      releasedAt: null,
      holds: [{ kind: 'client_acceptance', name: '系统设计', since: approved.decidedAt }],
    });
    expect((await w.get(w.finance, `${bills}?held=true`)).json().items).toHaveLength(1);
    expect(
      (await w.send(w.finance, 'POST', '/api/v1/finance/payment-runs', { dueBy: '2027-12-31' }))
        .statusCode,
    ).toBe(422);

    const reviewer = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'client_portal' });
    await bindParty(h, reviewer, { type: 'client', id: w.client.id });
    const submitted = (
      await w.send(w.owner, 'POST', `${url}/deliverables/${design.id}/submit`, {
        version: design.version,
        note: 'v1.0',
      })
    )
      .json()
      .find((d: { id: string }) => d.id === design.id);
    const decided = await w.send(
      reviewer,
      'POST',
      `/api/v1/client-portal/deliverables/${design.id}/decisions`,
      {
        version: submitted.version,
        decision: 'accepted',
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    await dispatchEvents(h);
    const released = (await w.get(w.finance, `${bills}/${approved.id}`)).json();
    expect(released).toMatchObject({ held: false, holds: [] });
    expect(released.releasedAt).not.toBeNull();
  });

  it('holds a pay-when-paid bill until the client paid the invoice that billed the same hours', async () => {
    const w = await billWorld(h);
    await w.setRelease('client_payment');
    await w.carlsWeek('2026-11-16');
    const approved = await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    expect(approved.holds).toMatchObject([{ kind: 'not_invoiced', name: null }]);

    const [draft] = (await w.run(w.finance, '2026-11-22')).invoices;
    const invoice = await w.issue(draft as never, '2026-11-26');
    const waiting = (await w.get(w.finance, `${bills}/${approved.id}`)).json();
    expect(waiting.holds).toMatchObject([{ kind: 'client_payment', name: invoice.number }]);
    // The supplier sees that it waits for the client's payment, not which invoice.
    const portal = (
      await w.get(w.supplierManager, `/api/v1/supplier-portal/bills/${approved.id}`)
    ).json();
    expect(portal.holds).toMatchObject([{ kind: 'client_payment', name: null }]);

    const half = Math.floor(invoice.totalMinor / 2);
    const pay = (amountMinor: number) =>
      w.send(w.finance, 'POST', '/api/v1/finance/payments', {
        clientId: w.client.id,
        receivedOn: '2026-11-27',
        currency: 'CNY',
        amountMinor,
        allocations: [{ invoiceId: invoice.id, amountMinor }],
      });
    expect((await pay(half)).statusCode).toBe(201);
    await dispatchEvents(h);
    expect((await w.get(w.finance, `${bills}/${approved.id}`)).json()).toMatchObject({
      held: true,
    });
    expect((await pay(invoice.totalMinor - half)).statusCode).toBe(201);
    await dispatchEvents(h);
    expect((await w.get(w.finance, `${bills}/${approved.id}`)).json()).toMatchObject({
      held: false,
      holds: [],
    });
  });
});
