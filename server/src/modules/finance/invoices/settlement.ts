import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { isoNow } from '../../../platform/clock.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { InvoiceRow } from './invoices.repository.ts';

export const settlements = [
  'open',
  'partially_paid',
  'overdue',
  'paid',
  'credited',
  'written_off',
] as const;
export type Settlement = (typeof settlements)[number];

type Settled = Pick<
  InvoiceRow,
  | 'kind'
  | 'status'
  | 'total_minor'
  | 'paid_minor'
  | 'credited_minor'
  | 'written_off_minor'
  | 'due_date'
>;

/** What is still owed on an invoice: its total less what credit notes, payments and a write-off took. */
export const balanceOf = (i: Settled) =>
  i.total_minor - i.credited_minor - i.paid_minor - i.written_off_minor;

/**
 * Where an issued invoice stands, from its figures alone: settled only when nothing is owed,
 * so a partial payment or a partial credit never reads as paid; credited when credit notes
 * took all of it. Null for drafts and for credit notes, which settle through their invoice.
 */
export function settlementOf(i: Settled, today: string): Settlement | null {
  if (i.kind !== 'invoice' || i.status !== 'issued') return null;
  if (balanceOf(i) <= 0) {
    if (i.credited_minor >= i.total_minor) return 'credited';
    return i.written_off_minor > 0 ? 'written_off' : 'paid';
  }
  if (i.due_date && i.due_date < today) return 'overdue';
  return i.paid_minor > 0 ? 'partially_paid' : 'open';
}

const columns = {
  payment: 'paid_minor',
  credit: 'credited_minor',
  write_off: 'written_off_minor',
} as const;

/**
 * Takes part of an issued invoice's balance: `amountMinor` paid or credited, and `baseMinor`
 * of its open receivable. A payment or a write-off takes at most what is owed; a credit note may take more
 * (an invoice paid and then credited), and the balance below zero is what the client is owed
 * back, as its receivable shows it. The update holds only if the invoice still has the
 * figures it was read with, so concurrent allocations cannot together take more than is
 * open: the loser conflicts and nothing of its change remains.
 */
export async function takeFromInvoice(
  trx: Executor,
  ctx: Ctx,
  invoice: InvoiceRow,
  take: {
    by: 'payment' | 'credit' | 'write_off';
    amountMinor: number;
    baseMinor: number;
    /** Why, for a write-off. */
    reason?: string;
  },
) {
  if (take.by !== 'credit' && take.amountMinor > balanceOf(invoice)) {
    throw new AppError(
      'unprocessable',
      `${invoice.number} has ${balanceOf(invoice)} open; ${take.amountMinor} is more`,
    );
  }
  const column = columns[take.by];
  const result = await trx
    .updateTable('invoices')
    .set({
      [column]: sql`${sql.ref(column)} + ${take.amountMinor}`,
      base_open_minor: sql`base_open_minor - ${take.baseMinor}`,
      ...(take.reason ? { written_off_reason: take.reason } : {}),
      updated_at: isoNow(ctx.clock),
      version: sql`version + 1`,
    })
    .where('id', '=', invoice.id)
    .where('workspace_id', '=', invoice.workspace_id)
    .where('paid_minor', '=', invoice.paid_minor)
    .where('credited_minor', '=', invoice.credited_minor)
    .where('written_off_minor', '=', invoice.written_off_minor)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('version_conflict', `${invoice.number} was settled meanwhile; try again`);
  }
}
