import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import { type PostingLine, postJournal } from '../ledger/journals.service.ts';
import type { ClaimRow, LineRow } from './expenses.repository.ts';

/**
 * Posts an approved claim in base currency, each line at the rate of its day: project expense
 * with what each receipt cost before its VAT, input VAT with the VAT, and the reimbursement
 * owed (其他应付款) with the total. The net is what the total leaves after the tax, so the
 * journal balances whatever the rounding.
 */
export async function postClaimJournal(
  trx: Executor,
  ctx: Ctx,
  claim: ClaimRow,
  lines: readonly LineRow[],
  approvedOn: string,
) {
  const account = (purpose: 'project_expense' | 'vat_input' | 'expense_payable') =>
    accountFor(trx, ctx, claim.workspace_id, purpose);
  const total = lines.reduce((s, l) => s + l.amount_base_minor, 0);
  const tax = lines.reduce((s, l) => s + l.tax_base_minor, 0);
  const common = { projectId: claim.project_id, supplierId: claim.supplier_id };
  const posting: PostingLine[] = [
    {
      ...common,
      accountId: await account('project_expense'),
      debitMinor: total - tax,
      creditMinor: 0,
    },
    { ...common, accountId: await account('expense_payable'), debitMinor: 0, creditMinor: total },
  ];
  if (tax > 0) {
    posting.push({
      ...common,
      accountId: await account('vat_input'),
      debitMinor: tax,
      creditMinor: 0,
    });
  }
  return postJournal(trx, ctx, {
    postedOn: approvedOn,
    description: `${claim.number} ${claim.person_name ?? ''} ${claim.title}`,
    source: { type: 'expense_claim', id: claim.id },
    lines: posting,
  });
}
