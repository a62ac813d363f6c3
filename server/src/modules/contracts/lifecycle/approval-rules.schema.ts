import { z } from 'zod';
import { minorUnits } from '../../../platform/money.ts';
import { contractTypes } from '../contracts.table.ts';

export const approvalRuleBody = z.strictObject({
  contractType: z.enum(contractTypes).nullable().default(null),
  minValueMinor: minorUnits,
  approvers: z.number().int().min(1).max(5),
  financeRequired: z.boolean().default(false),
});

export const approvalRuleSchema = z
  .object({
    id: z.string(),
    contractType: z.enum(contractTypes).nullable(),
    /** In the base currency's minor units. */
    minValueMinor: z.number().int(),
    approvers: z.number().int(),
    financeRequired: z.boolean(),
  })
  .meta({ id: 'ApprovalRule' });
