import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays, monthEnd, monthStart } from '../../../platform/days.ts';
import { allocateMinor, convertMinor, Dec, roundMinor } from '../../../platform/money.ts';
import {
  clientContractOf,
  retainerBlocks,
  retainerEarnedBy,
  signedStatuses,
} from '../../contracts/index.ts';
import {
  completedMilestones,
  projectEvm,
  projectHeadings,
  projectsOfContract,
  projectsWithContract,
} from '../../projects/index.ts';
import { approvedTotals, findApprovedEntries } from '../../time/index.ts';
import { approvedExpenses } from '../expenses/approved-expenses.ts';

/** What earned it: an accepted milestone, completion, a retainer period, overage hours. */
export type EarnedBy = 'milestone' | 'completion' | 'retainer' | 'overage';
/** Revenue a contract earned in a month on one of its projects, in base currency. */
export type Earned = {
  projectId: string;
  month: string;
  day: string;
  kind: EarnedBy;
  label: string;
  revenueMinor: number;
};
type Filter = { from: string; to: string; projectIds?: readonly string[] };
type Contract = NonNullable<Awaited<ReturnType<typeof clientContractOf>>>;
type Recognition = {
  ctx: Ctx;
  contract: Contract & { id: string };
  projects: string[];
  base: string;
  today: string;
};

const monthOf = (day: string) => day.slice(0, 7);
/** The first days of the months from the month of `from` to the month of `to`. */
const monthsOf = (from: string, to: string) => {
  const all: string[] = [];
  for (let m = monthStart(from); m <= to; m = monthStart(m, 1)) all.push(m);
  return all;
};
const toBase = (r: Recognition, minor: number) =>
  convertMinor(minor, r.contract.currency, r.base, r.contract.fxRate ?? '1');

/** Milestone billing earns each milestone's amount when the client accepts it. */
async function milestoneRevenue(r: Recognition): Promise<Earned[]> {
  const ws = workspaceOf(r.ctx);
  const done = await completedMilestones(r.ctx.db, ws, r.contract.id, r.today);
  return done.map((m) => ({
    projectId: m.projectId,
    month: monthOf(m.completedOn as string),
    day: m.completedOn as string,
    kind: 'milestone' as const,
    label: m.name,
    revenueMinor: toBase(r, m.amountMinor as number),
  }));
}

/** A project's approved cost per month up to today: time, and expenses before VAT. */
async function costByMonth(r: Recognition, projectId: string) {
  const ws = workspaceOf(r.ctx);
  const filter = { from: '0001-01-01', to: r.today, projectIds: [projectId] };
  const [time, expenses] = await Promise.all([
    approvedTotals(r.ctx.db, ws, filter),
    approvedExpenses(r.ctx.db, ws, filter),
  ]);
  const cost = new Map<string, number>();
  for (const t of time) {
    cost.set(t.month, (cost.get(t.month) ?? 0) + t.labourCostMinor + t.subcontractCostMinor);
  }
  for (const e of expenses) cost.set(e.month, (cost.get(e.month) ?? 0) + e.expenseCostMinor);
  return cost;
}

/**
 * A fixed price earns its value by percentage of completion: each project the share of the
 * value its budget carries, times its earned value over that budget (at most all of it). What
 * is earned to date falls in the months by the cost they took (the effort that earned it), in
 * this month where nothing cost anything yet.
 */
async function completionRevenue(r: Recognition): Promise<Earned[]> {
  const evms = await Promise.all(
    r.projects.map(async (id) => ({ id, evm: (await projectEvm(r.ctx, id)).evm })),
  );
  const counted = evms.flatMap(({ id, evm }) =>
    evm && evm.bac > 0 && evm.currency === r.contract.currency ? [{ id, evm }] : [],
  );
  const budget = counted.reduce((sum, p) => sum + p.evm.bac, 0);
  const earned: Earned[] = [];
  for (const { id, evm } of counted) {
    const share = new Dec(Math.min(evm.ev, evm.bac)).div(budget);
    const total = toBase(r, roundMinor(share.times(r.contract.valueMinor)));
    const label = `${r.contract.number} ${share.times(100).toFixed(1)}%`;
    const cost = [...(await costByMonth(r, id))].filter(([, c]) => c > 0);
    if (cost.length === 0) cost.push([monthOf(r.today), 1]);
    const parts = allocateMinor(
      total,
      cost.map(([, c]) => new Dec(c)),
    );
    cost.forEach(([month], i) => {
      const revenueMinor = parts[i] as number;
      earned.push({ projectId: id, month, day: month, kind: 'completion', label, revenueMinor });
    });
  }
  return earned;
}

