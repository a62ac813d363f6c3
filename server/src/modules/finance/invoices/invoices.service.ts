import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { releaseInvoiced } from '../../time/index.ts';
import { policyOf } from '../tax/policy.service.ts';
import { releaseCredited } from './credit-notes.service.ts';
import { forChange, move, rowOf } from './invoice-changes.ts';
import { postInvoiceJournal } from './invoice-journal.ts';
import {
  allocationCounts,
  findInvoiceRows,
  type InvoiceRow,
  invoiceLineRows,
  invoiceSorts,
} from './invoices.repository.ts';
import type { invoiceQuery, issueBody } from './invoices.schema.ts';
import { balanceOf, settlementOf, takeFromInvoice } from './settlement.ts';

function presentSummary(i: InvoiceRow, today: string) {
  return {
    id: i.id,
    kind: i.kind,
    creditsId: i.credits_id,
    reason: i.reason,
    number: i.number,
    runNumber: i.run_number,
    status: i.status,
    contract: { id: i.contract_id, number: i.contract_number ?? '', title: i.contract_title ?? '' },
    client: { id: i.client_id, name: i.client_name ?? '' },
    currency: i.currency,
    periodTo: i.period_to,
    issueDate: i.issue_date,
    dueDate: i.due_date,
    netMinor: i.net_minor,
    taxMinor: i.tax_minor,
    totalMinor: i.total_minor,
    roundingMinor: i.rounding_minor,
    exactTotal: i.exact_total,
    policy: {
      taxBasis: i.tax_basis,
      rounding: i.rounding,
      pricesIncludeTax: i.prices_include_tax,
    },
    fxRate: i.fx_rate,
    baseTotalMinor: i.base_total_minor,
    capMinor: i.cap_minor,
    cappedMinor: i.capped_minor,
    paidMinor: i.paid_minor,
    creditedMinor: i.credited_minor,
    balanceMinor: i.kind === 'invoice' && i.status === 'issued' ? balanceOf(i) : null,
    baseOpenMinor: i.base_open_minor,
    settlement: settlementOf(i, today),
    writtenOffMinor: i.written_off_minor,
    writtenOffReason: i.written_off_reason,
    remindersSent: i.reminders_sent,
    disputedAt: i.disputed_at,
    disputeReason: i.dispute_reason,
    journalId: i.journal_id,
    createdAt: i.created_at,
    createdBy: i.created_by,
    approvedBy: i.approved_by,
    issuedAt: i.issued_at,
    sentAt: i.sent_at,
    version: i.version,
  };
}

export async function getInvoice(ctx: Ctx, id: string) {
  const row = await rowOf(ctx.db, ctx, id);
  const [lines, counts] = await Promise.all([
    invoiceLineRows(ctx.db, id),
    allocationCounts(ctx.db, id),
  ]);
  return {
    ...presentSummary(row, todayOf(ctx)),
    lines: lines.map((l) => ({
      id: l.id,
      seq: l.seq,
      kind: l.kind,
      descriptionZh: l.description_zh,
      descriptionEn: l.description_en,
      quantity: l.quantity,
      unit: l.unit,
      taxRate: l.tax_rate,
      netMinor: l.net_minor,
      taxMinor: l.tax_minor,
      grossMinor: l.gross_minor,
      exactNet: l.exact_net,
      exactTax: l.exact_tax,
      creditedBy: l.credited_by,
      reason: l.reason,
      entries: counts.get(l.id) ?? 0,
    })),
  };
}

export async function listInvoices(ctx: Ctx, query: z.infer<typeof invoiceQuery>) {
  const k = keyset(invoiceSorts, 'invoices.id', query.sort, query.cursor);
  const rows = await findInvoiceRows(ctx.db, workspaceOf(ctx), query, k, query.limit);
  // Today once per page: working it out in the caller's zone is not free.
  const today = todayOf(ctx);
  return keysetPage(rows, k, query.limit, (i) => presentSummary(i, today));
}

/** Summaries of the invoices a run drafted, in the order drafted. */
export async function invoiceSummaries(ctx: Ctx, ids: string[]) {
  const today = todayOf(ctx);
  return Promise.all(ids.map(async (id) => presentSummary(await rowOf(ctx.db, ctx, id), today)));
}

