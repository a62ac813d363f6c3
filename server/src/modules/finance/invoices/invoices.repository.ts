import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { type Party, whereParty } from '../../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { clientName } from '../../clients/index.ts';
import { contractField } from '../../contracts/index.ts';
import type { InvoiceKind, InvoiceStatus, InvoiceTable } from './invoices.table.ts';

export const invoiceSorts = { createdAt: 'invoices.created_at', number: 'invoices.number' };

/** Invoices with the names of what they bill: contract number and title, client name. */
function invoiceQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('invoices')
    .selectAll('invoices')
    .select((eb) => [
      contractField(db, eb.ref('invoices.contract_id'), 'number').as('contract_number'),
      contractField(db, eb.ref('invoices.contract_id'), 'title').as('contract_title'),
      clientName(db, eb.ref('invoices.client_id')).as('client_name'),
    ])
    .where('invoices.workspace_id', '=', workspaceId);
}

export type InvoiceRow = NonNullable<Awaited<ReturnType<typeof invoiceRow>>>;

/** A client portal user's own client's invoices only; a supplier's none. */
export function invoiceRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return whereParty(invoiceQuery(db, workspaceId), party, { client: 'invoices.client_id' })
    .where('invoices.id', '=', id)
    .executeTakeFirst();
}

export type InvoiceFilter = {
  status?: InvoiceStatus | undefined;
  kind?: InvoiceKind | undefined;
  clientId?: string | undefined;
  contractId?: string | undefined;
  /** Issued on or after, on or before these days. */
  issuedFrom?: string | undefined;
  issuedTo?: string | undefined;
  party?: Party;
};

export function findInvoiceRows(
  db: Executor,
  workspaceId: string,
  f: InvoiceFilter,
  k: Keyset,
  limit: number,
) {
  let q = whereParty(invoiceQuery(db, workspaceId), f.party ?? null, {
    client: 'invoices.client_id',
  });
  if (f.issuedFrom) q = q.where('invoices.issue_date', '>=', f.issuedFrom);
  if (f.issuedTo) q = q.where('invoices.issue_date', '<=', f.issuedTo);
  if (f.status) q = q.where('invoices.status', '=', f.status);
  if (f.kind) q = q.where('invoices.kind', '=', f.kind);
  if (f.clientId) q = q.where('invoices.client_id', '=', f.clientId);
  if (f.contractId) q = q.where('invoices.contract_id', '=', f.contractId);
  return applyKeyset(q, k, limit).execute();
}

export function invoiceLineRows(db: Executor, invoiceId: string) {
  return db
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('seq')
    .execute();
}

/** How many entries each line bills, and their hours are on the line itself. */
export async function allocationCounts(db: Executor, invoiceId: string) {
  const rows = await db
    .selectFrom('billing_allocations')
    .select((eb) => ['line_id', eb.fn.countAll<number>().as('n')])
    .where('invoice_id', '=', invoiceId)
    .where('released_at', 'is', null)
    .groupBy('line_id')
    .execute();
  return new Map(rows.map((r) => [r.line_id, Number(r.n)]));
}

/** Of the given time entries, those an invoice bills already (and no credit note released). */
export async function billedEntryIds(db: Executor, entryIds: readonly string[]) {
  const billed = new Set<string>();
  // In chunks: a database takes only so many parameters in one statement.
  for (let i = 0; i < entryIds.length; i += 500) {
    const rows = await db
      .selectFrom('billing_allocations')
      .select('source_id')
      .where('source_type', '=', 'time_entry')
      .where('released_at', 'is', null)
      .where('source_id', 'in', entryIds.slice(i, i + 500))
      .execute();
    for (const r of rows) billed.add(r.source_id);
  }
  return billed;
}

/** What a draft says; what it gains at approval and at issue starts empty. */
type DraftValues = Omit<
  Insertable<InvoiceTable>,
  | 'status'
  | 'number'
  | 'issue_date'
  | 'due_date'
  | 'fx_rate'
  | 'base_total_minor'
  | 'journal_id'
  | 'approved_at'
  | 'approved_by'
  | 'issued_at'
  | 'created_at'
  | 'updated_at'
>;

/** A new draft invoice or credit note: no number, dates, rate, journal or approval yet. */
export function insertDraft(db: Executor, values: DraftValues, now: string) {
  return db
    .insertInto('invoices')
    .values({
      ...values,
      status: 'draft',
      number: null,
      issue_date: null,
      due_date: null,
      fx_rate: null,
      base_total_minor: null,
      journal_id: null,
      approved_at: null,
      approved_by: null,
      issued_at: null,
      sent_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}
