import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, refusedField } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { rowOf } from '../invoices/invoice-changes.ts';
import type { fapiaoBody } from './fapiao.schema.ts';
import { printableInvoice } from './invoice-document.ts';

/** The fapiao recorded for an invoice, each with every invoice it covers. */
export async function fapiaoOf(db: Executor, workspaceId: string, invoiceId: string) {
  const rows = await db
    .selectFrom('fapiao_records')
    .innerJoin('fapiao_invoices as mine', 'mine.fapiao_id', 'fapiao_records.id')
    .selectAll('fapiao_records')
    .where('fapiao_records.workspace_id', '=', workspaceId)
    .where('mine.invoice_id', '=', invoiceId)
    .orderBy('fapiao_records.issued_on')
    .orderBy('fapiao_records.number')
    .execute();
  if (rows.length === 0) return [];
  const covered = await db
    .selectFrom('fapiao_invoices as fi')
    .innerJoin('invoices', 'invoices.id', 'fi.invoice_id')
    .select(['fi.fapiao_id', 'invoices.id', 'invoices.number'])
    .where(
      'fi.fapiao_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('invoices.number')
    .execute();
  return rows.map((f) => ({
    id: f.id,
    number: f.number,
    code: f.code || null,
    issuedOn: f.issued_on,
    totalMinor: f.total_minor,
    taxMinor: f.tax_minor,
    invoices: covered
      .filter((c) => c.fapiao_id === f.id)
      .map((c) => ({ id: c.id, number: c.number ?? '' })),
    createdAt: f.created_at,
  }));
}

/**
 * Records a fapiao the tax platform issued. It covers issued documents of one client and
 * currency, of one kind (a red fapiao covers credit notes), and cannot exceed what they total;
 * its number is unique in the workspace.
 */
export async function recordFapiao(ctx: Ctx, input: z.infer<typeof fapiaoBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const ids = [...new Set(input.invoiceIds)];
    const invoices = await Promise.all(ids.map((i) => rowOf(trx, ctx, i)));
    if (invoices.some((i) => i.status !== 'issued')) {
      throw new AppError('unprocessable', 'A fapiao covers issued invoices only');
    }
    const first = invoices[0] as (typeof invoices)[number];
    if (
      invoices.some(
        (i) =>
          i.client_id !== first.client_id || i.currency !== first.currency || i.kind !== first.kind,
      )
    ) {
      throw new AppError(
        'unprocessable',
        'A fapiao covers documents of one client, currency and kind',
      );
    }
    const sum = invoices.reduce((s, i) => s + i.total_minor, 0);
    const sign = first.kind === 'credit_note' ? -1 : 1;
    if (
      input.totalMinor * sign <= 0 ||
      input.totalMinor * sign > sum * sign ||
      Math.abs(input.taxMinor) > Math.abs(input.totalMinor)
    ) {
      throw refusedField(
        'totalMinor',
        `The fapiao total lies between 0 and ${sum}, with the sign of the documents it covers`,
      );
    }
    const inserted = await trx
      .insertInto('fapiao_records')
      .values({
        id,
        workspace_id: workspaceId,
        number: input.number,
        code: input.code ?? '',
        issued_on: input.issuedOn,
        total_minor: input.totalMinor,
        tax_minor: input.taxMinor,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'code', 'number']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      throw new AppError('conflict', `Fapiao ${input.number} is recorded already`);
    }
    await trx
      .insertInto('fapiao_invoices')
      .values(ids.map((invoiceId) => ({ fapiao_id: id, invoice_id: invoiceId })))
      .execute();
    await audit(trx, ctx, {
      action: 'fapiao.record',
      entityType: 'fapiao',
      entityId: id,
      changes: created({
        number: input.number,
        code: input.code,
        issuedOn: input.issuedOn,
        invoices: invoices.map((i) => i.number),
      }),
    });
  });
  const recorded = await fapiaoOf(ctx.db, workspaceId, input.invoiceIds[0] as string);
  return recorded.find((f) => f.id === id) as (typeof recorded)[number];
}

/** What the tax platform needs to issue an invoice's fapiao, and those recorded so far. */
export async function fapiaoData(ctx: Ctx, id: string) {
  const doc = await printableInvoice(ctx, id);
  const { invoice, buyer } = doc;
  return {
    invoiceId: invoice.id,
    number: invoice.number ?? '',
    currency: invoice.currency,
    seller: doc.seller,
    buyer: {
      name: buyer.name,
      taxId: buyer.taxId,
      address: buyer.address,
      phone: buyer.phone,
      bank: buyer.bank,
    },
    lines: doc.lines.map((l) => ({
      itemName: l.itemName,
      unit: l.fapiaoUnit,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      netMinor: l.netMinor,
      taxRate: l.taxRate,
      taxMinor: l.taxMinor,
      grossMinor: l.grossMinor,
    })),
    netMinor: invoice.netMinor,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    capitals: doc.capitals,
    fapiao: await fapiaoOf(ctx.db, workspaceOf(ctx), id),
  };
}
