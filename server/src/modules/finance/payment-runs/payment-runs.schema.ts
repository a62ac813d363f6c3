import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { supplierBankSchema } from '../../suppliers/index.ts';
import { paymentRunStatuses } from './payment-runs.table.ts';

export const runSorts = { createdAt: 'payment_runs.created_at', number: 'payment_runs.number' };

export const runBody = z.strictObject({
  /**
   * Every approved, released bill due on or before this day that no run pays yet, and every
   * approved expense claim no run reimburses yet.
   */
  dueBy: z.iso.date(),
});

export const payRunBody = z.strictObject({
  version: versionField,
  paidOn: z.iso.date(),
  /** The bank's reference of the transfer, as the statement shows it. */
  bankReference: z.string().trim().min(1).max(100),
});

export const runQuery = pageQuery.extend({
  status: z.enum(paymentRunStatuses).optional(),
  sort: sortParam(runSorts, '-createdAt'),
});

const runFields = {
  id: z.string(),
  number: z.string(),
  dueBy: z.string(),
  status: z.enum(paymentRunStatuses),
  /** What the run pays in each currency. */
  totals: z.array(z.object({ currency: z.string(), totalMinor: z.number().int() })),
  bills: z.number().int(),
  /** Expense claims it reimburses. */
  claims: z.number().int(),
  approvedAt: isoTimestamp.nullable(),
  paidOn: z.string().nullable(),
  bankReference: z.string().nullable(),
  journalId: z.string().nullable(),
  createdAt: isoTimestamp,
  version: z.number().int(),
};

export const runSummarySchema = z.object(runFields).meta({ id: 'PaymentRunSummary' });

export const runSchema = z
  .object({
    ...runFields,
    /**
     * One transfer per supplier and currency (its bills, and its workers' expense claims), and
     * one per employee reimbursed.
     */
    payees: z.array(
      z.object({
        supplier: z.object({ id: z.string(), name: z.string() }).nullable(),
        person: z.object({ id: z.string(), name: z.string() }).nullable(),
        currency: z.string(),
        totalMinor: z.number().int(),
        /** Only for holders of suppliers:bank. */
        bank: supplierBankSchema.nullable(),
        bills: z.array(
          z.object({
            id: z.string(),
            number: z.string(),
            supplierReference: z.string(),
            dueDate: z.string(),
            totalMinor: z.number().int(),
          }),
        ),
        claims: z.array(
          z.object({
            id: z.string(),
            number: z.string(),
            title: z.string(),
            totalMinor: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PaymentRun' });
