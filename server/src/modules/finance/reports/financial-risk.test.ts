import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { runJob, useHarness } from '../../../test/harness.ts';
import { CLIENT_DAY_RATE } from '../../time/time.fixture.ts';
import { billWorld, CARL_WEEK_MINOR } from '../bills/bills.fixture.ts';

describe.each(dialects)('financial risk on %s', (dialect) => {
  const h = useHarness(dialect);

  it('shows open foreign-currency items at booked and today’s rates, and each client’s share of revenue', async () => {
    const w = await billWorld(h);
    // The workspace keeps its books in euros; the client is billed in yuan at the locked 0.13.
    await w.approvedWeek('2026-11-16');
    await w.carlsWeek('2026-11-16');
    const [draft] = (await w.run(w.finance, '2026-11-22')).invoices;
    const invoice = await w.issue(draft as never, '2026-11-27');
    await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    // The yuan is worth more today than when the contract locked its rate.
    await w.send(w.owner, 'PUT', '/api/v1/exchange-rates', {
      currency: 'CNY',
      day: '2026-11-27',
      rate: '0.14',
    });

    const risk = (await w.get(w.finance, '/api/v1/finance/reports/risk')).json();
    expect(risk.currency).toBe('EUR');
    // The supplier's bill is in euros, the base: no exposure; the invoice is in yuan.
    expect(risk.fxExposure).toEqual([
      {
        currency: 'CNY',
        receivableMinor: invoice.totalMinor,
        payableMinor: 0,
        netMinor: invoice.totalMinor,
        receivableBookedMinor: invoice.baseTotalMinor,
        payableBookedMinor: 0,
        bookedMinor: invoice.baseTotalMinor,
        rate: '0.14',
        todayMinor: Math.round(invoice.totalMinor * 0.14),
        unrealisedMinor: Math.round(invoice.totalMinor * 0.14) - invoice.baseTotalMinor,
      },
    ]);
    expect(risk.concentration).toMatchObject([
      {
        client: { id: w.client.id },
        revenueMinor: Math.round(invoice.netMinor * 0.13),
        sharePercent: 100,
      },
    ]);
    expect(risk.marginAtRisk).toEqual([]);
    expect((await w.get(w.carl, '/api/v1/finance/reports/risk')).statusCode).toBe(403);
  });

  it('lists a project whose estimate at completion leaves less margin than the floor', async () => {
    const w = await billWorld(h);
    const url = `/api/v1/projects/${w.project.id}`;
    const progress = await w.baselinedTask('2026-11-23', '2026-12-04');
    // A week of cost for one percent of the work: at this pace the project costs a hundred weeks.
    await progress(1);
    await w.approvedWeek('2026-11-23');
    const { evm } = (await w.get(w.owner, `${url}/earned-value`)).json();
    const risk = (await w.get(w.finance, '/api/v1/finance/reports/risk')).json();
    expect(risk.marginAtRisk).toEqual([
      {
        project: { id: w.project.id, number: w.project.number, name: w.project.name },
        currency: 'CNY',
        contractValueMinor: 50_000_000,
        eacMinor: evm.eac,
        marginPercent: Math.round(((50_000_000 - evm.eac) / 50_000_000) * 1000) / 10,
      },
    ]);
    expect(risk.marginAtRisk[0].marginPercent).toBeLessThan(risk.marginFloorPercent);
    // Anna's approved week is work done and not yet invoiced, at its fixed price.
    expect(risk.unbilledWork).toEqual([
      {
        project: { id: w.project.id, number: w.project.number, name: w.project.name },
        hours: 40,
        amountMinor: Math.round(5 * CLIENT_DAY_RATE * 0.13),
        oldestDay: '2026-11-23',
      },
    ]);

    // The daily alerts tell the project manager and finance, once this month.
    expect(await runJob(h, 'finance.risk-alerts')).toBe(1);
    await w.issue((await w.run(w.finance, '2026-11-29')).invoices[0] as never, '2026-11-27');
    const client = (await w.get(w.owner, `/api/v1/clients/${w.client.id}`)).json();
    await w.send(w.owner, 'PATCH', `/api/v1/clients/${w.client.id}`, {
      version: client.version,
      creditLimitMinor: 100,
    });
    // Once the bank owes more than its limit, finance hears of that too.
    expect(await runJob(h, 'finance.risk-alerts')).toBe(2);
    const kinds = async (userId: string) =>
      (
        await h.db
          .selectFrom('notifications')
          .select('kind')
          .where('user_id', '=', userId)
          .execute()
      )
        .map((n) => n.kind)
        .sort();
    expect(await kinds(w.finance.userId)).toEqual(['client.over_limit', 'project.margin_at_risk']);
    expect(await kinds(w.owner.userId)).toContain('project.margin_at_risk');
    // Invoiced, the week is no longer unbilled.
    expect((await w.get(w.finance, '/api/v1/finance/reports/risk')).json().unbilledWork).toEqual(
      [],
    );
  });
});