/** What a run's cap held back, with each contract's number. */
export async function withContractNumbers(
  ctx: Ctx,
  capped: { contractId: string; currency: string; cappedMinor: number }[],
) {
  const out = [];
  for (const c of capped) {
    const contract = await clientContractOf(ctx.db, workspaceOf(ctx), c.contractId);
    out.push({
      contract: { id: c.contractId, number: contract?.number ?? '' },
      currency: c.currency,
      cappedMinor: c.cappedMinor,
    });
  }
  return out;
}

/**
 * Throws a draft away: an invoice's allocations go with it, so its entries are billed by the
 * next run; a credit note's lines go back to being creditable.
 */
export async function discardDraft(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, version, 'draft', 'discarded');
    await releaseInvoiced(trx, row.workspace_id, id);
    await trx.deleteFrom('billing_allocations').where('invoice_id', '=', id).execute();
    // A credit note's draft gives its lines back to the invoice it was to credit.
    await trx
      .updateTable('invoice_lines')
      .set({ credited_by: null })
      .where('workspace_id', '=', row.workspace_id)
      .where('credited_by', '=', id)
      .execute();
    await trx.deleteFrom('invoice_lines').where('invoice_id', '=', id).execute();
    await trx.deleteFrom('invoices').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'invoice.discard',
      entityType: 'invoice',
      entityId: id,
      changes: { run: { before: row.run_number }, totalMinor: { before: row.total_minor } },
    });
  });
}

/** Approves a draft; where the workspace asks for four eyes, never by whoever drafted it. */
export async function approveInvoice(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, version, 'draft', 'approved');
    const { fourEyes } = await policyOf(trx, row.workspace_id);
    if (fourEyes && row.created_by === ctx.actor.userId) {
      throw new AppError('forbidden', 'Someone other than whoever drafted the invoice approves it');
    }
    await move(
      trx,
      ctx,
      row,
      { status: 'approved', approved_at: isoNow(ctx.clock), approved_by: ctx.actor.userId },
      'invoice.approve',
    );
  });
  return getInvoice(ctx, id);
}

/**
 * Issues an approved invoice or credit note: it takes the next number of its kind and year
 * (gap-free: the counter row is taken in this transaction, and a failed issue takes none), is
 * due after the contract's payment terms, and posts its journal at the contract's locked
 * exchange rate (a credit note at its invoice's). A credit note then releases the entries of
 * the lines it credits, for the next run to bill again. From now on neither changes.
 */
export async function issueInvoice(ctx: Ctx, id: string, input: z.infer<typeof issueBody>) {
  const workspaceId = workspaceOf(ctx);
  const issueDate = input.issueDate ?? todayOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, input.version, 'approved', 'issued');
    const contract = await clientContractOf(trx, workspaceId, row.contract_id);
    if (!contract) throw notFound('Contract');
    const original = row.credits_id ? await rowOf(trx, ctx, row.credits_id) : null;
    const { baseCurrency } = await getSettingsRow(trx, workspaceId);
    const fxRate = original?.fx_rate ?? (row.currency === baseCurrency ? '1' : contract.fxRate);
    if (!fxRate) {
      throw new AppError('unprocessable', `${contract.number} has no exchange rate locked yet`);
    }
    const prefix = original ? 'CN' : 'INV';
    const number = await nextNumber(trx, workspaceId, `${prefix}-${issueDate.slice(0, 4)}`, 5);
    const { journalId, baseTotalMinor } = await postInvoiceJournal(trx, ctx, row, {
      number,
      issueDate,
      fxRate,
      description: [number, original?.number, row.client_name, contract.number]
        .filter(Boolean)
        .join(' '),
    });
    if (original) {
      // What the credit note takes of its invoice, and of its open receivable.
      await takeFromInvoice(trx, ctx, original, {
        by: 'credit',
        amountMinor: -row.total_minor,
        baseMinor: -baseTotalMinor,
      });
      await releaseCredited(trx, ctx, row);
    }
    await move(
      trx,
      ctx,
      row,
      {
        status: 'issued',
        number,
        issue_date: issueDate,
        due_date: addDays(issueDate, contract.paymentTermsDays),
        issued_at: isoNow(ctx.clock),
        fx_rate: fxRate,
        base_total_minor: baseTotalMinor,
        base_open_minor: original ? null : baseTotalMinor,
        journal_id: journalId,
      },
      'invoice.issue',
    );
  });
  return getInvoice(ctx, id);
}
