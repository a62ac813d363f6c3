import { z } from 'zod';
import { instantInput, isoTimestamp, versionField } from '../../platform/http/schemas.ts';
import {
  feedbackKinds,
  feedbackSeverities,
  feedbackStatuses,
  surveyKinds,
} from './feedback.table.ts';

export const surveyBody = z.strictObject({
  contactId: z.uuid(),
  kind: z.enum(surveyKinds),
});

export const surveyStatuses = ['pending', 'answered', 'expired'] as const;

export const surveySchema = z
  .object({
    id: z.string(),
    kind: z.enum(surveyKinds),
    contact: z.object({ id: z.string(), name: z.string() }),
    sentAt: isoTimestamp,
    expiresAt: isoTimestamp,
    status: z.enum(surveyStatuses),
    respondedAt: isoTimestamp.nullable(),
    score: z.number().int().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'Survey' });

export const tokenParam = z.object({ token: z.string().min(20).max(100) });

/** What the public form shows: no names beyond whom the survey is from and about. */
export const publicSurveySchema = z
  .object({
    kind: z.enum(surveyKinds),
    language: z.enum(['zh-CN', 'en-US']),
    from: z.string(),
    client: z.string(),
    /** The ticket a survey sent on its resolution asks about: its number. */
    ticket: z.string().nullable(),
    status: z.enum(surveyStatuses),
  })
  .meta({ id: 'PublicSurvey' });

export const satisfactionDimensions = ['agent', 'group', 'supplier_team', 'client'] as const;

export const ticketSatisfactionQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Whose tickets the answers are grouped by. */
  by: z.enum(satisfactionDimensions).default('agent'),
});

export const ticketSatisfactionSchema = z
  .object({
    rows: z.array(
      z.object({
        /** The agent, group, supplier team or client; null: none (unassigned, unrouted). */
        key: z.object({ id: z.string(), name: z.string() }).nullable(),
        surveys: z.number().int(),
        answers: z.number().int(),
        /** Mean score of the answers, 1–5, to two decimals; null without answers. */
        average: z.string().nullable(),
        /** Answers of 4 or 5, as a share of the answers ('0.75'); null without answers. */
        satisfied: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'TicketSatisfaction' });

export const answerBody = z.strictObject({
  score: z.number().int().min(0).max(10),
  comment: z.string().trim().max(2000).nullable().optional(),
});

export const feedbackBody = z
  .strictObject({
    kind: z.enum(feedbackKinds),
    severity: z.enum(feedbackSeverities).nullable().optional(),
    subject: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).default(''),
    contactId: z.uuid().nullable().optional(),
    ownerId: z.uuid().nullable().optional(),
    receivedAt: instantInput.optional(),
  })
  .refine((f) => f.kind === 'praise' || f.severity, {
    message: 'A complaint needs a severity',
    path: ['severity'],
  });

export const feedbackActions = ['respond', 'resolve', 'reopen'] as const;

export const feedbackUpdateBody = z.strictObject({
  version: versionField,
  action: z.enum(feedbackActions).optional(),
  resolution: z.string().trim().min(1).max(5000).optional(),
  ownerId: z.uuid().nullable().optional(),
});

export const feedbackParams = z.object({ id: z.uuid(), feedbackId: z.uuid() });

export const feedbackSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(feedbackKinds),
    severity: z.enum(feedbackSeverities).nullable(),
    subject: z.string(),
    description: z.string(),
    contact: z.object({ id: z.string(), name: z.string() }).nullable(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    receivedAt: isoTimestamp,
    responseDueAt: isoTimestamp.nullable(),
    respondedAt: isoTimestamp.nullable(),
    overdue: z.boolean(),
    status: z.enum(feedbackStatuses),
    resolution: z.string().nullable(),
    resolvedAt: isoTimestamp.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Feedback' });

export const trendSchema = z
  .object({
    months: z.array(
      z.object({
        month: z.string(),
        csatResponses: z.number().int(),
        /** Hundredths of the 1–5 scale. */
        csatAverage: z.number().int().nullable(),
        npsResponses: z.number().int(),
        /** Promoters' share minus detractors', −100 to 100. */
        nps: z.number().int().nullable(),
        complaints: z.number().int(),
        praise: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'FeedbackTrend' });
