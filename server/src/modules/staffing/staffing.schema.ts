import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { currencyCode, minorUnits } from '../../platform/money.ts';
import { seniorities } from '../contracts/index.ts';
import { languageItem } from '../people/index.ts';
import { positionRefSchema } from '../settings/index.ts';
import { assignmentStatuses, requestStatuses } from './staffing.table.ts';

const day = z.iso.date();
/** UTC offsets run from −12:00 to +14:00. */
const utcOffset = z
  .number()
  .int()
  .min(-12 * 60)
  .max(14 * 60);

const requestFields = {
  positionId: z.uuid(),
  seniority: z.enum(seniorities).nullable().optional(),
  opportunityId: z.uuid().nullable().optional(),
  projectId: z.uuid().nullable().optional(),
  skills: z
    .array(
      z.strictObject({
        skillId: z.uuid(),
        minProficiency: z.number().int().min(1).max(5),
        weight: z.number().int().min(1).max(10).default(5),
      }),
    )
    .max(20)
    .default([]),
  languages: z.array(languageItem).max(10).default([]),
  location: z.string().trim().max(100).nullable().optional(),
  utcOffsetMin: utcOffset.nullable().optional(),
  utcOffsetMax: utcOffset.nullable().optional(),
  hoursPerWeek: z.number().int().min(1).max(80).default(40),
  startDate: day,
  endDate: day,
  maxRateMinor: minorUnits.nullable().optional(),
  currency: currencyCode.nullable().optional(),
  headcount: z.number().int().min(1).max(100).default(1),
  notes: z.string().trim().max(4000).nullable().optional(),
};

type RequestShape = {
  startDate?: string;
  endDate?: string;
  utcOffsetMin?: number | null;
  utcOffsetMax?: number | null;
  maxRateMinor?: number | null;
  currency?: string | null;
  skills?: { skillId: string }[];
};

/** Rules both the new and the changed request keep. */
function requestRules<T extends z.ZodType<RequestShape>>(schema: T) {
  return schema
    .refine((r) => !r.startDate || !r.endDate || r.endDate >= r.startDate, {
      message: 'The end comes before the start',
      path: ['endDate'],
    })
    .refine(
      (r) => r.utcOffsetMin == null || r.utcOffsetMax == null || r.utcOffsetMax >= r.utcOffsetMin,
      { message: 'The time-zone window ends before it starts', path: ['utcOffsetMax'] },
    )
    .refine((r) => r.maxRateMinor == null || r.currency != null, {
      message: 'A maximum cost names its currency',
      path: ['currency'],
    })
    .refine((r) => new Set(r.skills?.map((s) => s.skillId)).size === (r.skills?.length ?? 0), {
      message: 'Each skill once',
      path: ['skills'],
    });
}

export const requestBody = requestRules(z.strictObject(requestFields));

export const requestUpdateBody = requestRules(
  z
    .strictObject(requestFields)
    .partial()
    .extend({ status: z.enum(requestStatuses).optional(), version: versionField }),
);

export const requestListQuery = listQuery.extend({
  status: z.enum(requestStatuses).optional(),
  projectId: z.uuid().optional(),
  opportunityId: z.uuid().optional(),
});

const skillName = { nameEn: z.string(), nameZh: z.string() };

export const requestSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    position: positionRefSchema,
    seniority: z.enum(seniorities).nullable(),
    opportunity: z.object({ id: z.string(), name: z.string() }).nullable(),
    projectId: z.string().nullable(),
    skills: z.array(
      z.object({
        skillId: z.string(),
        ...skillName,
        minProficiency: z.number(),
        weight: z.number(),
      }),
    ),
    languages: z.array(languageItem),
    location: z.string().nullable(),
    utcOffsetMin: z.number().nullable(),
    utcOffsetMax: z.number().nullable(),
    hoursPerWeek: z.number(),
    startDate: z.string(),
    endDate: z.string(),
    maxRateMinor: z.number().nullable(),
    currency: z.string().nullable(),
    headcount: z.number(),
    /** Confirmed assignments made from this request. */
    filled: z.number(),
    status: z.enum(requestStatuses),
    notes: z.string().nullable(),
    createdAt: isoTimestamp,
    version: z.number(),
  })
  .meta({ id: 'StaffingRequest' });

const component = z.object({
  /** 0 to 1. */
  value: z.number(),
  /** Share of the total score, in points out of 100. */
  weight: z.number(),
});

