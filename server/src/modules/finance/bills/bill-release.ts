import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, systemCtx, todayOf } from '../../../platform/context.ts';
import type { ModuleSubscription } from '../../../platform/modules/manifest.ts';
import { contractPartyOf } from '../../contracts/index.ts';
import { acceptanceOfWork, workAccepted } from '../../projects/index.ts';
import { approvedEntries } from '../../time/index.ts';
import { settlementOf } from '../invoices/settlement.ts';
import { type BillRow, billRows, matchedEntryIds } from './bills.repository.ts';
import type { holdSchema } from './bills.schema.ts';

export type Hold = z.infer<typeof holdSchema>;

/** The deliverables and sign-offs the bill's work waits for that the client has not given. */
async function acceptanceHolds(db: Executor, bill: BillRow, since: string): Promise<Hold[]> {
  const work = await approvedEntries(db, bill.workspace_id)
    .where('te.id', 'in', matchedEntryIds(db, bill.id))
    .select(['te.project_id as projectId', 'te.day'])
    .distinct()
    .execute();
  const waiting = (await acceptanceOfWork(db, bill.workspace_id, work)).filter((a) => !a.accepted);
  const names = [...new Set(waiting.map((a) => a.name))];
  return names.map((name) => ({ kind: 'client_acceptance', name, since }));
}

/**
 * The client invoices that billed the bill's hours and are not paid yet, and hours no issued
 * invoice bills yet (not invoiced, or credited and waiting for the next run).
 */
async function paymentHolds(db: Executor, bill: BillRow, since: string, today: string) {
  const billed = await db
    .selectFrom('billing_allocations as a')
    .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
    .select(['a.source_id', 'i.number', 'i.kind', 'i.status', 'i.total_minor', 'i.paid_minor'])
    .select(['i.credited_minor', 'i.written_off_minor', 'i.due_date'])
    .where('a.workspace_id', '=', bill.workspace_id)
    .where('a.source_type', '=', 'time_entry')
    .where('a.released_at', 'is', null)
    .where('a.source_id', 'in', matchedEntryIds(db, bill.id))
    .execute();
  const matched = await matchedEntryIds(db, bill.id).execute();
  const issued = billed.filter((b) => b.status === 'issued');
  const holds: Hold[] = [];
  if (issued.length < matched.length) holds.push({ kind: 'not_invoiced', name: null, since });
  const unpaid = issued.filter((b) => settlementOf(b, today) !== 'paid');
  for (const number of new Set(unpaid.map((b) => b.number))) {
    holds.push({ kind: 'client_payment', name: number, since });
  }
  return holds;
}

/**
 * What holds an approved, unpaid bill back under its contract's release rule, each since the
 * bill was approved. Nothing for a bill not approved, released already, or under a contract
 * that pays on approval.
 */
export async function holdsOf(db: Executor, ctx: Ctx, bill: BillRow): Promise<Hold[]> {
  if (bill.status !== 'approved' || bill.released_at || !bill.decided_at) return [];
  const contract = await contractPartyOf(db, bill.workspace_id, bill.contract_id);
  if (contract?.paymentRelease === 'client_acceptance') {
    return acceptanceHolds(db, bill, bill.decided_at);
  }
  if (contract?.paymentRelease === 'client_payment') {
    return paymentHolds(db, bill, bill.decided_at, todayOf(ctx));
  }
  return [];
}

/** Marks a bill released once nothing holds it; true when it is. */
export async function releaseIfFree(trx: Executor, ctx: Ctx, bill: BillRow) {
  if ((await holdsOf(trx, ctx, bill)).length > 0) return false;
  const now = isoNow(ctx.clock);
  await trx
    .updateTable('supplier_bills')
    .set({ released_at: now, updated_at: now })
    .where('id', '=', bill.id)
    .where('released_at', 'is', null)
    .execute();
  await audit(trx, ctx, {
    action: 'supplier_bill.release',
    entityType: 'supplier_bill',
    entityId: bill.id,
    changes: { releasedAt: { before: null, after: now } },
  });
  return true;
}

/** Looks again at every held bill of a workspace: what the client did may have freed some. */
export async function releaseHeldBills(trx: Executor, ctx: Ctx, workspaceId: string) {
  for (const bill of await billRows(trx, workspaceId, { held: 'true' })) {
    await releaseIfFree(trx, ctx, bill);
  }
}

const onEvent = (event: string): ModuleSubscription => ({
  name: `finance.release-bills-on-${event}`,
  event,
  handle: async (trx, e, deps) => {
    if (!e.workspaceId) return;
    await releaseHeldBills(trx, systemCtx(deps, e.workspaceId), e.workspaceId);
  },
});

/**
 * Held bills are looked at again when the client accepts work or pays: the events that can
 * free them. Each runs after the change committed, in a transaction of its own.
 */
export const billReleases: ModuleSubscription[] = [
  ...workAccepted.eventTypes.map(onEvent),
  onEvent('payment.allocated'),
];
