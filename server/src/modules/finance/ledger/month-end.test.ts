import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { useHarness } from '../../../test/harness.ts';
import { CLIENT_DAY_RATE } from '../../time/time.fixture.ts';
import { invoiceWorld, postings } from '../invoices/invoices.fixture.ts';

/** A week of Anna's at the client's day rate, in base (EUR) at the rate approval fixed. */
const WEEK_BASE = 5 * CLIENT_DAY_RATE * 0.13;

describe.each(dialects)('month-end accruals on %s', (dialect) => {
  const h = useHarness(dialect);

  it('accrues unbilled work and revalues foreign receivables on the month’s last day, reversed on the next month’s first, once', async () => {
    const w = await invoiceWorld(h);
    // Anna was on the project from October.
    await h.db
      .updateTable('assignments')
      .set({ start_date: '2026-10-01' })
      .where('person_id', '=', w.annaPerson.id)
      .execute();
    await w.approvedWeek('2026-10-19');
    await w.approvedWeek('2026-10-26');
    // The first week invoiced and issued in October at the contract's locked 0.13.
    const [draft] = (await w.run(w.finance, '2026-10-25')).invoices;
    const issued = await w.issue(draft as never, '2026-10-28');
    // The yuan is worth more at the month's end.
    await w.send(w.owner, 'PUT', '/api/v1/exchange-rates', {
      currency: 'CNY',
      day: '2026-10-31',
      rate: '0.14',
    });
    const url = '/api/v1/finance/periods/2026-10/accruals';
    const early = await w.send(w.finance, 'POST', '/api/v1/finance/periods/2026-11/accruals');
    expect(early.statusCode).toBe(422);
    expect((await w.send(w.anna, 'POST', url)).statusCode).toBe(403);

    const res = await w.send(w.finance, 'POST', url);
    expect(res.statusCode, res.body).toBe(200);
    const [wip, fx] = res.json().journals;
    // The second week is earned and not invoiced: revenue against contract assets.
    expect(wip).toMatchObject({ postedOn: '2026-10-31', sourceType: 'month_end' });
    expect(postings(wip)).toEqual([
      ['1141', WEEK_BASE, 0],
      ['6001', 0, WEEK_BASE],
    ]);
    // The open invoice, booked at 0.13, is worth its yuan at 0.14: an unrealised gain.
    const gain = Math.round(issued.totalMinor * 0.14) - Math.round(issued.totalMinor * 0.13);
    expect(postings(fx)).toEqual([
      ['1122', gain, 0],
      ['6061', 0, gain],
    ]);
    const reversals = (
      await w.get(w.finance, '/api/v1/finance/journals?sourceType=reversal')
    ).json().items;
    expect(reversals).toHaveLength(2);
    expect(reversals.map((r: { postedOn: string }) => r.postedOn)).toEqual([
      '2026-11-01',
      '2026-11-01',
    ]);
    const reversed = await Promise.all(
      reversals.map(async (r: { id: string }) =>
        postings((await w.get(w.finance, `/api/v1/finance/journals/${r.id}`)).json()),
      ),
    );
    expect(reversed.flat().sort()).toEqual(
      [...postings(wip), ...postings(fx)].map(([code, dr, cr]) => [code, cr, dr]).sort(),
    );

    // Once per month.
    expect((await w.send(w.finance, 'POST', url)).statusCode).toBe(409);
  });

  it('brings a fixed-price contract’s revenue to its percentage of completion beyond the fees invoiced', async () => {
    const w = await invoiceWorld(h);
    await h.db
      .updateTable('contracts')
      .set({
        billing_model: 'fixed_price',
        value_minor: 1_000_000,
        fee_schedule: JSON.stringify([
          { date: '2026-10-15', amountMinor: 300_000, label: 'Kick-off' },
        ]),
      })
      .where('id', '=', w.contract.id)
      .execute();
    const [draft] = (await w.run(w.finance, '2026-10-31')).invoices;
    await w.issue(draft as never, '2026-10-20');
    // Half the baselined work is done: half the value is earned, 300,000 of it invoiced.
    await (await w.baselinedTask('2026-10-01', '2026-12-31'))(50);

    const res = await w.send(w.finance, 'POST', '/api/v1/finance/periods/2026-10/accruals');
    expect(res.statusCode, res.body).toBe(200);
    const [poc] = res.json().journals;
    // 200,000 yuan earned and not invoiced, in euros at the contract's locked 0.13.
    expect(postings(poc)).toEqual([
      ['1141', 26_000, 0],
      ['6001', 0, 26_000],
    ]);
  });

  it('defers the part of a retainer block billed ahead that its period has not yet run', async () => {
    const w = await invoiceWorld(h);
    await h.db
      .updateTable('contracts')
      .set({
        billing_model: 'retainer',
        hour_block: 400,
        value_minor: 3_650_000,
        start_date: '2026-10-01',
        end_date: '2027-09-30',
      })
      .where('id', '=', w.contract.id)
      .execute();
    const [draft] = (await w.run(w.finance, '2026-10-15')).invoices;
    await w.issue(draft as never, '2026-10-15');
    const res = await w.send(w.finance, 'POST', '/api/v1/finance/periods/2026-10/accruals');
    expect(res.statusCode, res.body).toBe(200);
    const [deferred] = res.json().journals;
    // A year's block billed in October: 334 of its 365 days are still to run at October's end.
    const unearned = Math.round(3_650_000 * (334 / 365) * 0.13);
    expect(postings(deferred)).toEqual([
      ['6001', unearned, 0],
      ['2203', 0, unearned],
    ]);
  });
});
