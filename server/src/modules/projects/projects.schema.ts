import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import { currencyCode, minorUnits } from '../../platform/money.ts';
import {
  dependencyTypes,
  evMethods,
  gateKeys,
  healths,
  issueSeverities,
  issueStatuses,
  milestoneStatuses,
  phases,
  projectPhases,
  taskStatuses,
} from './projects.table.ts';

const day = z.iso.date();
const ref = z.object({ id: z.string(), name: z.string() }).nullable();
const datesInOrder = (p: { startDate?: string; endDate?: string }) =>
  !p.startDate || !p.endDate || p.endDate >= p.startDate;

const goal = z.strictObject({
  objective: z.string().trim().min(1).max(300),
  target: z.string().trim().min(1).max(100),
  actual: z.string().trim().max(100).nullable().default(null),
});

const projectFields = {
  name: z.string().trim().min(1).max(200),
  managerId: z.uuid().nullable().optional(),
  health: z.enum(healths).default('green'),
  goals: z.array(goal).max(20).default([]),
  startDate: day,
  endDate: day,
};

/**
 * From a signed client contract (client, currency, billing model and value come from it), or
 * internal: for a client or none, with its own currency and budget.
 */
export const projectBody = z
  .strictObject({
    ...projectFields,
    contractId: z.uuid().nullable().optional(),
    clientId: z.uuid().nullable().optional(),
    currency: currencyCode.optional(),
    budgetMinor: minorUnits.optional(),
    startDate: day.optional(),
    endDate: day.optional(),
    name: projectFields.name.optional(),
  })
  .refine(datesInOrder, { message: 'The end comes before the start', path: ['endDate'] })
  .refine((p) => p.contractId || (p.name && p.startDate && p.endDate && p.currency), {
    message: 'Without a contract, give a name, dates and a currency',
    path: ['contractId'],
  });

export const projectUpdateBody = z
  .strictObject({ ...projectFields, budgetMinor: minorUnits, evMethod: z.enum(evMethods) })
  .partial()
  .extend({ version: versionField })
  .refine(datesInOrder, { message: 'The end comes before the start', path: ['endDate'] });

export const projectListQuery = listQuery.extend({
  phase: z.enum(projectPhases).optional(),
  health: z.enum(healths).optional(),
  clientId: z.uuid().optional(),
});

export const gateParams = z.object({
  id: z.uuid(),
  phase: z.enum(phases),
  key: z.enum(gateKeys as [string, ...string[]]),
});
export const gateBody = z.strictObject({ done: z.boolean(), version: versionField });

export const advanceBody = z.strictObject({
  version: versionField,
  /** Moving on with the checklist unfinished needs a reason, which the audit log keeps. */
  overrideReason: z.string().trim().min(3).max(1000).optional(),
});

export const projectSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    manager: ref,
    client: ref,
    contract: z.object({ id: z.string(), number: z.string(), title: z.string() }).nullable(),
    currency: z.string(),
    billingModel: z.string().nullable(),
    budgetMinor: z.number(),
    evMethod: z.enum(evMethods),
    startDate: z.string(),
    endDate: z.string(),
    phase: z.enum(projectPhases),
    health: z.enum(healths),
    goals: z.array(goal),
    gates: z.record(z.string(), z.record(z.string(), z.boolean())),
    evaluation: z.object({
      scheduleScore: z.number().int().nullable(),
      costScore: z.number().int().nullable(),
      qualityScore: z.number().int().nullable(),
      note: z.string().nullable(),
      clientSatisfaction: z.number().int().nullable(),
      signedOffAt: isoTimestamp.nullable(),
      signOffComment: z.string().nullable(),
    }),
    closedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    version: z.number(),
  })
  .meta({ id: 'Project' });

const taskFields = {
  name: z.string().trim().min(1).max(300),
  parentId: z.uuid().nullable().optional(),
  estimateHours: z.number().int().min(0).max(100_000).default(0),
  startDate: day,
  finishDate: day,
  status: z.enum(taskStatuses).default('todo'),
  percentComplete: z.number().int().min(0).max(100).default(0),
  assigneeId: z.uuid().nullable().optional(),
};
const taskDatesInOrder = (t: { startDate?: string; finishDate?: string }) =>
  !t.startDate || !t.finishDate || t.finishDate >= t.startDate;

