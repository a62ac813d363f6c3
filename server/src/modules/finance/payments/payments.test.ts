import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { invoiceWorld, postings } from '../invoices/invoices.fixture.ts';

describe.each(dialects)('payments received on %s', (dialect) => {
  const h = useHarness(dialect);

  /** An issued invoice of ¥31,800.00 booked at the contract's 0.13 (€4,134.00); CNY is at 0.14 on the day it is paid. */
  async function paidWorld() {
    const w = await invoiceWorld(h);
    await w.send(w.owner, 'PUT', '/api/v1/exchange-rates', {
      currency: 'CNY',
      day: '2026-11-25',
      rate: '0.14',
    });
    await w.approvedWeek('2026-11-23');
    const [draft] = (await w.run(w.finance, '2026-11-29')).invoices;
    const invoice = await w.issue(draft as never);
    const pay = (body: object) =>
      w.send(w.finance, 'POST', '/api/v1/finance/payments', {
        clientId: w.client.id,
        currency: 'CNY',
        ...body,
      });
    const invoiceNow = async (id = invoice.id) =>
      (await w.get(w.finance, `/api/v1/finance/invoices/${id}`)).json();
    const journal = async (id: string) =>
      (await w.get(w.finance, `/api/v1/finance/journals/${id}`)).json();
    /** The receivables account's balance in base, and what the issued invoices leave open. */
    const receivables = async () =>
      (await w.get(w.finance, '/api/v1/finance/trial-balance'))
        .json()
        .rows.find((r: { account: { code: string } }) => r.account.code === '1122')?.closingMinor ??
      0;
    return { ...w, invoice, pay, invoiceNow, journal, receivables };
  }

  it('a partial payment at another rate books its exchange gain and never marks the invoice paid', async () => {
    const w = await paidWorld();
    expect(w.invoice).toMatchObject({
      totalMinor: 3_180_000,
      settlement: 'open',
      balanceMinor: 3_180_000,
    });
    const partial = await w.pay({
      receivedOn: '2026-11-27',
      amountMinor: 1_000_000,
      reference: 'HX-20261202-01',
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 1_000_000 }],
    });
    expect(partial.statusCode, partial.body).toBe(201);
    expect(partial.json()).toMatchObject({
      number: 'RCV-2026-00001',
      fxRate: '0.14',
      baseAmountMinor: 140_000,
      unallocatedMinor: 0,
      allocations: [{ amountMinor: 1_000_000, baseMinor: 130_000, fxDifferenceMinor: 10_000 }],
    });
    // ¥10,000.00 arrives as €1,400.00 and closes €1,300.00 of receivables: €100.00 gained.
    expect(postings(await w.journal(partial.json().journalId))).toEqual([
      ['1002', 140_000, 0],
      ['1122', 0, 130_000],
      ['6061', 0, 10_000],
    ]);
    expect(await w.invoiceNow()).toMatchObject({
      settlement: 'partially_paid',
      paidMinor: 1_000_000,
      balanceMinor: 2_180_000,
    });
    expect(await w.receivables()).toBe(413_400 - 130_000);

    // More than is owed, or than the payment holds, is refused and changes nothing.
    const over = await w.pay({
      receivedOn: '2026-11-27',
      amountMinor: 5_000_000,
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 2_180_001 }],
    });
    expect(over.statusCode).toBe(422);
    const beyond = await w.pay({
      receivedOn: '2026-11-27',
      amountMinor: 100,
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 200 }],
    });
    expect(beyond.statusCode).toBe(422);
    expect((await w.invoiceNow()).paidMinor).toBe(1_000_000);

    // The rest and more: the invoice is paid to the cent, the surplus is the client's credit.
    const rest = await w.pay({
      receivedOn: '2026-11-27',
      amountMinor: 2_500_000,
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 2_180_000 }],
    });
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json()).toMatchObject({ number: 'RCV-2026-00002', unallocatedMinor: 320_000 });
    expect(await w.invoiceNow()).toMatchObject({ settlement: 'paid', balanceMinor: 0 });
    // Receivables close exactly: what the invoice booked, less both allocations.
    expect(await w.receivables()).toBe(0);
    expect(postings(await w.journal(rest.json().journalId))).toEqual([
      ['1002', 350_000, 0],
      ['1122', 0, 283_400],
      ['2203', 0, 44_800],
      ['6061', 0, 21_800],
    ]);
    const credits = (
      await w.get(w.finance, `/api/v1/finance/payments?clientId=${w.client.id}&unallocated=true`)
    ).json().items;
    expect(credits.map((p: { number: string }) => p.number)).toEqual(['RCV-2026-00002']);
  });

  it('applies a credit balance to the next invoice on the version read', async () => {
    const w = await paidWorld();
    const advance = await w.pay({ receivedOn: '2026-11-27', amountMinor: 5_000_000 });
    expect(advance.statusCode, advance.body).toBe(201);
    // All of it waits on advances received.
    expect(postings(await w.journal(advance.json().journalId))).toEqual([
      ['1002', 700_000, 0],
      ['2203', 0, 700_000],
    ]);
    const apply = (version: number, amountMinor: number) =>
      w.send(w.finance, 'POST', `/api/v1/finance/payments/${advance.json().id}/allocations`, {
        version,
        allocatedOn: '2026-11-27',
        allocations: [{ invoiceId: w.invoice.id, amountMinor }],
      });
    const applied = await apply(advance.json().version, 3_180_000);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({
      allocatedMinor: 3_180_000,
      unallocatedMinor: 1_820_000,
    });
    const allocation = applied.json().allocations[0];
    expect(postings(await w.journal(allocation.journalId))).toEqual([
      ['2203', 445_200, 0],
      ['1122', 0, 413_400],
      ['6061', 0, 31_800],
    ]);
    expect((await apply(advance.json().version, 1)).statusCode).toBe(409);
    expect((await w.invoiceNow()).settlement).toBe('paid');
    expect((await apply(applied.json().version, 1)).statusCode).toBe(422);
  });

  it('a credit note may take more than is owed: the client is owed back, the invoice reads credited', async () => {
    const w = await paidWorld();
    await w.pay({
      receivedOn: '2026-11-27',
      amountMinor: 1_000_000,
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 1_000_000 }],
    });
    // Paid in part, then credited in full: the client is owed back what it paid.
    const note = await w.send(
      w.finance,
      'POST',
      `/api/v1/finance/invoices/${w.invoice.id}/credit-notes`,
      { version: (await w.invoiceNow()).version, reason: 'Wrong grade' },
    );
    expect(note.statusCode, note.body).toBe(201);
    await w.issue(note.json());
    expect(await w.invoiceNow()).toMatchObject({
      settlement: 'credited',
      paidMinor: 1_000_000,
      creditedMinor: 3_180_000,
      balanceMinor: -1_000_000,
    });
    // Receivables show it: a credit of what was paid, at the invoice's rate.
    expect(await w.receivables()).toBe(-130_000);
    // Nothing more can be paid to it.
    const more = await w.pay({
      receivedOn: '2026-11-27',
      amountMinor: 100,
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 100 }],
    });
    expect(more.statusCode).toBe(422);
  });

  it('keeps payments from members, portals and other workspaces, and refuses bad input', async () => {
    const w = await paidWorld();
    const made = await w.pay({ receivedOn: '2026-11-27', amountMinor: 100 });
    for (const s of [w.anna, w.supplierManager] as Session[]) {
      expect((await w.get(s, '/api/v1/finance/payments')).statusCode).toBe(403);
    }
    const stranger = await signedIn(h, { role: 'owner' });
    expect((await w.get(stranger, `/api/v1/finance/payments/${made.json().id}`)).statusCode).toBe(
      404,
    );
    const strangerPays = await w.send(stranger, 'POST', '/api/v1/finance/payments', {
      clientId: w.client.id,
      currency: 'CNY',
      receivedOn: '2026-11-27',
      amountMinor: 100,
    });
    expect(strangerPays.statusCode).toBe(422);
    for (const bad of [
      { amountMinor: -5 },
      { amountMinor: 1.5 },
      { currency: 'XXX' },
      { receivedOn: 'tomorrow' },
      {
        allocations: [
          { invoiceId: w.invoice.id, amountMinor: 1 },
          { invoiceId: w.invoice.id, amountMinor: 1 },
        ],
      },
    ]) {
      const res = await w.pay({ receivedOn: '2026-11-27', amountMinor: 100, ...bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const early = await w.pay({ receivedOn: '2027-01-01', amountMinor: 100 });
    expect(early.statusCode).toBe(422);
    // No rate for the day: a clear refusal.
    const noRate = await w.pay({ currency: 'USD', receivedOn: '2026-11-27', amountMinor: 100 });
    expect(noRate.statusCode).toBe(422);
  });
});
