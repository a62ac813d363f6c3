import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { forChange, move } from '../invoices/invoice-changes.ts';
import { getInvoice } from '../invoices/invoices.service.ts';
import { balanceOf, takeFromInvoice } from '../invoices/settlement.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import { postJournal } from '../ledger/journals.service.ts';
import type { disputeBody, writeOffBody } from './receivables.schema.ts';

/**
 * Gives up on what is still owed on an invoice (核销坏账), with the reason, by someone who
 * approves for finance: the open receivable goes to bad debts in one journal, and the invoice
 * reads written off. What is written off is never reminded of again.
 */
export async function writeOffInvoice(ctx: Ctx, id: string, input: z.infer<typeof writeOffBody>) {
  const workspaceId = workspaceOf(ctx);
  const postedOn = input.postedOn ?? todayOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, input.version, 'issued', 'written off');
    const owed = balanceOf(row);
    if (row.kind !== 'invoice' || owed <= 0) {
      throw new AppError('unprocessable', 'Only what is still owed on an invoice is written off');
    }
    const base = row.base_open_minor ?? 0;
    // A cent left in the invoice's currency may be nothing in base: then nothing posts.
    const journalId =
      base === 0
        ? null
        : await postJournal(trx, ctx, {
            postedOn,
            description: `${row.number} ${row.client_name ?? ''} ${input.reason}`.trim(),
            source: { type: 'write_off', id },
            lines: [
              {
                accountId: await accountFor(trx, ctx, workspaceId, 'bad_debt'),
                debitMinor: base,
                creditMinor: 0,
                clientId: row.client_id,
              },
              {
                accountId: await accountFor(trx, ctx, workspaceId, 'receivable'),
                debitMinor: 0,
                creditMinor: base,
                currency: row.currency,
                amountMinor: owed,
                fxRate: row.fx_rate ?? '1',
                clientId: row.client_id,
              },
            ],
          });
    await takeFromInvoice(trx, ctx, row, {
      by: 'write_off',
      amountMinor: owed,
      baseMinor: base,
      reason: input.reason,
    });
    await audit(trx, ctx, {
      action: 'invoice.write_off',
      entityType: 'invoice',
      entityId: id,
      changes: {
        writtenOffMinor: { after: owed },
        reason: { after: input.reason },
        journal: { after: journalId },
      },
    });
  });
  return getInvoice(ctx, id);
}

/**
 * Marks an invoice disputed by the client, with the reason, or the dispute resolved: while
 * disputed it gets no payment reminders.
 */
export async function disputeInvoice(ctx: Ctx, id: string, input: z.infer<typeof disputeBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, input.version, 'issued', 'disputed');
    if (row.kind !== 'invoice')
      throw new AppError('unprocessable', 'A credit note is not disputed');
    await move(
      trx,
      ctx,
      row,
      {
        disputed_at: input.disputed ? isoNow(ctx.clock) : null,
        dispute_reason: input.disputed ? (input.reason ?? null) : null,
      },
      input.disputed ? 'invoice.dispute' : 'invoice.resolve',
      { disputed: { before: row.disputed_at !== null, after: input.disputed } },
    );
  });
  return getInvoice(ctx, id);
}