export const candidateSchema = z
  .object({
    person: z.object({
      id: z.string(),
      number: z.string(),
      name: z.string(),
      kind: z.enum(['employee', 'supplier_worker']),
      position: positionRefSchema.nullable(),
      grade: z.enum(seniorities).nullable(),
      supplier: z.object({ id: z.string(), name: z.string() }).nullable(),
      timeZone: z.string().nullable(),
    }),
    /** 0 to 100: the weighted sum of the components. */
    score: z.number(),
    components: z.object({
      skills: component.extend({
        detail: z.array(
          z.object({
            skillId: z.string(),
            proficiency: z.number().nullable(),
            minimum: z.number(),
          }),
        ),
      }),
      availability: component.extend({
        /** Free hours per week over the window, at the least and on average. */
        minFreeHours: z.number(),
        averageFreeHours: z.number(),
      }),
      fit: component.extend({
        timeZone: z.number().nullable(),
        languages: z.number().nullable(),
        utcOffset: z.number().nullable(),
      }),
      cost: component.extend({
        rateMinor: z.number().nullable(),
        currency: z.string().nullable(),
      }),
    }),
  })
  .meta({ id: 'StaffingCandidate' });

const assignmentFields = {
  personId: z.uuid(),
  requestId: z.uuid().nullable().optional(),
  /** The project the person works on; a booking from a request takes the request's. */
  projectId: z.uuid().nullable().optional(),
  /** What they do on it: with their grade it picks the client contract's rate. */
  positionId: z.uuid(),
  startDate: day,
  endDate: day,
  hoursPerWeek: z.number().int().min(1).max(80),
  status: z.enum(assignmentStatuses).default('proposed'),
};

export const assignmentBody = z
  .strictObject(assignmentFields)
  .refine((a) => a.endDate >= a.startDate, {
    message: 'The end comes before the start',
    path: ['endDate'],
  });

export const assignmentUpdateBody = z
  .strictObject(assignmentFields)
  .omit({ personId: true, requestId: true, projectId: true })
  .partial()
  .extend({ version: versionField })
  .refine((a) => !a.startDate || !a.endDate || a.endDate >= a.startDate, {
    message: 'The end comes before the start',
    path: ['endDate'],
  });

export const assignmentListQuery = listQuery.extend({
  personId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  requestId: z.uuid().optional(),
  status: z.enum(assignmentStatuses).optional(),
  /** Assignments overlapping this window. */
  from: day.optional(),
  to: day.optional(),
});

export const overAllocationSchema = z.object({
  week: z.string(),
  bookedHours: z.number(),
  capacityHours: z.number(),
});

export const assignmentSchema = z
  .object({
    id: z.string(),
    person: z.object({ id: z.string(), name: z.string(), number: z.string() }),
    request: z.object({ id: z.string(), number: z.string() }).nullable(),
    projectId: z.string().nullable(),
    position: positionRefSchema,
    startDate: z.string(),
    endDate: z.string(),
    hoursPerWeek: z.number(),
    status: z.enum(assignmentStatuses),
    createdAt: isoTimestamp,
    version: z.number(),
  })
  .meta({ id: 'Assignment' });

/** A saved assignment with the weeks it takes the person over their capacity. */
export const savedAssignmentSchema = assignmentSchema
  .extend({
    overAllocated: z.array(overAllocationSchema),
    /** What will stop its hours being approved, said when it is booked. */
    warnings: z.array(z.object({ code: z.enum(['no_client_rate']), message: z.string() })),
  })
  .meta({ id: 'SavedAssignment' });

export const utilizationQuery = z.strictObject({
  from: day.optional(),
  weeks: z.coerce.number().int().min(1).max(26).default(12),
  department: z.string().max(100).optional(),
  supplierId: z.uuid().optional(),
  skillId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});

export const utilizationSchema = z
  .object({
    weeks: z.array(z.string()),
    /** Per week: all booked hours against all capacity, for the forecast line. */
    totals: z.array(
      z.object({
        confirmedHours: z.number(),
        proposedHours: z.number(),
        capacityHours: z.number(),
      }),
    ),
    items: z.array(
      z.object({
        person: z.object({
          id: z.string(),
          name: z.string(),
          department: z.string().nullable(),
          supplier: z.string().nullable(),
        }),
        cells: z.array(
          z.object({ confirmed: z.number(), proposed: z.number(), capacity: z.number() }),
        ),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'Utilization' });

export const benchQuery = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(12).default(4),
  /** Under this share of capacity booked (confirmed), a person is on the bench. */
  threshold: z.coerce.number().int().min(1).max(100).default(50),
});

export const benchEntrySchema = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    position: positionRefSchema.nullable(),
    department: z.string().nullable(),
    supplier: z.string().nullable(),
  }),
  /** Confirmed hours over capacity across the weeks, in percent. */
  utilization: z.number(),
  freeHours: z.number(),
});

export const skillGapEntrySchema = z.object({
  skill: z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() }),
  /** The highest minimum proficiency an open request asks for. */
  minimum: z.number(),
  /** People the open requests need with this skill. */
  needed: z.number(),
  /** Active people who have it at that level or above. */
  available: z.number(),
  gap: z.number(),
});
