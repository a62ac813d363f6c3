import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { Dec, roundMinor } from '../../../platform/money.ts';
import { releaseInvoiced } from '../../time/index.ts';
import { forChange } from './invoice-changes.ts';
import type { InvoiceRow } from './invoices.repository.ts';
import { insertDraft, invoiceLineRows } from './invoices.repository.ts';
import type { creditBody } from './invoices.schema.ts';

const negate = (v: string) => new Dec(v).negated().toString();

/** The lines of an issued invoice a credit note takes: those named, or all not yet credited. */
async function linesToCredit(trx: Executor, invoiceId: string, lineIds: string[] | undefined) {
  const lines = await invoiceLineRows(trx, invoiceId);
  const chosen = lineIds ? lines.filter((l) => lineIds.includes(l.id)) : lines;
  if (lineIds && chosen.length !== new Set(lineIds).size) {
    throw new AppError('validation_failed', 'Not a line of this invoice', {
      fields: { 'body.lineIds': ['not a line of this invoice'] },
    });
  }
  const open = chosen.filter((l) => !l.credited_by);
  if (open.length === 0 || open.length < chosen.length) {
    throw new AppError('unprocessable', 'A line is credited once: these are credited already');
  }
  return open;
}

/**
 * Drafts a credit note (红字) for lines of an issued invoice, with the reason: the lines'
 * figures negated exactly as issued, never recomputed. The lines are marked as credited at
 * once, so no second credit note takes them; the entries they bill are released only when
 * the credit note is issued. The invoice itself stays as it was issued.
 */
export async function draftCreditNote(
  ctx: Ctx,
  invoiceId: string,
  input: z.infer<typeof creditBody>,
) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const invoice = await forChange(trx, ctx, invoiceId, input.version, 'issued', 'credited');
    if (invoice.kind !== 'invoice') {
      throw new AppError('unprocessable', 'A credit note is not credited');
    }
    const lines = await linesToCredit(trx, invoiceId, input.lineIds);
    const sum = (f: (l: (typeof lines)[number]) => number) => -lines.reduce((s, l) => s + f(l), 0);
    const exact = lines
      .reduce((s, l) => s.plus(l.exact_net).plus(l.exact_tax), new Dec(0))
      .negated();
    const total = sum((l) => l.gross_minor);
    const id = newId();
    await insertDraft(
      trx,
      {
        id,
        workspace_id: workspaceId,
        kind: 'credit_note',
        credits_id: invoiceId,
        reason: input.reason,
        run_number: invoice.number ?? invoice.run_number,
        contract_id: invoice.contract_id,
        client_id: invoice.client_id,
        currency: invoice.currency,
        period_to: invoice.period_to,
        net_minor: sum((l) => l.net_minor),
        tax_minor: sum((l) => l.tax_minor),
        total_minor: total,
        rounding_minor: total - roundMinor(exact, invoice.rounding),
        exact_total: exact.toString(),
        tax_basis: invoice.tax_basis,
        rounding: invoice.rounding,
        prices_include_tax: invoice.prices_include_tax,
        created_by: ctx.actor.userId,
      },
      isoNow(ctx.clock),
    );
    await trx
      .insertInto('invoice_lines')
      .values(
        lines.map((l, i) => ({
          ...l,
          id: newId(),
          invoice_id: id,
          seq: i + 1,
          quantity: negate(l.quantity),
          net_minor: -l.net_minor,
          tax_minor: -l.tax_minor,
          gross_minor: -l.gross_minor,
          exact_net: negate(l.exact_net),
          exact_tax: negate(l.exact_tax),
          credited_by: null,
        })),
      )
      .execute();
    await trx
      .updateTable('invoice_lines')
      .set({ credited_by: id })
      .where(
        'id',
        'in',
        lines.map((l) => l.id),
      )
      .execute();
    await touch(trx, ctx, invoice, id, input.reason);
    return id;
  });
}

/** The credited invoice's version moves too: a second credit from the same read conflicts. */
async function touch(
  trx: Executor,
  ctx: Ctx,
  invoice: InvoiceRow,
  creditId: string,
  reason: string,
) {
  const written = await updateVersioned(
    trx,
    'invoices',
    { workspaceId: invoice.workspace_id, id: invoice.id, version: invoice.version },
    { updated_at: isoNow(ctx.clock) },
  );
  if (!written) throw versionConflict();
  await audit(trx, ctx, {
    action: 'invoice.credit',
    entityType: 'invoice',
    entityId: invoice.id,
    changes: { creditNote: { after: creditId }, reason: { after: reason } },
  });
}

/**
 * On issue of a credit note: the allocations of the lines it credits are released, and their
 * time entries with them, so the next run may bill those hours again, exactly once more.
 */
export async function releaseCredited(trx: Executor, ctx: Ctx, creditNote: InvoiceRow) {
  const invoiceId = creditNote.credits_id as string;
  const released = await trx
    .updateTable('billing_allocations')
    .set({ released_at: isoNow(ctx.clock) })
    .where('invoice_id', '=', invoiceId)
    .where('released_at', 'is', null)
    .where('line_id', 'in', (eb) =>
      eb.selectFrom('invoice_lines').select('id').where('credited_by', '=', creditNote.id),
    )
    .returning('source_id')
    .execute();
  await releaseInvoiced(
    trx,
    creditNote.workspace_id,
    invoiceId,
    released.map((r) => r.source_id),
  );
}
