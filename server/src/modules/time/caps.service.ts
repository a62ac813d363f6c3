import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { clientContractOf, type Period, retainerPeriodOf } from '../contracts/index.ts';
import { projectsOfContract } from '../projects/index.ts';

/** Approved time counts against a contract's limit from this share of it on. */
export const CAP_WARNING_PERCENT = 80;

export type CapUsage = {
  kind: 'amount' | 'hours';
  limit: number;
  used: number;
  percentUsed: number;
  /** Retainers: hours past the block are billed as overage; the period measured. */
  overage?: boolean;
  period?: Period;
};

/**
 * What approved time on a contract's projects adds up to, over some days or all: billed in its
 * currency, and hours.
 */
async function approvedOn(
  db: Executor,
  workspaceId: string,
  contractId: string,
  currency: string,
  days?: Period,
) {
  let q = db
    .selectFrom('time_entries')
    .select([
      sql<number>`coalesce(sum(case when time_entries.bill_currency = ${currency} then time_entries.bill_minor else 0 end), 0)`.as(
        'billed',
      ),
      sql<number>`coalesce(sum(case when time_entries.billable = ${true} then time_entries.minutes else 0 end), 0)`.as(
        'minutes',
      ),
    ])
    .where('time_entries.workspace_id', '=', workspaceId)
    .where('time_entries.project_id', 'in', projectsOfContract(db, workspaceId, contractId))
    .where('time_entries.bill_base_minor', 'is not', null);
  if (days) {
    q = q.where('time_entries.day', '>=', days.from).where('time_entries.day', '<=', days.to);
  }
  const row = await q.executeTakeFirstOrThrow();
  return { billed: Number(row.billed), minutes: Number(row.minutes) };
}

/** The share of a limit used, in percent to one decimal. */
const percentOf = (used: number, limit: number) => Math.round((used / limit) * 1000) / 10;

/**
 * How much of a time-and-materials contract's cap (an amount) or a retainer's prepaid block
 * (hours, in the period `day` falls in) approved time has used; null when the contract sets no
 * such limit.
 */
export async function capUsage(
  db: Executor,
  workspaceId: string,
  contractId: string | null,
  day: string,
): Promise<CapUsage | null> {
  const c = contractId ? await clientContractOf(db, workspaceId, contractId) : null;
  if (!c || !contractId) return null;
  if (c.billingModel === 'time_and_materials' && c.capMinor) {
    const { billed } = await approvedOn(db, workspaceId, contractId, c.currency);
    return {
      kind: 'amount',
      limit: c.capMinor,
      used: billed,
      percentUsed: percentOf(billed, c.capMinor),
    };
  }
  if (c.billingModel === 'retainer' && c.hourBlock) {
    const period = retainerPeriodOf(c, day);
    const { minutes } = await approvedOn(db, workspaceId, contractId, c.currency, period);
    return {
      kind: 'hours',
      limit: c.hourBlock,
      used: minutes / 60,
      percentUsed: percentOf(minutes / 60, c.hourBlock),
      overage: c.retainerOverage,
      period,
    };
  }
  return null;
}

/** An entry approval would add: its day, hours, whether billable, and its priced amount. */
export type Adding = { day: string; minutes: number; billable: boolean; billMinor: number };

/**
 * How much of the limit is used once some entries are approved: their amounts against a cap,
 * their billable hours within the measured period against a retainer's block.
 */
export function percentAfter(usage: CapUsage, adding: Adding[]) {
  const added =
    usage.kind === 'amount'
      ? adding.reduce((s, a) => s + a.billMinor, 0)
      : adding
          .filter(
            (a) =>
              a.billable &&
              (!usage.period || (a.day >= usage.period.from && a.day <= usage.period.to)),
          )
          .reduce((s, a) => s + a.minutes / 60, 0);
  return percentOf(usage.used + added, usage.limit);
}

/**
 * What approving some entries would pass: the contract's cap, or in any retainer period the
 * block, unless the retainer bills hours past it as overage. Null when it passes nothing.
 */
export async function limitPassed(
  db: Executor,
  workspaceId: string,
  contractId: string | null,
  adding: Adding[],
) {
  const c = contractId ? await clientContractOf(db, workspaceId, contractId) : null;
  if (!c || !contractId || adding.length === 0) return null;
  if (c.billingModel === 'time_and_materials' && c.capMinor) {
    const { billed } = await approvedOn(db, workspaceId, contractId, c.currency);
    const after = billed + adding.reduce((s, a) => s + a.billMinor, 0);
    return after > c.capMinor ? `the contract's cap: ${after} of ${c.capMinor}` : null;
  }
  if (c.billingModel !== 'retainer' || !c.hourBlock || c.retainerOverage) return null;
  const byPeriod = Map.groupBy(adding, (a) => retainerPeriodOf(c, a.day).from);
  for (const [, some] of byPeriod) {
    const period = retainerPeriodOf(c, (some[0] as Adding).day);
    const { minutes } = await approvedOn(db, workspaceId, contractId, c.currency, period);
    const hours = (minutes + some.reduce((s, a) => s + (a.billable ? a.minutes : 0), 0)) / 60;
    if (hours > c.hourBlock) {
      return `the prepaid hours of ${period.from} – ${period.to}: ${hours} of ${c.hourBlock}`;
    }
  }
  return null;
}
