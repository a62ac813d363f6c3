import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { useHarness } from '../../../test/harness.ts';
import { ANNA_HOURLY } from '../../time/time.fixture.ts';
import { billWorld, CARL_WEEK_MINOR } from '../bills/bills.fixture.ts';
import { invoiceWorld } from '../invoices/invoices.fixture.ts';

type World = Awaited<ReturnType<typeof invoiceWorld>>;
type Row = { key: string; revenueMinor: number; labourCostMinor: number };

/** The P&L month by month from October to December 2026; today is 27 November. */
const byMonth = async (w: World) => {
  const res = await w.get(
    w.finance,
    '/api/v1/finance/reports/pnl?from=2026-10-01&to=2026-12-31&by=month',
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { rows: Row[]; totals: Row & { subcontractCostMinor: number } };
};
const revenues = (rows: Row[]) => rows.map((r) => [r.key, r.revenueMinor]);

type Source = { kind: string; day: string; label: string; amountMinor: number };
const sum = (items: Source[]) => items.reduce((a, i) => a + i.amountMinor, 0);
/** What one figure of the project's P&L over the same months is made of. */
const sources = async (w: World, figure: string) => {
  const res = await w.get(
    w.finance,
    `/api/v1/finance/reports/pnl/sources?from=2026-10-01&to=2026-12-31&projectId=${w.project.id}&figure=${figure}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  const { rows, totalMinor } = res.json();
  expect(sum(rows)).toBe(totalMinor);
  return rows as Source[];
};

/** A world whose contract bills by another model, Anna booked on it from October. */
async function billedBy(h: Parameters<typeof invoiceWorld>[0], contract: object) {
  const w = await invoiceWorld(h);
  await h.db.updateTable('contracts').set(contract).where('id', '=', w.contract.id).execute();
  await h.db.updateTable('assignments').set({ start_date: '2026-10-01' }).execute();
  return w;
}

describe.each(dialects)('revenue as each contract earns it, on %s', (dialect) => {
  const h = useHarness(dialect);

  it('earns a fixed price by percentage of completion, spread over the months by their cost, not by its hours', async () => {
    const w = await billedBy(h, { billing_model: 'fixed_price', value_minor: 1_000_000 });
    await w.approvedWeek('2026-10-19');
    await w.approvedWeek('2026-11-16');
    const progress = await w.baselinedTask('2026-10-01', '2026-12-31');
    await progress(50);

    // Half done: 500,000 yuan earned, at the contract's locked 0.13 in euros, half each month
    // since each took a week of Anna's time.
    const pnl = await byMonth(w);
    expect(revenues(pnl.rows)).toEqual([
      ['2026-10', 32_500],
      ['2026-11', 32_500],
    ]);
    expect(pnl.totals).toMatchObject({ revenueMinor: 65_000, labourCostMinor: 80 * ANNA_HOURLY });
    expect(await sources(w, 'revenue')).toMatchObject([
      {
        kind: 'completion',
        day: '2026-10',
        label: `${w.contract.number} 50.0%`,
        amountMinor: 32_500,
      },
      { kind: 'completion', day: '2026-11', amountMinor: 32_500 },
    ]);
    const labour = await sources(w, 'labour');
    expect(labour).toHaveLength(10);
    expect(labour[0]).toMatchObject({ kind: 'time', day: '2026-10-19', hours: 8 });
    expect(sum(labour)).toBe(pnl.totals.labourCostMinor);

    await progress(100);
    expect((await byMonth(w)).totals.revenueMinor).toBe(130_000);
  });

  it('earns a milestone’s amount in the month the client accepts it', async () => {
    const w = await billedBy(h, { billing_model: 'milestone' });
    await w.approvedWeek('2026-10-19');
    const url = `/api/v1/projects/${w.project.id}/milestones`;
    const [milestone] = (
      await w.send(w.owner, 'POST', url, {
        name: '数据迁移完成',
        dueDate: '2026-11-20',
        amountMinor: 450_000,
      })
    ).json();
    expect((await byMonth(w)).totals.revenueMinor).toBe(0);
    await w.send(w.owner, 'PATCH', `${url}/${milestone.id}`, {
      version: milestone.version,
      status: 'completed',
    });
    const pnl = await byMonth(w);
    expect(revenues(pnl.rows)).toEqual([
      ['2026-10', 0],
      ['2026-11', 58_500],
    ]);
    expect(pnl.rows[0]?.labourCostMinor).toBe(40 * ANNA_HOURLY);
    expect(await sources(w, 'revenue')).toEqual([
      {
        kind: 'milestone',
        day: '2026-11-27',
        label: '数据迁移完成',
        hours: null,
        amountMinor: 58_500,
      },
    ]);
  });

  it('earns a retainer’s block day by day over its period, up to today', async () => {
    const w = await billedBy(h, {
      billing_model: 'retainer',
      hour_block: 400,
      value_minor: 3_650_000,
      start_date: '2026-10-01',
      end_date: '2027-09-30',
    });
    await w.approvedWeek('2026-11-16');
    // A year's block: October's 31 days, then November's first 27.
    const pnl = await byMonth(w);
    expect(revenues(pnl.rows)).toEqual([
      ['2026-10', 310_000 * 0.13],
      ['2026-11', 270_000 * 0.13],
    ]);
    const items = await sources(w, 'revenue');
    expect(items.map((i) => [i.kind, i.day])).toEqual([
      ['retainer', '2026-10'],
      ['retainer', '2026-11'],
    ]);
    expect(sum(items)).toBe(pnl.totals.revenueMinor);
  });

  it('counts subcontracting at what the approved bill charges for the hours it matched', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    const before = (await byMonth(w)).totals.subcontractCostMinor;
    expect(before).toBe(CARL_WEEK_MINOR);
    const bill = await w.enter(w.owner, w.billBody('BT-7001', CARL_WEEK_MINOR + 10_000));
    expect((await byMonth(w)).totals.subcontractCostMinor).toBe(before);
    expect((await sources(w, 'subcontract')).map((i) => i.kind)).toEqual(Array(5).fill('time'));
    await w.approve(bill, 'Weekend call-out agreed by mail');
    expect((await byMonth(w)).totals.subcontractCostMinor).toBe(CARL_WEEK_MINOR + 10_000);
    const items = await sources(w, 'subcontract');
    expect(items.map((i) => i.kind)).toEqual(Array(5).fill('bill'));
    expect(items[0]?.label).toMatch(/^BILL-2026-\d{5} /);
    expect(sum(items)).toBe(CARL_WEEK_MINOR + 10_000);
    expect(await sources(w, 'labour')).toEqual([]);

    const url = '/api/v1/finance/reports/pnl/sources?from=2026-10-01&to=2026-12-31';
    expect((await w.get(w.finance, `${url}&figure=labour`)).statusCode).toBe(400);
    const mine = `${url}&figure=labour&projectId=${w.project.id}`;
    expect((await w.get(w.anna, mine)).statusCode).toBe(403);
  });
});
