import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { convertMinor } from '../../../platform/money.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import { postJournal } from '../ledger/journals.service.ts';
import type { InvoiceRow } from './invoices.repository.ts';

/**
 * Posts an issued document: an invoice debits receivables with its total and credits revenue
 * with the net and output VAT with the tax; a credit note, whose figures are negative, posts
 * the same accounts the other way round. Amounts go to base currency at `fxRate`; the net is
 * what the total leaves after the tax, so the journal balances whatever the rounding.
 */
export async function postInvoiceJournal(
  trx: Executor,
  ctx: Ctx,
  row: InvoiceRow,
  posting: { number: string; issueDate: string; fxRate: string; description: string },
) {
  const workspaceId = row.workspace_id;
  const { baseCurrency } = await getSettingsRow(trx, workspaceId);
  const base = (minor: number) =>
    convertMinor(Math.abs(minor), row.currency, baseCurrency, posting.fxRate);
  const gross = base(row.total_minor);
  const tax = base(row.tax_minor);
  const credit = row.kind === 'credit_note';
  /** A debit on an invoice is a credit on a credit note. */
  const side = (minor: number, debitOnInvoice: boolean) =>
    debitOnInvoice !== credit
      ? { debitMinor: minor, creditMinor: 0 }
      : { debitMinor: 0, creditMinor: minor };
  const common = { currency: row.currency, fxRate: posting.fxRate, clientId: row.client_id };
  const account = (purpose: 'receivable' | 'revenue' | 'vat_output') =>
    accountFor(trx, ctx, workspaceId, purpose);
  const lines = [
    {
      ...common,
      ...side(gross, true),
      accountId: await account('receivable'),
      amountMinor: Math.abs(row.total_minor),
    },
    {
      ...common,
      ...side(gross - tax, false),
      accountId: await account('revenue'),
      amountMinor: Math.abs(row.net_minor),
    },
  ];
  if (tax > 0) {
    lines.push({
      ...common,
      ...side(tax, false),
      accountId: await account('vat_output'),
      amountMinor: Math.abs(row.tax_minor),
    });
  }
  const journalId = await postJournal(trx, ctx, {
    postedOn: posting.issueDate,
    description: posting.description,
    source: { type: credit ? 'credit_note' : 'invoice', id: row.id },
    lines,
  });
  return { journalId, baseTotalMinor: credit ? -gross : gross };
}
