import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { convertMinor } from '../../../platform/money.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { releaseInvoiced } from '../../time/index.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import { postJournal } from '../ledger/journals.service.ts';
import { policyOf } from '../tax/policy.service.ts';
import {
  allocationCounts,
  findInvoiceRows,
  type InvoiceRow,
  invoiceLineRows,
  invoiceRow,
  invoiceSorts,
} from './invoices.repository.ts';
import type { invoiceQuery, issueBody } from './invoices.schema.ts';
import type { InvoiceStatus } from './invoices.table.ts';

function presentSummary(i: InvoiceRow) {
  return {
    id: i.id,
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
    journalId: i.journal_id,
    createdAt: i.created_at,
    createdBy: i.created_by,
    approvedBy: i.approved_by,
    issuedAt: i.issued_at,
    version: i.version,
  };
}

async function rowOf(db: Executor, ctx: Ctx, id: string) {
  const row = await invoiceRow(db, workspaceOf(ctx), id);
  if (!row) throw notFound('Invoice');
  return row;
}

export async function getInvoice(ctx: Ctx, id: string) {
  const row = await rowOf(ctx.db, ctx, id);
  const [lines, counts] = await Promise.all([
    invoiceLineRows(ctx.db, id),
    allocationCounts(ctx.db, id),
  ]);
  return {
    ...presentSummary(row),
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
      entries: counts.get(l.id) ?? 0,
    })),
  };
}

export async function listInvoices(ctx: Ctx, query: z.infer<typeof invoiceQuery>) {
  const k = keyset(invoiceSorts, 'invoices.id', query.sort, query.cursor);
  const rows = await findInvoiceRows(ctx.db, workspaceOf(ctx), query, k, query.limit);
  return keysetPage(rows, k, query.limit, presentSummary);
}

/** Summaries of the invoices a run drafted, in the order drafted. */
export async function invoiceSummaries(ctx: Ctx, ids: string[]) {
  return Promise.all(ids.map(async (id) => presentSummary(await rowOf(ctx.db, ctx, id))));
}

/** An invoice read for a change: this workspace's, at the version the caller read, in a status. */
async function forChange(
  trx: Executor,
  ctx: Ctx,
  id: string,
  version: number,
  status: InvoiceStatus,
  verb: string,
) {
  const row = await rowOf(trx, ctx, id);
  if (row.version !== version) throw versionConflict();
  if (row.status !== status)
    throw new AppError('unprocessable', `Only a ${status} invoice is ${verb}`);
  return row;
}

async function move(
  trx: Executor,
  ctx: Ctx,
  row: InvoiceRow,
  values: Parameters<typeof updateVersioned<'invoices'>>[3],
  action: string,
) {
  const written = await updateVersioned(
    trx,
    'invoices',
    { workspaceId: row.workspace_id, id: row.id, version: row.version },
    { ...values, updated_at: isoNow(ctx.clock) },
  );
  if (!written) throw versionConflict();
  await audit(trx, ctx, {
    action,
    entityType: 'invoice',
    entityId: row.id,
    changes: { status: { before: row.status, after: values.status ?? row.status } },
  });
}

/** Throws a draft away: its allocations go with it, so the entries are billed by the next run. */
export async function discardDraft(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, version, 'draft', 'discarded');
    await releaseInvoiced(trx, row.workspace_id, id);
    await trx.deleteFrom('billing_allocations').where('invoice_id', '=', id).execute();
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
 * Issues an approved invoice: it takes the next number of its year (gap-free: the counter row
 * is taken in this transaction, and a failed issue takes none), is due after the contract's
 * payment terms, and posts its journal at the contract's locked exchange rate: receivables
 * debited with the total, revenue and output VAT credited. From now on it never changes.
 */
export async function issueInvoice(ctx: Ctx, id: string, input: z.infer<typeof issueBody>) {
  const workspaceId = workspaceOf(ctx);
  const issueDate = input.issueDate ?? todayOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, input.version, 'approved', 'issued');
    const contract = await clientContractOf(trx, workspaceId, row.contract_id);
    if (!contract) throw notFound('Contract');
    const { baseCurrency } = await getSettingsRow(trx, workspaceId);
    const fxRate = row.currency === baseCurrency ? '1' : contract.fxRate;
    if (!fxRate) {
      throw new AppError('unprocessable', `${contract.number} has no exchange rate locked yet`);
    }
    const base = (minor: number) => convertMinor(minor, row.currency, baseCurrency, fxRate);
    const gross = base(row.total_minor);
    const tax = base(row.tax_minor);
    const number = await nextNumber(trx, workspaceId, `INV-${issueDate.slice(0, 4)}`, 5);
    const side = { currency: row.currency, fxRate, clientId: row.client_id };
    const journalId = await postJournal(trx, ctx, {
      postedOn: issueDate,
      description: `${number} ${row.client_name ?? ''} ${contract.number}`.trim(),
      source: { type: 'invoice', id },
      lines: [
        {
          ...side,
          accountId: await accountFor(trx, ctx, workspaceId, 'receivable'),
          debitMinor: gross,
          creditMinor: 0,
          amountMinor: row.total_minor,
        },
        {
          ...side,
          accountId: await accountFor(trx, ctx, workspaceId, 'revenue'),
          debitMinor: 0,
          creditMinor: gross - tax,
          amountMinor: row.net_minor,
        },
        ...(tax > 0
          ? [
              {
                ...side,
                accountId: await accountFor(trx, ctx, workspaceId, 'vat_output'),
                debitMinor: 0,
                creditMinor: tax,
                amountMinor: row.tax_minor,
              },
            ]
          : []),
      ],
    });
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
        base_total_minor: gross,
        journal_id: journalId,
      },
      'invoice.issue',
    );
  });
  return getInvoice(ctx, id);
}