/**
 * A retainer earns each block straight-line over its period, by the days run up to today, on
 * the contract's first project; its overage as invoice runs bill it, on the days of the hours.
 */
async function retainerRevenue(r: Recognition, filter: Filter): Promise<Earned[]> {
  const [projectId] = r.projects;
  if (!projectId) return [];
  const earned: Earned[] = [];
  const until = [filter.to, r.today].sort()[0] as string;
  for (const block of retainerBlocks(r.contract, until)) {
    for (const first of monthsOf(block.period.from, until)) {
      const month = monthOf(first);
      const before = retainerEarnedBy(block, addDays(first, -1));
      const by = retainerEarnedBy(block, [monthEnd(first), until].sort()[0] as string);
      if (by === before) continue;
      earned.push({
        projectId,
        month,
        day: month,
        kind: 'retainer',
        label: `${r.contract.number} ${block.period.from} – ${block.period.to}`,
        revenueMinor: toBase(r, by - before),
      });
    }
  }
  return [...earned, ...(await overageRevenue(r))];
}

/** The hours past a retainer's blocks that invoices bill, for the share they bill of each. */
async function overageRevenue(r: Recognition): Promise<Earned[]> {
  const ws = workspaceOf(r.ctx);
  const entries = await findApprovedEntries(r.ctx.db, ws, {
    contractId: r.contract.id,
    to: r.today,
    billable: true,
  });
  if (entries.length === 0) return [];
  const billed = await r.ctx.db
    .selectFrom('billing_allocations')
    .select(['source_id', 'amount_minor'])
    .where('workspace_id', '=', ws)
    .where('source_type', '=', 'time_entry')
    .where('released_at', 'is', null)
    .where(
      'source_id',
      'in',
      entries.map((e) => e.id),
    )
    .execute();
  const share = new Map(billed.map((b) => [b.source_id, b.amount_minor]));
  return entries.flatMap((e) => {
    const amount = share.get(e.id);
    if (amount === undefined || !e.bill) return [];
    const base = roundMinor(new Dec(e.bill.baseMinor).times(amount).div(e.bill.minor));
    const label = `${r.contract.number} ${e.minutes / 60}h`;
    return [
      {
        projectId: e.projectId,
        month: monthOf(e.day),
        day: e.day,
        kind: 'overage' as const,
        label,
        revenueMinor: base,
      },
    ];
  });
}

/** The projects a filter names, or all that deliver a contract, with their contracts. */
async function deliveringProjects(ctx: Ctx, filter: Filter) {
  const ws = workspaceOf(ctx);
  const ids =
    filter.projectIds ?? (await projectsWithContract(ctx.db, ws).execute()).map((p) => p.id);
  return projectHeadings(ctx.db, ws, ids);
}

/**
 * What the client contracts that do not bill by the hour earned in the range's months, per
 * project and month in base currency at the rate each contract locked: fixed prices by
 * percentage of completion, milestones when accepted, retainers over their periods. Their
 * projects (`covered`) earn nothing by their priced hours: those only draw the value down.
 */
export async function contractRevenue(ctx: Ctx, filter: Filter, base: string) {
  const ws = workspaceOf(ctx);
  const today = todayOf(ctx);
  const projects = await deliveringProjects(ctx, filter);
  const earned: Earned[] = [];
  const covered = new Set<string>();
  for (const contractId of new Set(projects.flatMap((p) => p.contract_id ?? []))) {
    const contract = await clientContractOf(ctx.db, ws, contractId);
    if (!contract || contract.billingModel === 'time_and_materials') continue;
    if (!(signedStatuses as readonly string[]).includes(contract.status)) continue;
    const ids = (await projectsOfContract(ctx.db, ws, contractId).orderBy('number').execute()).map(
      (p) => p.id,
    );
    for (const id of ids) covered.add(id);
    const r = { ctx, contract: { ...contract, id: contractId }, projects: ids, base, today };
    const rows =
      contract.billingModel === 'milestone'
        ? await milestoneRevenue(r)
        : contract.billingModel === 'fixed_price'
          ? await completionRevenue(r)
          : await retainerRevenue(r, filter);
    earned.push(...rows);
  }
  const wanted = filter.projectIds && new Set(filter.projectIds);
  return {
    covered,
    earned: earned.filter(
      (e) =>
        e.month >= monthOf(filter.from) &&
        e.month <= monthOf(filter.to) &&
        (!wanted || wanted.has(e.projectId)),
    ),
  };
}
