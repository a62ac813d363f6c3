import { z } from 'zod';
import { weekdayOf } from '../../platform/days.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { rateUnits } from '../contracts/index.ts';
import { positionRefSchema } from '../settings/index.ts';
import { timesheetStatuses } from './time.table.ts';

const day = z.iso.date();
const ref = z.object({ id: z.string(), name: z.string() });
const projectRef = ref.extend({ number: z.string() });

export const weekParams = z.object({
  week: day.refine((d) => weekdayOf(d) === 0, 'the Monday a week starts on'),
});
export const personQuery = z.object({ personId: z.uuid().optional() });

/** Hours in quarters of an hour, at most a whole day. */
const hours = z
  .number()
  .min(0)
  .max(24)
  .refine((h) => Number.isInteger(h * 4), 'in quarters of an hour');

const weekRow = z.strictObject({
  projectId: z.uuid(),
  taskId: z.uuid().nullable().default(null),
  billable: z.boolean().default(true),
  hours: z.array(hours).length(7),
  notes: z
    .array(z.string().trim().max(500).nullable())
    .length(7)
    .default([null, null, null, null, null, null, null]),
});

export const weekBody = z
  .strictObject({
    personId: z.uuid().optional(),
    rows: z.array(weekRow).max(50),
  })
  .meta({
    examples: [
      {
        rows: [{ projectId: '01a21d53-0000-7000-8000-000000000002', hours: [8, 8, 8, 8, 6, 0, 0] }],
      },
    ],
  });
/** One day's hours on a project, as posted by another system or read from an import row. */
export const entryBody = z.strictObject({
  personId: z.uuid().optional(),
  projectId: z.uuid(),
  taskId: z.uuid().nullable().optional(),
  day,
  hours: hours.refine((h) => h > 0, 'more than nothing'),
  billable: z.boolean().default(true),
  note: z.string().trim().max(500).nullable().optional(),
});

export const submitBody = z.strictObject({
  personId: z.uuid().optional(),
  /** One project's week only; all of them when absent. */
  projectId: z.uuid().optional(),
});

/**
 * Approve, or reject with a comment the person sees; one shape for every decision on a
 * person's work (a week of time, an expense claim).
 */
export const decisionBody = z
  .strictObject({
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().trim().min(1).max(1000).optional(),
    version: versionField,
  })
  .refine((d) => d.decision === 'approved' || d.comment, {
    path: ['comment'],
    message: 'say why it is rejected',
  });
export const reasonBody = z.strictObject({
  version: versionField,
  reason: z.string().trim().min(1).max(1000),
});

export const timesheetListQuery = z.object({
  personId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  status: z.enum(timesheetStatuses).optional(),
  week: day.optional(),
});

export const dayOffs = ['outside', 'leave', 'holiday', 'weekend'] as const;

const sheetSummary = z.object({
  id: z.string(),
  person: ref,
  project: projectRef,
  weekStart: day,
  status: z.enum(timesheetStatuses),
  needsSupplierApproval: z.boolean(),
  minutes: z.number().int(),
  billableMinutes: z.number().int(),
  submittedAt: isoTimestamp.nullable(),
  approvedAt: isoTimestamp.nullable(),
  rejectionReason: z.string().nullable(),
  version: versionField,
});
export const timesheetSummarySchema = sheetSummary.meta({ id: 'TimesheetSummary' });

export const capUsageSchema = z
  .object({
    kind: z.enum(['amount', 'hours']),
    limit: z.number(),
    used: z.number(),
    /** How much of the contract's limit approved time has used, in percent. */
    percentUsed: z.number(),
    /** Retainers: hours past the block are billed as overage (not refused at approval). */
    overage: z.boolean().optional(),
    /** Retainers: the period whose block is measured, today's. */
    period: z.object({ from: z.string(), to: z.string() }).optional(),
  })
  .meta({ id: 'CapUsage' });

export const inboxItemSchema = sheetSummary
  .extend({
    stage: z.enum(['supplier', 'project']),
    cap: capUsageSchema.nullable(),
  })
  .meta({ id: 'TimesheetInboxItem' });

const price = z.object({
  rateMinor: z.number().int().nullable(),
  unit: z.enum(rateUnits).nullable(),
  currency: z.string().nullable(),
  minor: z.number().int(),
  fxRate: z.string().nullable(),
  baseMinor: z.number().int(),
});

export const entrySchema = z
  .object({
    id: z.string(),
    day,
    task: ref.nullable(),
    minutes: z.number().int(),
    billable: z.boolean(),
    note: z.string().nullable(),
    /** The booked position its price came from; null until approved. */
    position: positionRefSchema.nullable(),
    /** Set once approved; absent for callers who may not see it. */
    bill: price.nullable().optional(),
    cost: price.nullable().optional(),
    marginBaseMinor: z.number().int().nullable().optional(),
  })
  .meta({ id: 'TimeEntry' });

export const timesheetSchema = sheetSummary
  .extend({ entries: z.array(entrySchema), baseCurrency: z.string() })
  .meta({ id: 'Timesheet' });

export const weekSchema = z
  .object({
    person: ref,
    weekStart: day,
    days: z.array(z.object({ day, off: z.enum(dayOffs).nullable() })),
    projects: z.array(
      projectRef.extend({
        /** The position the person is booked as on it; null when not booked. */
        position: positionRefSchema.nullable(),
        /** The days the person is booked on it within this week; null when not booked. */
        from: day.nullable(),
        to: day.nullable(),
        billable: z.boolean(),
        tasks: z.array(ref),
      }),
    ),
    sheets: z.array(
      z.object({
        id: z.string(),
        projectId: z.string(),
        status: z.enum(timesheetStatuses),
        rejectionReason: z.string().nullable(),
        version: versionField,
      }),
    ),
    rows: z.array(
      z.object({
        projectId: z.string(),
        taskId: z.string().nullable(),
        billable: z.boolean(),
        hours: z.array(z.number()),
        notes: z.array(z.string().nullable()),
      }),
    ),
  })
  .meta({ id: 'TimeWeek' });

export const projectTimeSchema = z
  .object({
    baseCurrency: z.string(),
    people: z.array(
      z.object({
        person: ref,
        minutes: z.number().int(),
        billableMinutes: z.number().int(),
        billBaseMinor: z.number().int(),
        costBaseMinor: z.number().int().nullable(),
        marginBaseMinor: z.number().int().nullable(),
      }),
    ),
    totals: z.object({
      minutes: z.number().int(),
      billableMinutes: z.number().int(),
      billBaseMinor: z.number().int(),
      costBaseMinor: z.number().int().nullable(),
      marginBaseMinor: z.number().int().nullable(),
    }),
  })
  .meta({ id: 'ProjectTime' });
