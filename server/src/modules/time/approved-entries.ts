import type { SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';
import type { RateUnit } from '../contracts/index.ts';
import { projectsOfContract, projectsWithContract } from '../projects/index.ts';

/** One side of an entry's price, as fixed when its week was approved. */
export type EntryPrice = {
  rateMinor: number;
  rateUnit: RateUnit;
  currency: string;
  /** The amount in `currency`, and in the workspace's base currency at `fxRate`. */
  minor: number;
  fxRate: string;
  baseMinor: number;
};

/** An approved entry as finance bills and costs it. */
export type PricedEntry = {
  id: string;
  personId: string;
  projectId: string;
  taskId: string | null;
  positionId: string | null;
  day: string;
  minutes: number;
  billable: boolean;
  /** Null when no client rate applied (internal work, or no rate for the position). */
  bill: EntryPrice | null;
  cost: EntryPrice | null;
};

/**
 * The approved entries of a workspace as a query to compose: filter, join and aggregate on
 * `te` (time_entries) in one statement, as an invoice run does when it leaves out what is
 * already billed.
 */
export function approvedEntries(db: Executor, workspaceId: string) {
  return db
    .selectFrom('time_entries as te')
    .innerJoin('timesheets as ts', 'ts.id', 'te.timesheet_id')
    .where('te.workspace_id', '=', workspaceId)
    .where('ts.status', '=', 'approved');
}

/** Which approved entries: of a contract's projects or of some projects, a person, days. */
export type EntryFilter = {
  contractId?: string;
  projectIds?: string[];
  personId?: string;
  /** Inclusive calendar days. */
  from?: string;
  to?: string;
  /** Only entries to bill: billable, priced, on a project that delivers a contract. */
  billable?: boolean;
  /** Entry ids to leave out, as a subquery: those an invoice bills already. */
  excluding?: SelectQueryBuilder<Tables, keyof Tables, Record<string, string>>;
};

/** Approved, priced entries matching the filter, by day and id. */
export async function findApprovedEntries(
  db: Executor,
  workspaceId: string,
  filter: EntryFilter,
): Promise<PricedEntry[]> {
  let q = approvedEntries(db, workspaceId).selectAll('te');
  if (filter.contractId)
    q = q.where('te.project_id', 'in', projectsOfContract(db, workspaceId, filter.contractId));
  if (filter.projectIds) {
    if (filter.projectIds.length === 0) return [];
    q = q.where('te.project_id', 'in', filter.projectIds);
  }
  if (filter.personId) q = q.where('te.person_id', '=', filter.personId);
  if (filter.from) q = q.where('te.day', '>=', filter.from);
  if (filter.to) q = q.where('te.day', '<=', filter.to);
  if (filter.excluding) q = q.where('te.id', 'not in', filter.excluding);
  if (filter.billable) {
    q = q
      .where('te.billable', '=', true)
      .where('te.bill_minor', '>', 0)
      .where('te.project_id', 'in', projectsWithContract(db, workspaceId));
  }
  const rows = await q.orderBy('te.day').orderBy('te.id').execute();
  return rows.map((e) => ({
    id: e.id,
    personId: e.person_id,
    projectId: e.project_id,
    taskId: e.task_id,
    positionId: e.position_id,
    day: e.day,
    minutes: e.minutes,
    billable: e.billable,
    bill: priceOf(
      e.bill_rate_minor,
      e.bill_rate_unit,
      e.bill_currency,
      e.bill_minor,
      e.bill_fx_rate,
      e.bill_base_minor,
    ),
    cost: priceOf(
      e.cost_rate_minor,
      e.cost_rate_unit,
      e.cost_currency,
      e.cost_minor,
      e.cost_fx_rate,
      e.cost_base_minor,
    ),
  }));
}

function priceOf(
  rateMinor: number | null,
  rateUnit: RateUnit | null,
  currency: string | null,
  minor: number | null,
  fxRate: string | null,
  baseMinor: number | null,
): EntryPrice | null {
  if (rateMinor === null || rateUnit === null || currency === null || minor === null) return null;
  if (fxRate === null || baseMinor === null) return null;
  return { rateMinor, rateUnit, currency, minor, fxRate, baseMinor };
}

/**
 * Marks entries as billed by an invoice (finance calls it in the transaction that drafts the
 * invoice): their week can no longer be reopened until `releaseInvoiced` frees them.
 */
export async function markInvoiced(
  trx: Executor,
  workspaceId: string,
  entryIds: readonly string[],
  invoiceId: string,
) {
  // In chunks: a database takes only so many parameters in one statement.
  for (let i = 0; i < entryIds.length; i += 500) {
    await trx
      .updateTable('time_entries')
      .set({ invoice_id: invoiceId })
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', entryIds.slice(i, i + 500))
      .execute();
  }
}

/**
 * Frees the entries an invoice billed: all of them (a discarded draft), or those a credit
 * note credits.
 */
export async function releaseInvoiced(
  trx: Executor,
  workspaceId: string,
  invoiceId: string,
  entryIds?: readonly string[],
) {
  const release = (ids?: readonly string[]) => {
    let q = trx
      .updateTable('time_entries')
      .set({ invoice_id: null })
      .where('workspace_id', '=', workspaceId)
      .where('invoice_id', '=', invoiceId);
    if (ids) q = q.where('id', 'in', ids);
    return q.execute();
  };
  if (!entryIds) return void (await release());
  // In chunks: a database takes only so many parameters in one statement.
  for (let i = 0; i < entryIds.length; i += 500) await release(entryIds.slice(i, i + 500));
}
