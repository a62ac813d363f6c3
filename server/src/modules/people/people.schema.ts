import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { currencyCode, minorUnits } from '../../platform/money.ts';
import { seniorities } from '../contracts/index.ts';
import { positionRefSchema } from '../settings/index.ts';
import { languageLevels, personKinds, personStatuses } from './people.table.ts';

const text = (max: number) => z.string().trim().max(max).nullable().optional();
const day = z.iso.date();

/** A language a person speaks, or a request needs, and at what level. */
export const languageItem = z.strictObject({
  code: z.string().regex(/^[a-z]{2,3}$/),
  level: z.enum(languageLevels),
});

const personFields = {
  kind: z.enum(personKinds),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(200).nullable().optional(),
  /** From the positions catalogue; with the grade it prices a supplier worker. */
  positionId: z.uuid().nullable().optional(),
  department: text(100),
  grade: z.enum(seniorities).nullable().optional(),
  managerId: z.uuid().nullable().optional(),
  location: text(100),
  timeZone: text(60),
  calendarId: z.uuid().nullable().optional(),
  languages: z.array(languageItem).max(10).default([]),
  startDate: day.nullable().optional(),
  endDate: day.nullable().optional(),
  status: z.enum(personStatuses).default('active'),
  supplierId: z.uuid().nullable().optional(),
  supplierContractId: z.uuid().nullable().optional(),
  userId: z.uuid().nullable().optional(),
  hoursPerWeek: z.number().int().min(1).max(80).default(40),
  partTimePercent: z.number().int().min(1).max(100).default(100),
};

const datesInOrder = (p: { startDate?: string | null; endDate?: string | null }) =>
  !p.startDate || !p.endDate || p.endDate >= p.startDate;

export const personBody = z
  .strictObject(personFields)
  .refine(datesInOrder, { message: 'The end comes before the start', path: ['endDate'] })
  .refine((p) => (p.kind === 'supplier_worker') === Boolean(p.supplierId), {
    message: 'A supplier worker names their supplier; an employee has none',
    path: ['supplierId'],
  });

export const personUpdateBody = z
  .strictObject(personFields)
  .omit({ kind: true })
  .partial()
  .extend({ version: versionField })
  .refine(datesInOrder, { message: 'The end comes before the start', path: ['endDate'] });

export const personListQuery = listQuery.extend({
  kind: z.enum(personKinds).optional(),
  status: z.enum(personStatuses).optional(),
  department: z.string().max(100).optional(),
  supplierId: z.uuid().optional(),
  skillId: z.uuid().optional(),
  minProficiency: z.coerce.number().int().min(1).max(5).optional(),
  freeFrom: day.optional(),
  freeTo: day.optional(),
});

const ref = z.object({ id: z.string(), name: z.string() }).nullable();

export const personSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(personKinds),
    name: z.string(),
    email: z.string().nullable(),
    position: positionRefSchema.nullable(),
    department: z.string().nullable(),
    grade: z.enum(seniorities).nullable(),
    manager: ref,
    location: z.string().nullable(),
    timeZone: z.string().nullable(),
    calendarId: z.string().nullable(),
    languages: z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    status: z.enum(personStatuses),
    supplier: ref,
    supplierContractId: z.string().nullable(),
    userId: z.string().nullable(),
    hoursPerWeek: z.number().int(),
    partTimePercent: z.number().int(),
    createdAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Person' });

export const costRateBody = z.strictObject({
  rateMinor: minorUnits,
  currency: currencyCode,
  effectiveFrom: day,
});

export const costRateParams = z.object({ id: z.uuid(), rateId: z.uuid() });

export const costRateSchema = z
  .object({
    id: z.string(),
    rateMinor: z.number().int(),
    currency: z.string(),
    effectiveFrom: z.string(),
  })
  .meta({ id: 'PersonCostRate' });

export const costOnQuery = z.strictObject({ day });

export const costOnSchema = z
  .object({
    rateMinor: z.number().int().nullable(),
    currency: z.string().nullable(),
    unit: z.enum(['hour', 'day']).nullable(),
    /** Where it came from: the person's own rates, or their supplier contract's rate card. */
    source: z.enum(['person', 'supplier_contract']).nullable(),
  })
  .meta({ id: 'PersonCostOn' });
