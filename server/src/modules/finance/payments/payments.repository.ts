import type { Executor } from '../../../db/database.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { clientName } from '../../clients/index.ts';

export const paymentSorts = {
  receivedOn: 'payments.received_on',
  number: 'payments.number',
};

function paymentQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('payments')
    .selectAll('payments')
    .select((eb) => clientName(db, eb.ref('payments.client_id')).as('client_name'))
    .where('payments.workspace_id', '=', workspaceId);
}

export type PaymentRow = NonNullable<Awaited<ReturnType<typeof paymentRow>>>;

export function paymentRow(db: Executor, workspaceId: string, id: string) {
  return paymentQuery(db, workspaceId).where('payments.id', '=', id).executeTakeFirst();
}

export function findPaymentRows(
  db: Executor,
  workspaceId: string,
  f: { clientId?: string | undefined; unallocated?: 'true' | 'false' | undefined },
  k: Keyset,
  limit: number,
) {
  let q = paymentQuery(db, workspaceId);
  if (f.clientId) q = q.where('payments.client_id', '=', f.clientId);
  if (f.unallocated === 'true') {
    q = q.whereRef('payments.allocated_minor', '<', 'payments.amount_minor');
  }
  return applyKeyset(q, k, limit).execute();
}

export function allocationRows(db: Executor, paymentId: string) {
  return db
    .selectFrom('payment_allocations as a')
    .innerJoin('invoices', 'invoices.id', 'a.invoice_id')
    .selectAll('a')
    .select('invoices.number as invoice_number')
    .where('a.payment_id', '=', paymentId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}
