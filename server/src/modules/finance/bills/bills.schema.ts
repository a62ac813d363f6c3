import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { fraction, minorUnits } from '../../../platform/money.ts';
import { paymentReleases } from '../../contracts/index.ts';
import { billSortKeys } from './bills.repository.ts';
import { billLineKinds, billSources, billStatuses, holdKinds, lineMatches } from './bills.table.ts';

/** A tax rate as a decimal fraction, 0.06 for 6%; the workspace's default when left out. */
const taxRate = fraction.optional();

const timeLine = z.strictObject({
  kind: z.literal('time'),
  /** A worker of the bill's supplier contract: the line matches their approved entries. */
  personId: z.uuid(),
  hours: z.string().regex(/^\d{1,6}(\.\d{1,2})?$/, 'hours such as 37.5'),
  netMinor: minorUnits,
  taxRate,
});
const feeLine = z.strictObject({
  kind: z.literal('fee'),
  /** The item of the supplier contract's fee schedule it bills, by its day and label. */
  item: z.strictObject({ date: z.iso.date(), label: z.string().trim().min(1).max(200) }),
  netMinor: minorUnits,
  taxRate,
});
const otherLine = z.strictObject({
  kind: z.literal('other'),
  description: z.string().trim().min(1).max(300),
  netMinor: minorUnits,
  taxRate,
});

export const billBody = z
  .strictObject({
    contractId: z.uuid(),
    /** The supplier's own invoice number, once per supplier. */
    supplierReference: z.string().trim().min(1).max(60),
    billDate: z.iso.date(),
    /** The bill day plus the contract's payment terms when left out. */
    dueDate: z.iso.date().optional(),
    periodFrom: z.iso.date(),
    periodTo: z.iso.date(),
    lines: z
      .array(z.discriminatedUnion('kind', [timeLine, feeLine, otherLine]))
      .min(1)
      .max(100)
      .refine(
        (lines) => {
          const people = lines.flatMap((l) => (l.kind === 'time' ? [l.personId] : []));
          return new Set(people).size === people.length;
        },
        { message: 'One time line per worker' },
      ),
  })
  .refine((b) => b.periodFrom <= b.periodTo, {
    message: 'The period ends on or after it starts',
    path: ['periodTo'],
  })
  .refine((b) => !b.dueDate || b.dueDate >= b.billDate, {
    message: 'Due on or after the bill day',
    path: ['dueDate'],
  });

export const approveBillBody = z.strictObject({
  version: versionField,
  /** Needed when a line is off its match by more than the tolerance, or matches nothing. */
  reason: z.string().trim().min(1).max(1000).optional(),
});

export const rejectBillBody = z.strictObject({
  version: versionField,
  reason: z.string().trim().min(1).max(1000),
});

export const billQuery = pageQuery.extend({
  status: z.enum(billStatuses).optional(),
  supplierId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  /** Approved bills still held by their contract's release rule. */
  held: z.enum(['true', 'false']).optional(),
  sort: sortParam(billSortKeys, '-billDate'),
});

export const portalBillQuery = pageQuery.extend({
  sort: sortParam(billSortKeys, '-billDate'),
});

/** What holds an approved bill back from payment, and since when. */
export const holdSchema = z.object({
  kind: z.enum(holdKinds),
  /** The deliverable or project sign-off waited for, or the client invoice not yet paid. */
  name: z.string().nullable(),
  since: isoTimestamp,
});

const summaryFields = {
  id: z.string(),
  number: z.string(),
  supplierReference: z.string(),
  supplier: z.object({ id: z.string(), name: z.string() }),
  contract: z.object({ id: z.string(), number: z.string() }),
  source: z.enum(billSources),
  status: z.enum(billStatuses),
  currency: z.string(),
  billDate: z.string(),
  dueDate: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  /** Approved and still waiting for what its contract's release rule waits for. */
  held: z.boolean(),
  releasedAt: isoTimestamp.nullable(),
  paymentRun: z.object({ id: z.string(), number: z.string() }).nullable(),
  paidOn: z.string().nullable(),
  createdAt: isoTimestamp,
  version: z.number().int(),
};

export const billSummarySchema = z.object(summaryFields).meta({ id: 'SupplierBillSummary' });

const lineSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  kind: z.enum(billLineKinds),
  description: z.string(),
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
  hours: z.string().nullable(),
  taxRate: z.string(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  grossMinor: z.number().int(),
  /** What the matched entries cost at the contract's rates, and their hours. */
  expectedMinor: z.number().int().nullable(),
  expectedHours: z.string().nullable(),
  /** Billed less expected: positive when the supplier bills more. */
  varianceMinor: z.number().int().nullable(),
  varianceHours: z.string().nullable(),
  match: z.enum(lineMatches),
  /** The approved entries this line pays for. */
  entries: z.number().int(),
});

export const billSchema = z
  .object({
    ...summaryFields,
    paymentRelease: z.enum(paymentReleases),
    tolerance: z.string(),
    /** Some line is off its match beyond the tolerance: approving needs a reason. */
    needsReason: z.boolean(),
    fxRate: z.string().nullable(),
    baseTotalMinor: z.number().int().nullable(),
    journalId: z.string().nullable(),
    decisionReason: z.string().nullable(),
    decidedAt: isoTimestamp.nullable(),
    holds: z.array(holdSchema),
    lines: z.array(lineSchema),
  })
  .meta({ id: 'SupplierBill' });

/** A bill as its supplier sees it in the portal: no ledger, no client invoice numbers. */
export const portalBillSchema = z
  .object({
    ...summaryFields,
    holds: z.array(holdSchema),
    lines: z.array(lineSchema),
    decisionReason: z.string().nullable(),
    /** The bank's reference of the payment, once paid: the remittance. */
    paymentReference: z.string().nullable(),
  })
  .meta({ id: 'PortalSupplierBill' });
