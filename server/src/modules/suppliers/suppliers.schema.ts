import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { riskTiers, supplierStatuses } from './suppliers.table.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const labels = z.array(z.string().trim().min(1).max(60)).max(50);

/** What a supplier may keep up to date itself through the portal. */
const profileFields = {
  website: z.url().max(300).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  phone: optionalText(40),
  categories: labels,
  skills: labels,
  regions: labels,
  languages: labels,
};

const bankFields = {
  bankName: optionalText(200),
  bankAccount: optionalText(60),
  bankSwift: z
    .string()
    .regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, 'an 8 or 11 character SWIFT/BIC')
    .nullable()
    .optional(),
};

const internalFields = {
  name: z.string().trim().min(1).max(200),
  legalName: optionalText(300),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code such as CN')
    .nullable()
    .optional(),
  taxId: optionalText(60),
  riskTier: z.enum(riskTiers).nullable().optional(),
};

export const supplierCreateBody = z.strictObject({
  ...internalFields,
  ...profileFields,
  ...bankFields,
  categories: labels.default([]),
  skills: labels.default([]),
  regions: labels.default([]),
  languages: labels.default([]),
});

export const supplierUpdateBody = z
  .strictObject({ ...internalFields, ...profileFields, ...bankFields })
  .partial()
  .extend({ version: versionField });

export const supplierProfileBody = z
  .strictObject(profileFields)
  .partial()
  .extend({ version: versionField });

export const supplierStatusBody = z.strictObject({
  status: z.enum(supplierStatuses),
  reason: z.string().trim().min(1).max(500).optional(),
  version: versionField,
});

/** Where a supplier is paid; shown only to holders of suppliers:bank. */
export const supplierBankSchema = z.object({
  name: z.string().nullable(),
  account: z.string().nullable(),
  swift: z.string().nullable(),
});

export const supplierSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    legalName: z.string().nullable(),
    country: z.string().nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    categories: z.array(z.string()),
    skills: z.array(z.string()),
    regions: z.array(z.string()),
    languages: z.array(z.string()),
    taxId: z.string().nullable(),
    /** Present only for callers with suppliers:bank. */
    bank: supplierBankSchema.nullable(),
    status: z.enum(supplierStatuses),
    statusReason: z.string().nullable(),
    /** The statuses it may move to next, and whether each needs a reason. */
    transitions: z.array(z.object({ status: z.enum(supplierStatuses), needsReason: z.boolean() })),
    riskTier: z.enum(riskTiers).nullable(),
    /** A mandatory qualification has expired: the supplier needs attention before new work. */
    mandatoryQualificationExpired: z.boolean(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Supplier' });

export const supplierListQuery = listQuery.extend({
  status: z.enum(supplierStatuses).optional(),
  riskTier: z.enum(riskTiers).optional(),
  category: z.string().max(60).optional(),
});
