import type { Executor } from '../../../db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { getSettingsRow, rateToBase, toBase } from '../../settings/index.ts';
import type { ContractTable, ContractType } from '../contracts.table.ts';

export type ApprovalNeed = { approvers: number; finance: boolean };

/** With no rule that matches, one approver who is not the submitter. */
const DEFAULT_NEED: ApprovalNeed = { approvers: 1, finance: false };

/**
 * The approvals a contract needs: of the rules for its type (or every type) whose threshold
 * its value in base currency reaches, the most approvers any asks for, and a finance approver
 * if any asks for one.
 */
export async function approvalNeed(
  db: Executor,
  workspaceId: string,
  type: ContractType,
  baseValueMinor: number,
): Promise<ApprovalNeed> {
  const rules = await db
    .selectFrom('contract_approval_rules')
    .select(['approvers', 'finance_required'])
    .where('workspace_id', '=', workspaceId)
    .where('min_value_minor', '<=', baseValueMinor)
    .where((eb) => eb.or([eb('contract_type', 'is', null), eb('contract_type', '=', type)]))
    .execute();
  return rules.reduce(
    (need, r) => ({
      approvers: Math.max(need.approvers, r.approvers),
      finance: need.finance || r.finance_required,
    }),
    DEFAULT_NEED,
  );
}

/** Whether a round's approvals meet the need. */
export function isSatisfied(need: ApprovalNeed, approvals: { finance: boolean }[]): boolean {
  return approvals.length >= need.approvers && (!need.finance || approvals.some((a) => a.finance));
}

/**
 * A contract value in base currency for the approval rules: at the contract's locked rate once
 * signed, else at the rate in force on the day; without a rate there is nothing to compare.
 */
export async function valueInBase(
  db: Executor,
  c: Pick<ContractTable, 'workspace_id' | 'currency' | 'fx_rate'>,
  valueMinor: number,
  day: string,
): Promise<number> {
  const rate = c.fx_rate ?? (await rateToBase(db, c.workspace_id, c.currency, day))?.rate;
  if (!rate) {
    throw new AppError(
      'unprocessable',
      `Enter an exchange rate for ${c.currency} first: approval rules compare values in the base currency`,
    );
  }
  const { baseCurrency } = await getSettingsRow(db, c.workspace_id);
  return toBase(valueMinor, { currency: c.currency, baseCurrency, rate });
}