export const taskBody = z
  .strictObject(taskFields)
  .refine(taskDatesInOrder, { message: 'It finishes before it starts', path: ['finishDate'] });
export const taskUpdateBody = z
  .strictObject(taskFields)
  .partial()
  .extend({ version: versionField })
  .refine(taskDatesInOrder, { message: 'It finishes before it starts', path: ['finishDate'] });
export const taskParams = z.object({ id: z.uuid(), taskId: z.uuid() });

export const taskSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    position: z.number(),
    name: z.string(),
    estimateHours: z.number(),
    startDate: z.string(),
    finishDate: z.string(),
    status: z.enum(taskStatuses),
    percentComplete: z.number(),
    assignee: ref,
    predecessors: z.array(
      z.object({ taskId: z.string(), type: z.enum(dependencyTypes), lagDays: z.number() }),
    ),
    version: z.number(),
  })
  .meta({ id: 'Task' });

export const dependencyBody = z.strictObject({
  predecessorId: z.uuid(),
  successorId: z.uuid(),
  type: z.enum(dependencyTypes).default('FS'),
  lagDays: z.number().int().min(-365).max(365).default(0),
});
export const dependencyParams = z.object({
  id: z.uuid(),
  predecessorId: z.uuid(),
  successorId: z.uuid(),
});

const milestoneFields = {
  name: z.string().trim().min(1).max(200),
  dueDate: day,
  amountMinor: minorUnits.nullable().optional(),
  status: z.enum(milestoneStatuses).default('open'),
};
export const milestoneBody = z.strictObject(milestoneFields);
export const milestoneUpdateBody = z
  .strictObject(milestoneFields)
  .partial()
  .extend({ version: versionField });
export const milestoneParams = z.object({ id: z.uuid(), milestoneId: z.uuid() });

export const milestoneSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    dueDate: z.string(),
    amountMinor: z.number().nullable(),
    status: z.enum(milestoneStatuses),
    completedOn: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Milestone' });

/** One task's place in the critical-path schedule. */
export const scheduledTaskSchema = z.object({
  id: z.string(),
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateStart: z.string(),
  lateFinish: z.string(),
  slackDays: z.number(),
  critical: z.boolean(),
  baselineStart: z.string().nullable(),
  baselineFinish: z.string().nullable(),
  finishVarianceDays: z.number().nullable(),
});

export const baselineBody = z.strictObject({ name: z.string().trim().min(1).max(200) });
export const baselineSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    name: z.string(),
    budgetMinor: z.number().int(),
    endDate: z.string(),
    taskCount: z.number().int(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'ProjectBaseline' });

const issueFields = {
  title: z.string().trim().min(1).max(300),
  severity: z.enum(issueSeverities).default('medium'),
  ownerId: z.uuid().nullable().optional(),
  dueDate: day.nullable().optional(),
  status: z.enum(issueStatuses).default('open'),
  resolution: z.string().trim().max(2000).nullable().optional(),
};
export const issueBody = z.strictObject(issueFields);
export const issueUpdateBody = z
  .strictObject(issueFields)
  .partial()
  .extend({ version: versionField });
export const issueParams = z.object({ id: z.uuid(), issueId: z.uuid() });

export const issueSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    severity: z.enum(issueSeverities),
    owner: ref,
    dueDate: z.string().nullable(),
    status: z.enum(issueStatuses),
    resolution: z.string().nullable(),
    /** Open past its due day. */
    overdue: z.boolean(),
    createdAt: isoTimestamp,
    version: z.number(),
  })
  .meta({ id: 'ProjectIssue' });

export const decisionBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  decision: z.string().trim().min(1).max(4000),
  decidedOn: day,
  decidedBy: z.string().trim().min(1).max(200),
});

export const decisionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    decision: z.string(),
    decidedOn: z.string(),
    decidedBy: z.string(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'ProjectDecision' });
