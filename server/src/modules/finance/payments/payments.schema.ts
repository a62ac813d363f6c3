import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { currencyCode } from '../../../platform/money.ts';
import { paymentSorts } from './payments.repository.ts';

const allocations = z
  .array(
    z.strictObject({
      invoiceId: z.uuid(),
      amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    }),
  )
  .max(100)
  .refine((list) => new Set(list.map((a) => a.invoiceId)).size === list.length, {
    message: 'Each invoice once',
  });

export const paymentBody = z.strictObject({
  clientId: z.uuid(),
  receivedOn: z.iso.date(),
  currency: currencyCode,
  amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  reference: z.string().trim().min(1).max(200).optional(),
  payer: z.string().trim().min(1).max(200).optional(),
  /** To which invoices it goes now; the rest is the client's credit balance. */
  allocations: allocations.default([]),
});

export const allocateBody = z.strictObject({
  version: versionField,
  /** The day the credit balance is applied; today when left out. */
  allocatedOn: z.iso.date().optional(),
  allocations: allocations.refine((list) => list.length > 0, { message: 'One invoice at least' }),
});

export const paymentQuery = pageQuery.extend({
  clientId: z.uuid().optional(),
  /** Only payments with something left to allocate: the clients' credit balances. */
  unallocated: z.enum(['true', 'false']).optional(),
  sort: sortParam(paymentSorts, '-receivedOn'),
});

const paymentFields = {
  id: z.string(),
  number: z.string(),
  client: z.object({ id: z.string(), name: z.string() }),
  receivedOn: z.string(),
  currency: z.string(),
  amountMinor: z.number().int(),
  allocatedMinor: z.number().int(),
  /** The client's credit balance from this payment. */
  unallocatedMinor: z.number().int(),
  fxRate: z.string(),
  baseAmountMinor: z.number().int(),
  reference: z.string().nullable(),
  payer: z.string().nullable(),
  journalId: z.string(),
  createdAt: isoTimestamp,
  version: z.number().int(),
};

export const paymentSummarySchema = z.object(paymentFields).meta({ id: 'PaymentSummary' });

export const paymentSchema = z
  .object({
    ...paymentFields,
    allocations: z.array(
      z.object({
        id: z.string(),
        invoice: z.object({ id: z.string(), number: z.string() }),
        amountMinor: z.number().int(),
        /** The receivable closed at the invoice's rate, and the payment's base it used. */
        baseMinor: z.number().int(),
        paymentBaseMinor: z.number().int(),
        /** Realised exchange gain (positive) or loss (negative), in base currency. */
        fxDifferenceMinor: z.number().int(),
        allocatedOn: z.string(),
        journalId: z.string(),
      }),
    ),
  })
  .meta({ id: 'Payment' });
