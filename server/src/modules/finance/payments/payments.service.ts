import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { notFound, refusedField, versionConflict } from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { convertMinor } from '../../../platform/money.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { clientExists } from '../../clients/index.ts';
import { getSettingsRow, rateToBase } from '../../settings/index.ts';
import { takeFromInvoice } from '../invoices/settlement.ts';
import { type PlannedAllocation, planAllocations } from './allocation-plan.ts';
import { postPaymentJournal } from './payment-journal.ts';
import {
  allocationRows,
  findPaymentRows,
  type PaymentRow,
  paymentRow,
  paymentSorts,
} from './payments.repository.ts';
import type { allocateBody, paymentBody, paymentQuery } from './payments.schema.ts';

function presentSummary(p: PaymentRow) {
  return {
    id: p.id,
    number: p.number,
    client: { id: p.client_id, name: p.client_name ?? '' },
    receivedOn: p.received_on,
    currency: p.currency,
    amountMinor: p.amount_minor,
    allocatedMinor: p.allocated_minor,
    unallocatedMinor: p.amount_minor - p.allocated_minor,
    fxRate: p.fx_rate,
    baseAmountMinor: p.base_amount_minor,
    reference: p.reference,
    payer: p.payer,
    journalId: p.journal_id,
    createdAt: p.created_at,
    version: p.version,
  };
}

export async function getPayment(ctx: Ctx, id: string) {
  const row = await paymentRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Payment');
  const allocations = await allocationRows(ctx.db, id);
  return {
    ...presentSummary(row),
    allocations: allocations.map((a) => ({
      id: a.id,
      invoice: { id: a.invoice_id, number: a.invoice_number ?? '' },
      amountMinor: a.amount_minor,
      baseMinor: a.base_minor,
      paymentBaseMinor: a.payment_base_minor,
      fxDifferenceMinor: a.payment_base_minor - a.base_minor,
      allocatedOn: a.allocated_on,
      journalId: a.journal_id,
    })),
  };
}

export async function listPayments(ctx: Ctx, query: z.infer<typeof paymentQuery>) {
  const k = keyset(paymentSorts, 'payments.id', query.sort, query.cursor);
  const rows = await findPaymentRows(ctx.db, workspaceOf(ctx), query, k, query.limit);
  return keysetPage(rows, k, query.limit, presentSummary);
}

