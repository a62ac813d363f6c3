import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { convertMinor } from '../../../platform/money.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import { type PostingLine, postJournal } from '../ledger/journals.service.ts';
import type { BillRow } from './bills.repository.ts';

/**
 * Posts an approved bill (应付账款): debits subcontract cost with the net and input VAT with
 * the tax, credits payables with the total, all at the bill day's rate. The net is what the
 * total leaves after the tax, so the journal balances whatever the rounding.
 */
export async function postBillJournal(
  trx: Executor,
  ctx: Ctx,
  bill: BillRow,
  rate: { rate: string; baseCurrency: string },
) {
  const base = (minor: number) => convertMinor(minor, bill.currency, rate.baseCurrency, rate.rate);
  const total = base(bill.total_minor);
  const tax = base(bill.tax_minor);
  const account = (purpose: 'payable' | 'subcontract_cost' | 'vat_input') =>
    accountFor(trx, ctx, bill.workspace_id, purpose);
  const common = { currency: bill.currency, fxRate: rate.rate, supplierId: bill.supplier_id };
  const lines: PostingLine[] = [
    {
      ...common,
      accountId: await account('subcontract_cost'),
      debitMinor: total - tax,
      creditMinor: 0,
      amountMinor: bill.net_minor,
    },
    {
      ...common,
      accountId: await account('payable'),
      debitMinor: 0,
      creditMinor: total,
      amountMinor: bill.total_minor,
    },
  ];
  if (tax > 0) {
    lines.push({
      ...common,
      accountId: await account('vat_input'),
      debitMinor: tax,
      creditMinor: 0,
      amountMinor: bill.tax_minor,
    });
  }
  const journalId = await postJournal(trx, ctx, {
    postedOn: bill.bill_date,
    description: `${bill.number} ${bill.supplier_name ?? ''} ${bill.supplier_reference}`,
    source: { type: 'supplier_bill', id: bill.id },
    lines,
  });
  return { journalId, baseTotalMinor: total };
}

/** A bill as a payment run pays it: its payable at the approval rate, the bank at the day's. */
export type PaidBill = {
  bill: BillRow;
  /** The bill's total in base at the rate of the payment day. */
  paidBaseMinor: number;
  fxRate: string;
};

/** An expense claim a run reimburses, in base currency. */
export type ReimbursedClaim = { number: string; total_minor: number; supplier_id: string | null };

/**
 * Posts a paid run: each bill debits payables with what its approval booked and credits the
 * bank at the payment day's rate; the difference is realised exchange gain (a credit) or loss.
 * Each expense claim debits the reimbursement owed and credits the bank with its total.
 */
export async function postRunJournal(
  trx: Executor,
  ctx: Ctx,
  run: { id: string; workspaceId: string; number: string; paidOn: string; bankReference: string },
  paid: readonly PaidBill[],
  claims: readonly ReimbursedClaim[],
) {
  const account = (purpose: 'payable' | 'bank' | 'fx_gain_loss' | 'expense_payable') =>
    accountFor(trx, ctx, run.workspaceId, purpose);
  const lines: PostingLine[] = [];
  for (const claim of claims) {
    const own = { memo: claim.number, supplierId: claim.supplier_id };
    lines.push(
      {
        ...own,
        accountId: await account('expense_payable'),
        debitMinor: claim.total_minor,
        creditMinor: 0,
      },
      { ...own, accountId: await account('bank'), debitMinor: 0, creditMinor: claim.total_minor },
    );
  }
  let difference = 0;
  for (const { bill, paidBaseMinor, fxRate } of paid) {
    const booked = bill.base_total_minor ?? 0;
    const own = {
      currency: bill.currency,
      amountMinor: bill.total_minor,
      supplierId: bill.supplier_id,
      memo: bill.number,
    };
    lines.push(
      {
        ...own,
        fxRate: bill.fx_rate ?? '1',
        accountId: await account('payable'),
        debitMinor: booked,
        creditMinor: 0,
      },
      {
        ...own,
        fxRate,
        accountId: await account('bank'),
        debitMinor: 0,
        creditMinor: paidBaseMinor,
      },
    );
    difference += paidBaseMinor - booked;
  }
  if (difference !== 0) {
    lines.push({
      accountId: await account('fx_gain_loss'),
      debitMinor: Math.max(difference, 0),
      creditMinor: Math.max(-difference, 0),
    });
  }
  return postJournal(trx, ctx, {
    postedOn: run.paidOn,
    description: `${run.number} ${run.bankReference}`,
    source: { type: 'supplier_payment', id: run.id },
    lines,
  });
}
