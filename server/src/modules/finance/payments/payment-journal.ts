import type { Executor } from '../../../db/database.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import { type PostingLine, postJournal } from '../ledger/journals.service.ts';
import type { PlannedAllocation } from './allocation-plan.ts';

type Paid = {
  id: string;
  clientId: string;
  currency: string;
  fxRate: string;
  receivedOn: string;
  description: string;
};

/** One side of a line by the sign of its amount; nothing for zero. */
function signed(minor: number, accountId: string, rest: Partial<PostingLine>): PostingLine[] {
  if (minor === 0) return [];
  return [
    {
      accountId,
      debitMinor: Math.max(minor, 0),
      creditMinor: Math.max(-minor, 0),
      ...rest,
    },
  ];
}

/**
 * Posts money received, or a client's credit balance applied later. Money received debits the
 * bank at the payment's rate and credits advances received with what no invoice takes (the
 * client's credit balance); applying credit debits advances received instead. Each
 * allocation credits receivables with what the invoice booked at its own rate, and the
 * difference between the two rates is realised exchange gain (a credit) or loss (a debit).
 */
export async function postPaymentJournal(
  trx: Executor,
  ctx: Ctx,
  payment: Paid,
  posting: {
    kind: 'received' | 'applied';
    /** Base currency from the payment: all of it received, or the part applied. */
    baseMinor: number;
    amountMinor: number;
    postedOn: string;
    allocations: PlannedAllocation[];
  },
) {
  const workspaceId = workspaceOf(ctx);
  const account = (purpose: 'bank' | 'advances_received' | 'receivable' | 'fx_gain_loss') =>
    accountFor(trx, ctx, workspaceId, purpose);
  const own = { currency: payment.currency, fxRate: payment.fxRate, clientId: payment.clientId };
  const used = posting.allocations.reduce((s, a) => s + a.paymentBaseMinor, 0);
  const received = posting.kind === 'received';
  const lines: PostingLine[] = [
    ...signed(posting.baseMinor, await account(received ? 'bank' : 'advances_received'), {
      ...own,
      amountMinor: posting.amountMinor,
    }),
  ];
  for (const a of posting.allocations) {
    lines.push(
      ...signed(-a.baseMinor, await account('receivable'), {
        currency: a.invoice.currency,
        amountMinor: a.amountMinor,
        fxRate: a.invoice.fx_rate ?? '1',
        clientId: payment.clientId,
        memo: a.invoice.number,
      }),
    );
  }
  if (received) {
    const unallocated =
      posting.amountMinor - posting.allocations.reduce((s, a) => s + a.amountMinor, 0);
    lines.push(
      ...signed(-(posting.baseMinor - used), await account('advances_received'), {
        ...own,
        amountMinor: unallocated,
      }),
    );
  }
  const gain = posting.allocations.reduce((s, a) => s + a.paymentBaseMinor - a.baseMinor, 0);
  lines.push(...signed(-gain, await account('fx_gain_loss'), { clientId: payment.clientId }));
  return postJournal(trx, ctx, {
    postedOn: posting.postedOn,
    description: payment.description,
    source: { type: received ? 'payment' : 'payment_allocation', id: payment.id },
    lines,
  });
}
