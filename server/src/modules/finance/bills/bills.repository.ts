import type { Executor } from '../../../db/database.ts';
import { type Party, whereParty } from '../../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { contractField } from '../../contracts/index.ts';
import { personName } from '../../people/index.ts';
import { supplierName } from '../../suppliers/index.ts';

export const billSortKeys = {
  billDate: 'supplier_bills.bill_date',
  dueDate: 'supplier_bills.due_date',
  number: 'supplier_bills.number',
};

/** Bills with their supplier's name, contract number and payment run. */
function billQuery(db: Executor, workspaceId: string, party: Party = null) {
  const q = db
    .selectFrom('supplier_bills')
    .leftJoin('payment_runs', 'payment_runs.id', 'supplier_bills.payment_run_id')
    .selectAll('supplier_bills')
    .select([
      'payment_runs.number as run_number',
      'payment_runs.bank_reference as run_bank_reference',
    ])
    .select((eb) => [
      supplierName(db, eb.ref('supplier_bills.supplier_id')).as('supplier_name'),
      contractField(db, eb.ref('supplier_bills.contract_id'), 'number').as('contract_number'),
    ])
    .where('supplier_bills.workspace_id', '=', workspaceId);
  // A supplier portal user reaches its own supplier's bills only; a client's, none.
  return whereParty(q, party, { supplier: 'supplier_bills.supplier_id' });
}

export type BillRow = NonNullable<Awaited<ReturnType<typeof billRow>>>;

export function billRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return billQuery(db, workspaceId, party).where('supplier_bills.id', '=', id).executeTakeFirst();
}

export type BillFilter = {
  status?: string | undefined;
  supplierId?: string | undefined;
  contractId?: string | undefined;
  held?: 'true' | 'false' | undefined;
  /** Approved, released, in no run, due on or before this day: what a payment run pays. */
  payableBy?: string;
};

function filtered(db: Executor, workspaceId: string, f: BillFilter, party: Party) {
  let q = billQuery(db, workspaceId, party);
  if (f.status) q = q.where('supplier_bills.status', '=', f.status as BillRow['status']);
  if (f.supplierId) q = q.where('supplier_bills.supplier_id', '=', f.supplierId);
  if (f.contractId) q = q.where('supplier_bills.contract_id', '=', f.contractId);
  if (f.held) {
    q = q
      .where('supplier_bills.status', '=', 'approved')
      .where('supplier_bills.released_at', f.held === 'true' ? 'is' : 'is not', null);
  }
  if (f.payableBy) {
    q = q
      .where('supplier_bills.status', '=', 'approved')
      .where('supplier_bills.released_at', 'is not', null)
      .where('supplier_bills.payment_run_id', 'is', null)
      .where('supplier_bills.due_date', '<=', f.payableBy);
  }
  return q;
}

export function findBillRows(
  db: Executor,
  workspaceId: string,
  f: BillFilter,
  k: Keyset,
  limit: number,
  party: Party = null,
) {
  return applyKeyset(filtered(db, workspaceId, f, party), k, limit).execute();
}

/** Every bill the filter takes, by number: for runs and releases that go through them all. */
export function billRows(db: Executor, workspaceId: string, f: BillFilter) {
  return filtered(db, workspaceId, f, null).orderBy('supplier_bills.number').execute();
}

/** The bills a payment run pays. */
export function runBillRows(db: Executor, workspaceId: string, runId: string) {
  return billQuery(db, workspaceId)
    .where('supplier_bills.payment_run_id', '=', runId)
    .orderBy('supplier_bills.number')
    .execute();
}

/** A bill's lines with the worker's name and how many entries each matched. */
export function billLineRows(db: Executor, billId: string) {
  return db
    .selectFrom('supplier_bill_lines as l')
    .selectAll('l')
    .select((eb) => [
      personName(db, eb.ref('l.person_id')).as('person_name'),
      eb
        .selectFrom('bill_matches as m')
        .select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('m.line_id', '=', 'l.id')
        .as('entries'),
    ])
    .where('l.bill_id', '=', billId)
    .orderBy('l.seq')
    .execute();
}

/** The time entry ids a bill's unreleased matches pay for. */
export function matchedEntryIds(db: Executor, billId: string) {
  return db
    .selectFrom('bill_matches')
    .select('source_id')
    .where('bill_id', '=', billId)
    .where('source_type', '=', 'time_entry')
    .where('released_at', 'is', null);
}
