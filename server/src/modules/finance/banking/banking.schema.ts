import { z } from 'zod';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { currencyCode } from '../../../platform/money.ts';
import { statementLineStatuses } from './banking.table.ts';

const column = z.string().trim().min(1).max(100);

export const mappingSchema = z.strictObject({
  /** The columns of the booking day and the amount (money in positive); the others if any. */
  date: column,
  amount: column,
  /** Where money out has a column of its own (借方金额): the amount column is then money in. */
  moneyOut: column.optional(),
  reference: column.optional(),
  counterparty: column.optional(),
});

export const statementBody = z.strictObject({
  bankAccount: z.string().trim().min(1).max(120),
  currency: currencyCode,
  format: z.enum(['csv', 'xlsx']),
  /** CSV text, or the .xlsx file in base64. */
  content: z
    .string()
    .min(1)
    .max(12 * 1024 * 1024),
  fileName: z.string().trim().min(1).max(200).optional(),
  /** Which column holds what; the account's mapping from its last import when left out. */
  mapping: mappingSchema.optional(),
});

/** Money in to the invoice it pays, or money out to the payment run it paid. */
export const matchBody = z
  .strictObject({
    version: versionField,
    invoiceId: z.uuid().optional(),
    paymentRunId: z.uuid().optional(),
  })
  .refine((b) => Boolean(b.invoiceId) !== Boolean(b.paymentRunId), {
    message: 'An invoice or a payment run, one of them',
    path: ['invoiceId'],
  });
export const ignoreBody = z.strictObject({
  version: versionField,
  note: z.string().trim().min(1).max(500),
});
export const lineQuery = pageQuery.extend({
  statementId: z.uuid().optional(),
  status: z.enum(statementLineStatuses).default('open'),
});
export const mappingQuery = z.object({ bankAccount: z.string().trim().min(1).max(120) });
export const statementQuery = pageQuery;

export const statementLineSchema = z
  .object({
    id: z.string(),
    statementId: z.string(),
    seq: z.number().int(),
    bookedOn: z.string(),
    amountMinor: z.number().int(),
    reference: z.string().nullable(),
    counterparty: z.string().nullable(),
    status: z.enum(statementLineStatuses),
    payment: z.object({ id: z.string(), number: z.string() }).nullable(),
    paymentRun: z.object({ id: z.string(), number: z.string() }).nullable(),
    note: z.string().nullable(),
    /** For money in still open: the invoices it may pay, best first. */
    suggestions: z.array(
      z.object({
        invoice: z.object({ id: z.string(), number: z.string(), balanceMinor: z.number().int() }),
        client: z.object({ id: z.string(), name: z.string() }),
        reasons: z.array(z.enum(['amount', 'reference', 'payer'])),
      }),
    ),
    /** For money out still open: the paid payment runs it may be, best first. */
    runSuggestions: z.array(
      z.object({
        run: z.object({ id: z.string(), number: z.string(), totalMinor: z.number().int() }),
        reasons: z.array(z.enum(['amount', 'reference'])),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'BankStatementLine' });

const statementFields = {
  id: z.string(),
  bankAccount: z.string(),
  currency: z.string(),
  fileName: z.string().nullable(),
  firstDay: z.string(),
  lastDay: z.string(),
  lines: z.number().int(),
  open: z.number().int(),
  createdAt: isoTimestamp,
};

export const statementSummarySchema = z
  .object(statementFields)
  .meta({ id: 'BankStatementSummary' });
export const statementSchema = z
  .object({ ...statementFields, bookings: z.array(statementLineSchema) })
  .meta({ id: 'BankStatement' });
