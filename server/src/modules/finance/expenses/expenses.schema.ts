import { z } from 'zod';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { currencyCode, minorUnits } from '../../../platform/money.ts';
import { expenseCategories, expenseClaimStatuses, receiptCategories } from './expenses.table.ts';

export const claimBody = z.strictObject({
  projectId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  /** Whose claim: the caller's own when left out; another person's needs finance:write. */
  personId: z.uuid().optional(),
});

const receiptLine = z.strictObject({
  category: z.enum(receiptCategories),
  day: z.iso.date(),
  description: z.string().trim().min(1).max(300),
  currency: currencyCode,
  /** What the receipt says was paid, tax included. */
  amountMinor: minorUnits.min(1),
  /** The VAT on the receipt (a 专票's 税额); 0 where it shows none. */
  taxMinor: minorUnits.default(0),
  billable: z.boolean(),
  version: versionField,
});

const perDiemLine = z.strictObject({
  category: z.literal('per_diem'),
  /** The first day away. */
  day: z.iso.date(),
  description: z.string().trim().min(1).max(300),
  /** A location of the workspace's per-diem rates: the amount is its daily rate × days. */
  location: z.string().trim().min(1).max(100),
  days: z.number().int().min(1).max(366),
  billable: z.boolean(),
  version: versionField,
});

export const lineBody = z
  .discriminatedUnion('category', [receiptLine, perDiemLine])
  .refine((l) => l.category === 'per_diem' || l.taxMinor < l.amountMinor, {
    message: 'The tax is part of the amount, so less than it',
    path: ['taxMinor'],
  });

export const lineParams = z.object({ id: z.uuid(), lineId: z.uuid() });

export const submitBody = z.strictObject({ version: versionField });

export const claimSorts = { createdAt: 'expense_claims.created_at' };

/** The caller's own claims, and with `waiting` those that wait for their decision instead. */
export const myClaimsQuery = pageQuery.extend({
  waiting: z.enum(['true', 'false']).optional(),
});

export const claimQuery = pageQuery.extend({
  status: z.enum(expenseClaimStatuses).optional(),
  projectId: z.uuid().optional(),
  personId: z.uuid().optional(),
});

const ref = z.object({ id: z.string(), name: z.string() });

const summaryFields = {
  id: z.string(),
  number: z.string(),
  title: z.string(),
  person: ref,
  project: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  /** The supplier whose worker claims, who approves first and is reimbursed. */
  supplier: ref.nullable(),
  status: z.enum(expenseClaimStatuses),
  /** Reimbursed in base currency: each line at the rate of its day. */
  currency: z.string(),
  totalMinor: z.number().int(),
  taxMinor: z.number().int(),
  /** Of the total, what the client is billed for (before markup). */
  billableMinor: z.number().int(),
  submittedAt: isoTimestamp.nullable(),
  approvedAt: isoTimestamp.nullable(),
  rejectionReason: z.string().nullable(),
  paymentRun: z.object({ id: z.string(), number: z.string() }).nullable(),
  paidOn: z.string().nullable(),
  createdAt: isoTimestamp,
  version: z.number().int(),
};

export const claimSummarySchema = z.object(summaryFields).meta({ id: 'ExpenseClaimSummary' });

const lineSchema = z.object({
  id: z.string(),
  day: z.string(),
  category: z.enum(expenseCategories),
  description: z.string(),
  location: z.string().nullable(),
  days: z.number().int().nullable(),
  currency: z.string(),
  amountMinor: z.number().int(),
  taxMinor: z.number().int(),
  fxRate: z.string(),
  amountBaseMinor: z.number().int(),
  taxBaseMinor: z.number().int(),
  billable: z.boolean(),
  /** A receipt's files; a per-diem line needs none. */
  receipts: z.number().int(),
  /** Once approved, for a billable line: what the client is billed, with the contract's markup. */
  markup: z.string().nullable(),
  rebillCurrency: z.string().nullable(),
  rebillMinor: z.number().int().nullable(),
  /** The invoice that bills it, once one does. */
  invoice: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
});

export const claimSchema = z
  .object({
    ...summaryFields,
    /** Whose approval it waits for: the supplier's, then the project's. */
    stage: z.enum(['supplier', 'project']).nullable(),
    /** The caller may approve or reject it now. */
    canDecide: z.boolean(),
    /** The caller may add and remove lines and submit it. */
    canEdit: z.boolean(),
    journalId: z.string().nullable(),
    lines: z.array(lineSchema),
  })
  .meta({ id: 'ExpenseClaim' });
