import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { currencyCode, fraction, minorUnits } from '../../platform/money.ts';
import {
  billingModels,
  contractStatuses,
  contractTypes,
  invoiceDetails,
  paymentReleases,
  retainerPeriods,
  slaPriorityChanges,
} from './contracts.table.ts';
import { contractActions } from './lifecycle/contract-lifecycle.ts';

const day = z.iso.date();
const partyType = z.enum(['client', 'supplier']);

const feeScheduleItem = z.strictObject({
  date: day,
  amountMinor: minorUnits,
  label: z.string().trim().min(1).max(200),
});

/** What a draft may change; who the counterparty is and which side it is on are fixed. */
const editableFields = {
  type: z.enum(contractTypes),
  parentId: z.uuid().nullable().optional(),
  title: z.string().trim().min(1).max(300),
  ownerId: z.uuid().nullable().optional(),
  currency: currencyCode,
  valueMinor: minorUnits,
  startDate: day,
  endDate: day.nullable().optional(),
  autoRenew: z.boolean(),
  noticeDays: z.number().int().min(0).max(3650),
  paymentTermsDays: z.number().int().min(0).max(365),
  billingModel: z.enum(billingModels),
  capMinor: minorUnits.nullable().optional(),
  hourBlock: z.number().int().min(1).max(1_000_000).nullable().optional(),
  feeSchedule: z.array(feeScheduleItem).max(120),
  /** Supplier contracts: when their bills may be paid; kept as it is when left out. */
  paymentRelease: z.enum(paymentReleases).optional(),
  /** Client contracts: time on invoices per role and rate, or per person and day. */
  invoiceDetail: z.enum(invoiceDetails).optional(),
  /** Client contracts: re-billed expenses carry this fraction on top, 0 to 1: 0.10 for 10%. */
  expenseMarkup: fraction.optional(),
  /** Retainers: the block renews for the whole term, each month or each quarter. */
  retainerPeriod: z.enum(retainerPeriods).optional(),
  /** Retainers: hours past the block are billed at the rate card, or refused at approval. */
  retainerOverage: z.boolean().optional(),
  scope: z.string().max(20_000),
  /** The working calendar its SLA times run on. */
  calendarId: z.uuid().nullable().optional(),
  /** A ticket's priority change: its clocks carry the time run over (retroactive) or restart. */
  slaPriorityChange: z.enum(slaPriorityChanges).optional(),
  /** Working minutes waits may pause a ticket's clocks in all; null: no cap. */
  slaPauseCapMinutes: z.number().int().min(0).max(1_000_000).nullable().optional(),
};

export const contractCreateBody = z
  .strictObject({
    ...editableFields,
    partyType,
    clientId: z.uuid().optional(),
    supplierId: z.uuid().optional(),
    opportunityId: z.uuid().optional(),
    autoRenew: editableFields.autoRenew.default(false),
    noticeDays: editableFields.noticeDays.default(30),
    paymentTermsDays: editableFields.paymentTermsDays.default(30),
    feeSchedule: editableFields.feeSchedule.default([]),
    scope: editableFields.scope.default(''),
  })
  .meta({
    examples: [
      {
        partyType: 'client',
        clientId: '01a21d53-0000-7000-8000-000000000001',
        type: 'sow',
        title: 'Service desk',
        currency: 'CNY',
        valueMinor: 120_000_000,
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        billingModel: 'time_and_materials',
      },
    ],
  });

export const contractUpdateBody = z
  .strictObject(editableFields)
  .partial()
  .extend({ version: versionField });

export const versionBody = z.strictObject({ version: versionField });

export const decisionBody = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().trim().min(1).max(2000).optional(),
  version: versionField,
});

export const signBody = z.strictObject({
  signedOn: day,
  signatories: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200),
        title: z.string().trim().max(200).nullable().optional(),
        side: z.enum(['us', 'counterparty']),
      }),
    )
    .min(1)
    .max(20),
  version: versionField,
});

export const terminateBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  version: versionField,
});

export const renewBody = z.strictObject({
  startDate: day.optional(),
  endDate: day,
  version: versionField,
});

const ref = z.object({ id: z.string(), number: z.string(), name: z.string() });

export const contractSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    partyType,
    counterparty: ref,
    type: z.enum(contractTypes),
    parent: z.object({ id: z.string(), number: z.string(), title: z.string() }).nullable(),
    opportunityId: z.string().nullable().optional(),
    renewsId: z.string().nullable(),
    title: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    currency: z.string(),
    valueMinor: z.number().int(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    autoRenew: z.boolean(),
    noticeDays: z.number().int(),
    paymentTermsDays: z.number().int(),
    billingModel: z.enum(billingModels),
    capMinor: z.number().int().nullable(),
    hourBlock: z.number().int().nullable(),
    feeSchedule: z.array(
      z.object({ date: z.string(), amountMinor: z.number().int(), label: z.string() }),
    ),
    scope: z.string(),
    paymentRelease: z.enum(paymentReleases),
    invoiceDetail: z.enum(invoiceDetails),
    expenseMarkup: z.string(),
    retainerPeriod: z.enum(retainerPeriods),
    retainerOverage: z.boolean(),
    calendarId: z.string().nullable(),
    slaPriorityChange: z.enum(slaPriorityChanges),
    slaPauseCapMinutes: z.number().int().nullable(),
    status: z.enum(contractStatuses),
    statusReason: z.string().nullable().optional(),
    // Absent for portal users, with actions, opportunityId and statusReason: ours alone.
    review: z
      .object({
        round: z.number().int(),
        approvalsRequired: z.number().int(),
        financeRequired: z.boolean(),
        submittedBy: z.string().nullable(),
      })
      .optional(),
    signedOn: z.string().nullable(),
    signatories: z.array(
      z.object({
        name: z.string(),
        title: z.string().nullable(),
        side: z.enum(['us', 'counterparty']),
      }),
    ),
    fxRate: z.string().nullable(),
    fxDate: z.string().nullable(),
    actions: z.array(z.enum(contractActions)).optional(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Contract' });

export const contractListQuery = listQuery.extend({
  status: z.enum(contractStatuses).optional(),
  type: z.enum(contractTypes).optional(),
  partyType: partyType.optional(),
  clientId: z.uuid().optional(),
  supplierId: z.uuid().optional(),
  parentId: z.uuid().optional(),
  /** Contracts ending on or after this day… */
  endsFrom: day.optional(),
  /** …and on or before this one. */
  endsBy: day.optional(),
});

export const approvalSchema = z
  .object({
    id: z.string(),
    round: z.number().int(),
    user: z.object({ id: z.string(), name: z.string() }),
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().nullable(),
    finance: z.boolean(),
    /** Set when the decision was on an amendment. */
    amendmentId: z.string().nullable(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'ContractApproval' });
