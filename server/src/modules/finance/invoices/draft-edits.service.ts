import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, notFound, refusedField } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { documentTotals } from '../tax/document-totals.ts';
import { forChange, move } from './invoice-changes.ts';
import { type InvoiceRow, invoiceLineRows } from './invoices.repository.ts';
import type { discountBody, draftEditBody } from './invoices.schema.ts';
import { getInvoice } from './invoices.service.ts';

/** A draft invoice, read for an edit on the version the caller saw; credit notes say what they credit. */
async function draftFor(trx: Executor, ctx: Ctx, id: string, version: number) {
  const row = await forChange(trx, ctx, id, version, 'draft', 'edited');
  if (row.kind !== 'invoice') {
    throw new AppError('unprocessable', 'A credit note credits what its invoice billed, as it was');
  }
  return row;
}

/**
 * Works a draft's figures out again from its lines under the policy it keeps: each line's
 * price as it went in (its net, or with tax where prices include it), so the lines that bill
 * entries keep exactly their amounts and only tax and totals follow a discount.
 */
async function refigure(trx: Executor, row: InvoiceRow) {
  const lines = await invoiceLineRows(trx, row.id);
  const totals = documentTotals(
    lines.map((l) => ({
      quantity: '1',
      unitPriceMinor: String(row.prices_include_tax ? l.gross_minor : l.net_minor),
      taxRate: l.tax_rate,
    })),
    { taxBasis: row.tax_basis, rounding: row.rounding, pricesIncludeTax: row.prices_include_tax },
  );
  for (const [i, l] of lines.entries()) {
    const f = totals.lines[i] as (typeof totals.lines)[number];
    await trx
      .updateTable('invoice_lines')
      .set({
        net_minor: f.netMinor,
        tax_minor: f.taxMinor,
        gross_minor: f.grossMinor,
        exact_net: f.exactNet,
        exact_tax: f.exactTax,
      })
      .where('id', '=', l.id)
      .execute();
  }
  return {
    net_minor: totals.netMinor,
    tax_minor: totals.taxMinor,
    total_minor: totals.totalMinor,
    rounding_minor: totals.roundingMinor,
    exact_total: totals.exactTotal,
  };
}

/**
 * Edits a draft as the client will read it: line texts, and discount lines taken off again.
 * What a line bills and at what price never changes here.
 */
export async function editDraft(ctx: Ctx, id: string, input: z.infer<typeof draftEditBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await draftFor(trx, ctx, id, input.version);
    const lines = new Map((await invoiceLineRows(trx, id)).map((l) => [l.id, l]));
    for (const [i, edit] of (input.lines ?? []).entries()) {
      if (!lines.has(edit.id)) throw refusedField(`lines.${i}.id`, 'Not a line of this draft');
      await trx
        .updateTable('invoice_lines')
        .set({ description_zh: edit.descriptionZh, description_en: edit.descriptionEn })
        .where('id', '=', edit.id)
        .execute();
    }
    for (const [i, lineId] of (input.removeDiscounts ?? []).entries()) {
      if (lines.get(lineId)?.kind !== 'discount') {
        throw refusedField(`removeDiscounts.${i}`, 'Not a discount line of this draft');
      }
      await trx.deleteFrom('invoice_lines').where('id', '=', lineId).execute();
    }
    const figures = input.removeDiscounts?.length ? await refigure(trx, row) : {};
    await move(trx, ctx, row, figures, 'invoice.edit', {
      lines: { after: (input.lines ?? []).map((l) => l.id) },
      removedDiscounts: { after: input.removeDiscounts ?? [] },
    });
  });
  return getInvoice(ctx, id);
}

/**
 * Adds a discount to a draft, with its reason: a line of its own that takes the amount off the
 * prices as the draft states them (before tax, or with it where prices include tax), at the
 * rate of the draft's first line; never more than the draft bills.
 */
export async function addDiscount(ctx: Ctx, id: string, input: z.infer<typeof discountBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await draftFor(trx, ctx, id, input.version);
    const lines = await invoiceLineRows(trx, id);
    const first = lines[0];
    if (!first) throw notFound('Invoice line');
    const price = (l: (typeof lines)[number]) =>
      row.prices_include_tax ? l.gross_minor : l.net_minor;
    if (input.amountMinor > lines.reduce((s, l) => s + price(l), 0)) {
      throw refusedField('amountMinor', 'A discount takes at most what the draft bills');
    }
    await trx
      .insertInto('invoice_lines')
      .values({
        id: newId(),
        workspace_id: row.workspace_id,
        invoice_id: id,
        seq: Math.max(...lines.map((l) => l.seq)) + 1,
        kind: 'discount',
        description_zh: input.description,
        description_en: input.description,
        position_id: null,
        quantity: '1',
        unit: 'item',
        tax_rate: first.tax_rate,
        // Worked out below with the rest, from the price as it goes in.
        net_minor: -input.amountMinor,
        tax_minor: 0,
        gross_minor: -input.amountMinor,
        exact_net: String(-input.amountMinor),
        exact_tax: '0',
        credited_by: null,
        reason: input.reason,
      })
      .execute();
    await move(trx, ctx, row, await refigure(trx, row), 'invoice.discount', {
      discountMinor: { after: input.amountMinor },
      reason: { after: input.reason },
    });
  });
  return getInvoice(ctx, id);
}
