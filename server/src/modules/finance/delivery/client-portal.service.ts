import type { z } from 'zod';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import type { pageQuery } from '../../../platform/http/pagination.ts';
import {
  findInvoiceRows,
  type InvoiceRow,
  invoiceRow,
  invoiceSorts,
} from '../invoices/invoices.repository.ts';
import { printableInvoice } from './invoice-document.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';

/** What the client sees of a document: what it owes and when, never how it was priced. */
function presentPortal(i: InvoiceRow) {
  return {
    id: i.id,
    kind: i.kind,
    number: i.number ?? '',
    contract: { number: i.contract_number ?? '', title: i.contract_title ?? '' },
    currency: i.currency,
    issueDate: i.issue_date ?? '',
    dueDate: i.due_date ?? '',
    netMinor: i.net_minor,
    taxMinor: i.tax_minor,
    totalMinor: i.total_minor,
    reason: i.reason,
  };
}

/** The portal user's client's issued invoices and credit notes, newest number first. */
export async function portalInvoices(ctx: Ctx, query: z.infer<typeof pageQuery>) {
  const k = keyset(invoiceSorts, 'invoices.id', '-number', query.cursor);
  const rows = await findInvoiceRows(
    ctx.db,
    workspaceOf(ctx),
    { status: 'issued', party: partyOf(ctx) },
    k,
    query.limit,
  );
  return keysetPage(rows, k, query.limit, presentPortal);
}

/** The PDF of one of them; any other document, drafts included, is not found. */
export async function portalInvoicePdf(ctx: Ctx, id: string) {
  const row = await invoiceRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (row?.status !== 'issued') throw notFound('Invoice');
  const doc = await printableInvoice(ctx, id);
  return { fileName: `${doc.invoice.number}.pdf`, content: await renderInvoicePdf(doc) };
}