/** Each planned allocation taken from its invoice and written down beside its journal. */
async function applyAllocations(
  trx: Executor,
  ctx: Ctx,
  paymentId: string,
  planned: PlannedAllocation[],
  on: { allocatedOn: string; journalId: string },
) {
  for (const a of planned) {
    await takeFromInvoice(trx, ctx, a.invoice, {
      by: 'payment',
      amountMinor: a.amountMinor,
      baseMinor: a.baseMinor,
    });
    await trx
      .insertInto('payment_allocations')
      .values({
        id: newId(),
        workspace_id: a.invoice.workspace_id,
        payment_id: paymentId,
        invoice_id: a.invoice.id,
        amount_minor: a.amountMinor,
        base_minor: a.baseMinor,
        payment_base_minor: a.paymentBaseMinor,
        journal_id: on.journalId,
        allocated_on: on.allocatedOn,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
  }
  // Supplier bills paid when the client pays wait for this.
  if (planned.length > 0) await recordEvent(trx, ctx, 'payment.allocated', { paymentId });
}

const sums = (planned: PlannedAllocation[]) => ({
  amount: planned.reduce((s, a) => s + a.amountMinor, 0),
  base: planned.reduce((s, a) => s + a.paymentBaseMinor, 0),
});

/**
 * Records money received from a client at the day's rate to base, numbered RCV-2026-00001
 * without gaps, and allocates it to the invoices named; what they do not take is the
 * client's credit balance. One journal posts it all in the same transaction.
 */
export async function recordPayment(ctx: Ctx, input: z.infer<typeof paymentBody>) {
  const id = await ctx.db.transaction().execute((trx) => recordPaymentIn(trx, ctx, input));
  return getPayment(ctx, id);
}

/** Records a payment within the caller's transaction (a matched bank line); its id. */
export async function recordPaymentIn(trx: Executor, ctx: Ctx, input: z.infer<typeof paymentBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  if (input.receivedOn > todayOf(ctx)) {
    throw refusedField('receivedOn', 'A payment is recorded once it has arrived');
  }
  if (!(await clientExists(trx, workspaceId, input.clientId))) {
    throw refusedField('clientId', 'No such client');
  }
  const rate = await rateToBase(trx, workspaceId, input.currency, input.receivedOn);
  if (!rate) {
    throw refusedField(
      'currency',
      `No exchange rate for ${input.currency} on or before ${input.receivedOn}`,
    );
  }
  const baseMinor = convertMinor(input.amountMinor, input.currency, rate.baseCurrency, rate.rate);
  const planned = await planAllocations(
    trx,
    ctx,
    {
      clientId: input.clientId,
      currency: input.currency,
      fxRate: rate.rate,
      baseCurrency: rate.baseCurrency,
      amountMinor: input.amountMinor,
      baseMinor,
    },
    input.allocations,
  );
  const number = await nextNumber(trx, workspaceId, `RCV-${input.receivedOn.slice(0, 4)}`, 5);
  const payment = {
    id,
    clientId: input.clientId,
    currency: input.currency,
    fxRate: rate.rate,
    receivedOn: input.receivedOn,
    description: [number, input.payer, input.reference].filter(Boolean).join(' '),
  };
  const journalId = await postPaymentJournal(trx, ctx, payment, {
    kind: 'received',
    baseMinor,
    amountMinor: input.amountMinor,
    postedOn: input.receivedOn,
    allocations: planned,
  });
  const now = isoNow(ctx.clock);
  const taken = sums(planned);
  await trx
    .insertInto('payments')
    .values({
      id,
      workspace_id: workspaceId,
      number,
      client_id: input.clientId,
      received_on: input.receivedOn,
      currency: input.currency,
      amount_minor: input.amountMinor,
      allocated_minor: taken.amount,
      fx_rate: rate.rate,
      base_amount_minor: baseMinor,
      base_allocated_minor: taken.base,
      reference: input.reference ?? null,
      payer: input.payer ?? null,
      journal_id: journalId,
      created_at: now,
      created_by: ctx.actor.userId,
      updated_at: now,
    })
    .execute();
  await applyAllocations(trx, ctx, id, planned, { allocatedOn: input.receivedOn, journalId });
  await audit(trx, ctx, {
    action: 'payment.record',
    entityType: 'payment',
    entityId: id,
    changes: created({
      number,
      receivedOn: input.receivedOn,
      currency: input.currency,
      invoices: planned.map((a) => a.invoice.number),
    }),
  });
  return id;
}

/**
 * Applies what is left of a payment (the client's credit balance) to issued invoices, on the
 * version read. The receivable closes at each invoice's rate, the credit is used at the
 * payment's, and the difference is realised exchange gain or loss.
 */
export async function allocatePayment(ctx: Ctx, id: string, input: z.infer<typeof allocateBody>) {
  const workspaceId = workspaceOf(ctx);
  const allocatedOn = input.allocatedOn ?? todayOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await paymentRow(trx, workspaceId, id);
    if (!row) throw notFound('Payment');
    if (row.version !== input.version) throw versionConflict();
    if (allocatedOn < row.received_on || allocatedOn > todayOf(ctx)) {
      throw refusedField('allocatedOn', 'A payment is allocated between the day it came and today');
    }
    const { baseCurrency } = await getSettingsRow(trx, workspaceId);
    const planned = await planAllocations(
      trx,
      ctx,
      {
        clientId: row.client_id,
        currency: row.currency,
        fxRate: row.fx_rate,
        baseCurrency,
        amountMinor: row.amount_minor - row.allocated_minor,
        baseMinor: row.base_amount_minor - row.base_allocated_minor,
      },
      input.allocations,
    );
    const taken = sums(planned);
    const journalId = await postPaymentJournal(
      trx,
      ctx,
      {
        id,
        clientId: row.client_id,
        currency: row.currency,
        fxRate: row.fx_rate,
        receivedOn: row.received_on,
        description: [row.number, ...planned.map((a) => a.invoice.number)].join(' '),
      },
      {
        kind: 'applied',
        baseMinor: taken.base,
        amountMinor: taken.amount,
        postedOn: allocatedOn,
        allocations: planned,
      },
    );
    const written = await trx
      .updateTable('payments')
      .set({
        allocated_minor: sql`allocated_minor + ${taken.amount}`,
        base_allocated_minor: sql`base_allocated_minor + ${taken.base}`,
        updated_at: isoNow(ctx.clock),
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(written.numUpdatedRows) === 0) throw versionConflict();
    await applyAllocations(trx, ctx, id, planned, { allocatedOn, journalId });
    await audit(trx, ctx, {
      action: 'payment.allocate',
      entityType: 'payment',
      entityId: id,
      changes: {
        allocatedMinor: { before: row.allocated_minor, after: row.allocated_minor + taken.amount },
        invoices: { after: planned.map((a) => a.invoice.number) },
      },
    });
  });
  return getPayment(ctx, id);
}
