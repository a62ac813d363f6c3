import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { clientContractOf } from '../contracts/index.ts';
import { projectsOfContract } from '../projects/index.ts';

/** Approved time counts against a contract's limit from this share of it on. */
export const CAP_WARNING_PERCENT = 80;

export type CapUsage = {
  kind: 'amount' | 'hours';
  limit: number;
  used: number;
  percentUsed: number;
};

/** What approved time on a contract's projects adds up to: billed in its currency, and hours. */
async function approvedOn(db: Executor, workspaceId: string, contractId: string, currency: string) {
  const row = await db
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
    .where('time_entries.bill_base_minor', 'is not', null)
    .executeTakeFirstOrThrow();
  return { billed: Number(row.billed), minutes: Number(row.minutes) };
}

/** The share of a limit used, in percent to one decimal. */
export const percentOf = (used: number, limit: number) => Math.round((used / limit) * 1000) / 10;

/**
 * How much of a time-and-materials contract's cap (an amount) or a retainer's prepaid block
 * (hours) approved time has used; null when the contract sets no such limit.
 */
export async function capUsage(
  db: Executor,
  workspaceId: string,
  contractId: string | null,
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
    const hours = (await approvedOn(db, workspaceId, contractId, c.currency)).minutes / 60;
    return {
      kind: 'hours',
      limit: c.hourBlock,
      used: hours,
      percentUsed: percentOf(hours, c.hourBlock),
    };
  }
  return null;
}
