import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { useHarness } from '../../../test/harness.ts';
import { billWorld, CARL_WEEK_MINOR } from '../bills/bills.fixture.ts';

describe.each(dialects)('cash forecast on %s', (dialect) => {
  const h = useHarness(dialect);

  it('expects open invoices and approved bills in the weeks they fall due, from the bank balance', async () => {
    const w = await billWorld(h);
    await w.approvedWeek('2026-11-16');
    await w.carlsWeek('2026-11-16');
    // Issued on 27 November, due 30 days later (27 December, the week of 21 December).
    const [draft] = (await w.run(w.finance, '2026-11-22')).invoices;
    const invoice = await w.issue(draft as never, '2026-11-27');
    // Approved, due on 25 December (the bill day and the contract's 30 days): the same week.
    const bill = await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    // A payment received today puts money in the bank.
    await w.send(w.finance, 'POST', '/api/v1/finance/payments', {
      clientId: w.client.id,
      receivedOn: '2026-11-27',
      currency: 'CNY',
      amountMinor: 100_000,
      allocations: [{ invoiceId: invoice.id, amountMinor: 100_000 }],
    });
    const open = (await w.get(w.finance, `/api/v1/finance/invoices/${invoice.id}`)).json();

    const cash = (await w.get(w.finance, '/api/v1/finance/reports/cash-forecast')).json();
    expect(cash.weeks).toHaveLength(13);
    expect(cash.weeks[0].weekStart).toBe('2026-11-23');
    expect(cash.openingMinor).toBe(13_000);
    const due = cash.weeks.find((x: { weekStart: string }) => x.weekStart === '2026-12-21');
    expect(due).toMatchObject({
      receiptsMinor: open.baseOpenMinor,
      paymentsMinor: bill.baseTotalMinor,
      netMinor: open.baseOpenMinor - bill.baseTotalMinor,
    });
    expect(cash.weeks.at(-1).closingMinor).toBe(13_000 + open.baseOpenMinor - bill.baseTotalMinor);
    const others = cash.weeks.filter((x: { weekStart: string }) => x.weekStart !== '2026-12-21');
    expect(others.every((x: { netMinor: number }) => x.netMinor === 0)).toBe(true);

    const csv = await w.get(
      w.finance,
      '/api/v1/finance/reports/cash-forecast/export?format=csv&weeks=4',
    );
    expect(csv.body.trim().split('\n')).toHaveLength(5);
    expect(
      (await w.get(w.finance, '/api/v1/finance/reports/cash-forecast?weeks=27')).statusCode,
    ).toBe(400);
  });
});
