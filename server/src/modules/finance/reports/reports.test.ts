import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { useHarness } from '../../../test/harness.ts';
import { ANNA_HOURLY, CARL_HOURLY, CLIENT_DAY_RATE, row } from '../../time/time.fixture.ts';
import { invoiceWorld } from '../invoices/invoices.fixture.ts';

describe.each(dialects)('profit and loss on %s', (dialect) => {
  const h = useHarness(dialect);

  it('sums revenue, labour and subcontract cost from the approved entries, by project, client and month', async () => {
    const w = await invoiceWorld(h);
    // Anna: five days of eight hours in November; Carl, a supplier worker: 30 November and two
    // days of December.
    await w.approvedWeek('2026-11-23');
    await w.send(w.carl, 'PUT', '/api/v1/time/weeks/2026-11-30', {
      rows: [row(w.project.id, [8, 8, 8, 0, 0, 0, 0])],
    });
    await w.send(w.carl, 'POST', '/api/v1/time/weeks/2026-11-30/submit');
    const [sheet] = (await w.get(w.supplierManager, '/api/v1/timesheets/inbox')).json().items;
    const first = await w.send(
      w.supplierManager,
      'POST',
      `/api/v1/timesheets/${sheet.id}/decisions`,
      {
        decision: 'approved',
        version: sheet.version,
      },
    );
    await w.send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: first.json().version,
    });
    const pnl = async (query: string) =>
      (await w.get(w.finance, `/api/v1/finance/reports/pnl?${query}`)).json();

    const byProject = await pnl('from=2026-11-01&to=2026-12-31');
    // The project's own time page sums the same entries.
    const time = (await w.get(w.owner, `/api/v1/projects/${w.project.id}/time`)).json().totals;
    expect(byProject.rows).toHaveLength(1);
    const project = byProject.rows[0];
    expect(project).toMatchObject({
      key: w.project.id,
      revenueMinor: time.billBaseMinor,
      hours: 64,
    });
    expect(project.labourCostMinor + project.subcontractCostMinor).toBe(time.costBaseMinor);
    // Anna costs €70.00 an hour, Carl €90.00; both bill ¥6,000.00 a day at 0.13.
    expect(project.labourCostMinor).toBe(40 * ANNA_HOURLY);
    expect(project.subcontractCostMinor).toBe(24 * CARL_HOURLY);
    expect(project.revenueMinor).toBe(8 * CLIENT_DAY_RATE * 0.13);
    expect(project.grossMarginMinor).toBe(
      project.revenueMinor - 40 * ANNA_HOURLY - 24 * CARL_HOURLY,
    );
    expect(project.marginPercent).toBe(
      ((project.grossMarginMinor * 100) / project.revenueMinor).toFixed(1),
    );
    expect(byProject.totals).toMatchObject({ revenueMinor: project.revenueMinor });

    const byMonth = await pnl('from=2026-11-01&to=2026-12-31&by=month');
    expect(
      byMonth.rows.map((r: { key: string; labourCostMinor: number }) => [r.key, r.labourCostMinor]),
    ).toEqual([
      ['2026-11', 40 * ANNA_HOURLY],
      ['2026-12', 0],
    ]);
    const byClient = await pnl('from=2026-11-01&to=2026-11-30&by=client');
    expect(byClient.rows).toMatchObject([
      { key: w.client.id, label: '华信银行', subcontractCostMinor: 8 * CARL_HOURLY, hours: 48 },
    ]);
    expect((await pnl('from=2027-01-01&to=2027-01-31')).rows).toEqual([]);
    const other = crypto.randomUUID();
    expect((await pnl(`from=2026-11-01&to=2026-12-31&projectId=${other}`)).rows).toEqual([]);
    expect(
      (await pnl(`from=2026-11-01&to=2026-12-31&projectId=${w.project.id}`)).totals.revenueMinor,
    ).toBe(project.revenueMinor);

    // The table as CSV: the same figures in major units.
    const csv = await w.get(
      w.finance,
      '/api/v1/finance/reports/pnl/export?from=2026-11-01&to=2026-12-31&format=csv',
    );
    expect(csv.headers['content-disposition']).toMatch(/pnl-\d{4}-\d{2}-\d{2}\.csv/);
    const [header, row1] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe(
      '"key","label","hours","currency","revenue","labourCost","subcontractCost","expenses","grossMargin","marginPercent"',
    );
    expect(row1).toContain(`"64","EUR","${(project.revenueMinor / 100).toFixed(2)}"`);
    const bad = await w.get(w.finance, '/api/v1/finance/reports/pnl?from=2026-12-01&to=2026-11-01');
    expect(bad.statusCode).toBe(400);
    expect(
      (await w.get(w.anna, '/api/v1/finance/reports/pnl?from=2026-11-01&to=2026-11-30')).statusCode,
    ).toBe(403);
  });

  it('shows days sales outstanding month by month from the ledger', async () => {
    const w = await invoiceWorld(h);
    await w.approvedWeek('2026-11-16');
    const [draft] = (await w.run(w.finance)).invoices;
    const invoice = await w.issue(draft as never, '2026-11-20');
    const trend = (await w.get(w.finance, '/api/v1/finance/reports/dso?months=3')).json();
    const revenue = Math.round(invoice.netMinor * 0.13);
    expect(trend.months).toMatchObject([
      { month: '2026-09', receivablesMinor: 0, revenueMinor: 0, dso: null },
      { month: '2026-10', receivablesMinor: 0, revenueMinor: 0, dso: null },
      {
        month: '2026-11',
        receivablesMinor: invoice.baseTotalMinor,
        revenueMinor: revenue,
        // September to today, the 27th of November.
        days: 88,
        dso: Math.round((invoice.baseTotalMinor / revenue) * 88 * 10) / 10,
      },
    ]);
    expect((await w.get(w.finance, '/api/v1/finance/reports/dso?months=40')).statusCode).toBe(400);
  });
});
