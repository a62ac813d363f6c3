import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { minorUnits } from '../../platform/money.ts';
import { clientStatuses, clientTiers, contactRelationships } from './clients.table.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** ISO 3166-1 alpha-2, upper case. */
const country = z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code such as CN');

const clientFields = {
  name: text(200),
  legalName: optionalText(300),
  industry: optionalText(100),
  country: country.nullable().optional(),
  tier: z.enum(clientTiers),
  status: z.enum(clientStatuses),
  ownerId: z.uuid().nullable().optional(),
  tags: z.array(text(40)).max(20),
  taxId: optionalText(60),
  billingEmail: z.email().max(254).nullable().optional(),
  billingAddress: optionalText(500),
  /** The buyer's phone and bank account as the fapiao prints them. */
  billingPhone: optionalText(60),
  billingBank: optionalText(200),
  /** In base currency; none when left out. */
  creditLimitMinor: minorUnits.nullable().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).nullable().optional(),
};

export const clientCreateBody = z
  .strictObject({
    ...clientFields,
    tier: clientFields.tier.default('standard'),
    status: clientFields.status.default('prospect'),
    tags: clientFields.tags.default([]),
  })
  .meta({ examples: [{ name: '华信银行', country: 'CN', tier: 'key', tags: ['banking'] }] });

export const clientUpdateBody = z
  .strictObject(clientFields)
  .partial()
  .extend({ version: versionField });

export const clientSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    legalName: z.string().nullable(),
    industry: z.string().nullable(),
    country: z.string().nullable(),
    tier: z.enum(clientTiers),
    status: z.enum(clientStatuses),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    tags: z.array(z.string()),
    taxId: z.string().nullable(),
    billingEmail: z.string().nullable(),
    billingAddress: z.string().nullable(),
    billingPhone: z.string().nullable(),
    billingBank: z.string().nullable(),
    creditLimitMinor: z.number().int().nullable(),
    paymentTermsDays: z.number().int().nullable(),
    contactCount: z.number().int(),
    archivedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Client' });

export const clientListQuery = listQuery.extend({
  status: z.enum(clientStatuses).optional(),
  tier: z.enum(clientTiers).optional(),
  ownerId: z.uuid().optional(),
  tag: z.string().max(40).optional(),
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const contactFields = {
  name: text(200),
  title: optionalText(100),
  email: z.email().max(254).nullable().optional(),
  phone: optionalText(40),
  language: z.enum(['zh-CN', 'en-US']).nullable().optional(),
  timeZone: optionalText(64),
  relationship: z.enum(contactRelationships),
};

export const contactCreateBody = z.strictObject({
  ...contactFields,
  relationship: contactFields.relationship.default('other'),
});

export const contactUpdateBody = z
  .strictObject(contactFields)
  .partial()
  .extend({ version: versionField });

export const contactSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.string().nullable(),
    timeZone: z.string().nullable(),
    relationship: z.enum(contactRelationships),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Contact' });
