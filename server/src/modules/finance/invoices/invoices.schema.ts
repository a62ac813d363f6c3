import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { roundingModes } from '../../../platform/money.ts';
import { taxBases } from '../tax/policy.table.ts';
import { invoiceSorts } from './invoices.repository.ts';
import { invoiceKinds, invoiceLineKinds, invoiceStatuses } from './invoices.table.ts';
import { settlements } from './settlement.ts';

const day = z.iso.date();

export const runBody = z.strictObject({
  /** Bill everything approved on or before this day. */
  upTo: day,
  /** One contract only; every client contract in force when left out. */
  contractId: z.uuid().optional(),
});

const invoiceFields = {
  id: z.string(),
  kind: z.enum(invoiceKinds),
  /** For a credit note: the invoice it credits, and why. */
  creditsId: z.string().nullable(),
  reason: z.string().nullable(),
  /** Given at issue; null on a draft. */
  number: z.string().nullable(),
  runNumber: z.string(),
  status: z.enum(invoiceStatuses),
  contract: z.object({ id: z.string(), number: z.string(), title: z.string() }),
  client: z.object({ id: z.string(), name: z.string() }),
  currency: z.string(),
  periodTo: z.string(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  roundingMinor: z.number().int(),
  exactTotal: z.string(),
  policy: z.object({
    taxBasis: z.enum(taxBases),
    rounding: z.enum(roundingModes),
    pricesIncludeTax: z.boolean(),
  }),
  fxRate: z.string().nullable(),
  baseTotalMinor: z.number().int().nullable(),
  /** Time and materials: the contract's cap, and the approved hours' value it held back. */
  capMinor: z.number().int().nullable(),
  cappedMinor: z.number().int().nullable(),
  /** What payments and issued credit notes took of an issued invoice, and what is owed. */
  paidMinor: z.number().int(),
  creditedMinor: z.number().int(),
  balanceMinor: z.number().int().nullable(),
  /** The receivable still open for it, in base currency at the rate it was booked at. */
  baseOpenMinor: z.number().int().nullable(),
  settlement: z.enum(settlements).nullable(),
  writtenOffMinor: z.number().int(),
  writtenOffReason: z.string().nullable(),
  /** Payment reminders sent; none go out while the client disputes the invoice. */
  remindersSent: z.number().int(),
  disputedAt: isoTimestamp.nullable(),
  disputeReason: z.string().nullable(),
  journalId: z.string().nullable(),
  createdAt: isoTimestamp,
  createdBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  issuedAt: isoTimestamp.nullable(),
  /** When it was last mailed to the client's billing contacts. */
  sentAt: isoTimestamp.nullable(),
  version: z.number().int(),
};

export const invoiceSummarySchema = z.object(invoiceFields).meta({ id: 'InvoiceSummary' });

export const invoiceSchema = z
  .object({
    ...invoiceFields,
    lines: z.array(
      z.object({
        id: z.string(),
        seq: z.number().int(),
        kind: z.enum(invoiceLineKinds),
        descriptionZh: z.string(),
        descriptionEn: z.string(),
        quantity: z.string(),
        unit: z.string(),
        taxRate: z.string(),
        netMinor: z.number().int(),
        taxMinor: z.number().int(),
        grossMinor: z.number().int(),
        exactNet: z.string(),
        exactTax: z.string(),
        /** The credit note that credits the line, if one does. */
        creditedBy: z.string().nullable(),
        /** Why a discount line was given. */
        reason: z.string().nullable(),
        /** How many approved entries the line bills. */
        entries: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Invoice' });

export const runSchema = z
  .object({
    runNumber: z.string(),
    invoices: z.array(invoiceSummarySchema),
    /** Time-and-materials contracts whose cap held approved hours back, and their value. */
    capped: z.array(
      z.object({
        contract: z.object({ id: z.string(), number: z.string() }),
        currency: z.string(),
        cappedMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'InvoiceRun' });

export const invoiceQuery = pageQuery.extend({
  status: z.enum(invoiceStatuses).optional(),
  kind: z.enum(invoiceKinds).optional(),
  clientId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  issuedFrom: day.optional(),
  issuedTo: day.optional(),
  sort: sortParam(invoiceSorts, '-createdAt'),
});

export const versionBody = z.strictObject({ version: versionField });
export const creditBody = z.strictObject({
  version: versionField,
  reason: z.string().trim().min(1).max(500),
  /** The lines to credit; every line not yet credited when left out. */
  lineIds: z.array(z.uuid()).min(1).max(200).optional(),
});
export const issueBody = z.strictObject({
  version: versionField,
  /** Today when left out; never in a closed month. */
  issueDate: day.optional(),
});

const text = z.string().trim().min(1).max(300);

/** Edits of a draft: line texts, and discount lines taken off again. */
export const draftEditBody = z
  .strictObject({
    version: versionField,
    lines: z
      .array(z.strictObject({ id: z.uuid(), descriptionZh: text, descriptionEn: text }))
      .max(200)
      .optional(),
    removeDiscounts: z.array(z.uuid()).max(50).optional(),
  })
  .refine((b) => (b.lines?.length ?? 0) + (b.removeDiscounts?.length ?? 0) > 0, {
    message: 'A line to edit or a discount to remove',
  });

export const discountBody = z.strictObject({
  version: versionField,
  description: text,
  /** Taken off the draft's prices, in the invoice's currency. */
  amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z.string().trim().min(1).max(500),
});
