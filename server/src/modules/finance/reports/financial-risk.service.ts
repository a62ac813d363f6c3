import type { Executor } from '../../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { convertMinor } from '../../../platform/money.ts';
import { clientName } from '../../clients/index.ts';
import { clientContractOf } from '../../contracts/index.ts';
import {
  listProjects,
  projectEvm,
  projectHeadings,
  projectsWithContract,
} from '../../projects/index.ts';
import { getSettingsRow, rateToBase } from '../../settings/index.ts';
import { approvedEntries } from '../../time/index.ts';
import { alreadyBilled } from '../invoices/invoice-lines.ts';
import { balanceOf } from '../invoices/settlement.ts';

type Open = {
  currency: string;
  receivableMinor: number;
  payableMinor: number;
  bookedMinor: number;
};

/**
 * Open receivables and payables in each currency other than base: what they are in their
 * currency, what they were booked at in base, what they are worth at today's rate, and the
 * difference a revaluation today would show (unrealised gain positive).
 */
async function fxExposure(db: Executor, workspaceId: string, base: string, today: string) {
  const open = new Map<string, Open>();
  const at = (currency: string) => {
    const o = open.get(currency) ?? {
      currency,
      receivableMinor: 0,
      payableMinor: 0,
      bookedMinor: 0,
    };
    open.set(currency, o);
    return o;
  };
  const invoices = await db
    .selectFrom('invoices')
    .select(['currency', 'kind', 'status', 'total_minor', 'paid_minor', 'credited_minor'])
    .select(['written_off_minor', 'due_date', 'base_open_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('currency', '<>', base)
    .where('base_open_minor', '<>', 0)
    .execute();
  for (const i of invoices) {
    const o = at(i.currency);
    o.receivableMinor += balanceOf(i);
    o.bookedMinor += i.base_open_minor ?? 0;
  }
  const bills = await db
    .selectFrom('supplier_bills')
    .select(['currency', 'total_minor', 'base_total_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'approved')
    .where('currency', '<>', base)
    .execute();
  for (const b of bills) {
    const o = at(b.currency);
    o.payableMinor += b.total_minor;
    o.bookedMinor -= b.base_total_minor ?? 0;
  }
  const rows = [];
  for (const o of open.values()) {
    const rate = await rateToBase(db, workspaceId, o.currency, today);
    const netMinor = o.receivableMinor - o.payableMinor;
    const todayMinor = rate ? convertMinor(netMinor, o.currency, base, rate.rate) : null;
    rows.push({
      ...o,
      netMinor,
      rate: rate?.rate ?? null,
      todayMinor,
      unrealisedMinor: todayMinor === null ? null : todayMinor - o.bookedMinor,
    });
  }
  return rows.sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Revenue invoiced per client over the last year, net of credit notes, and its share. */
async function concentration(db: Executor, workspaceId: string, base: string, today: string) {
  const rows = await db
    .selectFrom('invoices')
    .select(['client_id', 'net_minor', 'currency', 'fx_rate'])
    .select((eb) => clientName(db, eb.ref('invoices.client_id')).as('client_name'))
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'issued')
    .where('issue_date', '>', addDays(today, -365))
    .execute();
  const byClient = new Map<
    string,
    { client: { id: string; name: string }; revenueMinor: number }
  >();
  for (const r of rows) {
    const c = byClient.get(r.client_id) ?? {
      client: { id: r.client_id, name: r.client_name ?? '' },
      revenueMinor: 0,
    };
    c.revenueMinor += convertMinor(r.net_minor, r.currency, base, r.fx_rate ?? '1');
    byClient.set(r.client_id, c);
  }
  const total = [...byClient.values()].reduce((s, c) => s + c.revenueMinor, 0);
  return [...byClient.values()]
    .sort((a, b) => b.revenueMinor - a.revenueMinor)
    .map((c) => ({
      ...c,
      sharePercent: total > 0 ? Math.round((c.revenueMinor / total) * 1000) / 10 : null,
    }));
}

/**
 * Projects whose margin at completion (the contract's value less the estimate at completion,
 * over the value) falls below the workspace's floor; projects without a baseline or whose
 * contract is in another currency than their budget are left out.
 */
export async function marginAtRisk(ctx: Ctx, floorPercent: number) {
  const { items } = await listProjects(ctx, { limit: 200 });
  const rows = [];
  for (const p of items) {
    if (!p.contract || p.phase === 'closed') continue;
    const contract = await clientContractOf(ctx.db, workspaceOf(ctx), p.contract.id);
    const { evm } = await projectEvm(ctx, p.id);
    if (!contract || !evm || evm.eac === null || evm.currency !== contract.currency) continue;
    if (contract.valueMinor <= 0) continue;
    const marginPercent =
      Math.round(((contract.valueMinor - evm.eac) / contract.valueMinor) * 1000) / 10;
    if (marginPercent >= floorPercent) continue;
    rows.push({
      project: { id: p.id, number: p.number, name: p.name },
      managerId: p.manager?.id ?? null,
      currency: contract.currency,
      contractValueMinor: contract.valueMinor,
      eacMinor: evm.eac,
      marginPercent,
    });
  }
  return rows;
}

/**
 * Work done and not yet invoiced (未开票在制) on time-and-materials contracts: approved,
 * billable, priced hours that no invoice bills, per project, in base currency at the rates
 * fixed when their weeks were approved, with the oldest day waiting.
 */
async function unbilledWork(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const rows = await approvedEntries(ctx.db, workspaceId)
    .where('te.billable', '=', true)
    .where('te.bill_minor', '>', 0)
    .where('te.project_id', 'in', projectsWithContract(ctx.db, workspaceId))
    .where('te.id', 'not in', alreadyBilled(ctx.db, workspaceId, 'time_entry'))
    .select((eb) => [
      'te.project_id',
      eb.fn.sum<string>('te.minutes').as('minutes'),
      eb.fn.sum<string>('te.bill_base_minor').as('base'),
      eb.fn.min<string>('te.day').as('oldest'),
    ])
    .groupBy('te.project_id')
    .execute();
  const projects = await projectHeadings(
    ctx.db,
    workspaceId,
    rows.map((r) => r.project_id),
  );
  // Each contract's billing model once, however many of its projects wait.
  const models = new Map<string, string | undefined>();
  for (const id of new Set(projects.flatMap((p) => (p.contract_id ? [p.contract_id] : [])))) {
    models.set(id, (await clientContractOf(ctx.db, workspaceId, id))?.billingModel);
  }
  const out = [];
  for (const r of rows) {
    const p = projects.find((x) => x.id === r.project_id);
    if (!p?.contract_id || models.get(p.contract_id) !== 'time_and_materials') continue;
    out.push({
      project: { id: p.id, number: p.number, name: p.name },
      hours: Number(r.minutes) / 60,
      amountMinor: Number(r.base),
      oldestDay: r.oldest,
    });
  }
  return out.sort((a, b) => b.amountMinor - a.amountMinor);
}

/**
 * Financial risk today: exposure to each foreign currency, how much of the last year's
 * revenue each client brings, work done and not yet invoiced, and the projects heading below
 * the margin floor.
 */
export async function financialRisk(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const settings = await getSettingsRow(ctx.db, workspaceId);
  const base = settings.baseCurrency;
  return {
    asOf: today,
    currency: base,
    marginFloorPercent: settings.marginFloorPercent,
    fxExposure: await fxExposure(ctx.db, workspaceId, base, today),
    concentration: await concentration(ctx.db, workspaceId, base, today),
    unbilledWork: await unbilledWork(ctx),
    marginAtRisk: (await marginAtRisk(ctx, settings.marginFloorPercent)).map(
      ({ managerId: _, ...row }) => row,
    ),
  };
}
