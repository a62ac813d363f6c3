import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, refusedField } from '../../../platform/errors/app-error.ts';
import { convertMinor } from '../../../platform/money.ts';
import { rowOf } from '../invoices/invoice-changes.ts';
import type { InvoiceRow } from '../invoices/invoices.repository.ts';
import { balanceOf } from '../invoices/settlement.ts';

export type PlannedAllocation = {
  invoice: InvoiceRow;
  amountMinor: number;
  /** The receivable it closes, at the invoice's rate. */
  baseMinor: number;
  /** What it uses of the payment, at the payment's rate. */
  paymentBaseMinor: number;
};

/** What of a payment is left to allocate, in its currency and in base. */
export type Unallocated = {
  clientId: string;
  currency: string;
  fxRate: string;
  baseCurrency: string;
  amountMinor: number;
  baseMinor: number;
};

/**
 * Turns requested allocations into amounts for the ledger. Each goes to an issued invoice of
 * the payment's client and currency and takes at most what is owed on it; together they take
 * at most what is left of the payment. An allocation that settles an invoice closes exactly
 * the receivable still open on it, and one that uses the last of a payment uses exactly the
 * base left of it: rounding never leaves a cent on either account.
 */
export async function planAllocations(
  trx: Executor,
  ctx: Ctx,
  left: Unallocated,
  requested: readonly { invoiceId: string; amountMinor: number }[],
): Promise<PlannedAllocation[]> {
  const total = requested.reduce((s, r) => s + r.amountMinor, 0);
  if (total > left.amountMinor) {
    throw refusedField(
      'allocations',
      `Only ${left.amountMinor} of the payment is left to allocate`,
    );
  }
  let amountLeft = left.amountMinor;
  let baseLeft = left.baseMinor;
  const planned: PlannedAllocation[] = [];
  for (const [i, r] of requested.entries()) {
    const invoice = await rowOf(trx, ctx, r.invoiceId);
    const field = `allocations.${i}.invoiceId`;
    if (invoice.kind !== 'invoice' || invoice.status !== 'issued') {
      throw refusedField(field, 'Payments go to issued invoices');
    }
    if (invoice.client_id !== left.clientId || invoice.currency !== left.currency) {
      throw refusedField(field, 'The invoice is for another client or in another currency');
    }
    const open = balanceOf(invoice);
    if (r.amountMinor > open) {
      throw new AppError('unprocessable', `${invoice.number} has only ${open} owed`, {
        fields: { [`body.allocations.${i}.amountMinor`]: [`at most ${open}`] },
      });
    }
    const baseMinor =
      r.amountMinor === open
        ? (invoice.base_open_minor ?? 0)
        : convertMinor(r.amountMinor, invoice.currency, left.baseCurrency, invoice.fx_rate ?? '1');
    amountLeft -= r.amountMinor;
    const paymentBaseMinor =
      amountLeft === 0
        ? baseLeft
        : convertMinor(r.amountMinor, left.currency, left.baseCurrency, left.fxRate);
    baseLeft -= paymentBaseMinor;
    planned.push({ invoice, amountMinor: r.amountMinor, baseMinor, paymentBaseMinor });
  }
  return planned;
}
