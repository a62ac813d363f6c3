import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { qualificationStatuses } from '../qualifications/qualifications.schema.ts';
import { riskTiers, supplierStatuses } from '../suppliers.table.ts';
import { evaluationKinds, evaluationStatuses, grades } from './evaluations.table.ts';

const day = z.iso.date();

const criterionBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  weight: z.number().int().min(1).max(100),
  guidance: z.string().trim().max(1000).nullable().optional(),
});

const criteriaBody = z
  .array(criterionBody)
  .min(1)
  .max(20)
  .refine((cs) => cs.reduce((sum, c) => sum + c.weight, 0) === 100, {
    message: 'The weights must add up to 100',
  })
  .refine((cs) => new Set(cs.map((c) => c.name.toLowerCase())).size === cs.length, {
    message: 'Each criterion needs its own name',
  });

export const templateBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  criteria: criteriaBody,
});

export const templateUpdateBody = z.strictObject({
  version: versionField,
  name: z.string().trim().min(1).max(200).optional(),
  criteria: criteriaBody.optional(),
  active: z.boolean().optional(),
});

const criterionSchema = z.object({
  key: z.string(),
  name: z.string(),
  weight: z.number().int(),
  guidance: z.string().nullable(),
});

export const templateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    criteria: z.array(criterionSchema),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'EvaluationTemplate' });

export const evaluationBody = z
  .strictObject({
    templateId: z.uuid(),
    kind: z.enum(evaluationKinds),
    periodStart: day,
    periodEnd: day,
    title: z.string().trim().max(200).nullable().optional(),
  })
  .refine((e) => e.periodEnd >= e.periodStart, {
    message: 'The period ends before it starts',
    path: ['periodEnd'],
  });

export const scoresBody = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        criterion: z.string().min(1).max(50),
        score: z.number().int().min(1).max(5),
        comment: z.string().trim().max(1000).nullable().optional(),
      }),
    )
    .min(1)
    .max(20),
});

export const evaluationParams = z.object({ id: z.uuid(), evaluationId: z.uuid() });

/**
 * A supplier portal user sees only final evaluations and only their grade: score, criteria
 * and evaluators stay internal (null and empty for them).
 */
export const evaluationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(evaluationKinds),
    periodStart: z.string(),
    periodEnd: z.string(),
    title: z.string().nullable(),
    templateName: z.string(),
    status: z.enum(evaluationStatuses),
    /** Hundredths: 345 is 3.45 out of 5. */
    score: z.number().int().nullable(),
    grade: z.enum(grades).nullable(),
    finalizedAt: isoTimestamp.nullable(),
    evaluators: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'SupplierEvaluation' });

export const evaluationDetailSchema = evaluationSchema
  .extend({
    criteria: z.array(
      criterionSchema.extend({ mean: z.number().int().nullable(), count: z.number().int() }),
    ),
    scores: z.array(
      z.object({
        evaluator: z.string(),
        evaluatorId: z.string(),
        criterion: z.string(),
        score: z.number().int(),
        comment: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'SupplierEvaluationDetail' });

export const finalizeBody = z.strictObject({ version: versionField });

/** A supplier as sourcing compares it: standing, evaluation record and qualifications. */
export const supplierProfileSchema = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  status: z.enum(supplierStatuses),
  riskTier: z.enum(riskTiers).nullable(),
  country: z.string().nullable(),
  categories: z.array(z.string()),
  latest: z
    .object({
      grade: z.enum(grades).nullable(),
      score: z.number().int().nullable(),
      periodEnd: z.string(),
    })
    .nullable(),
  /** Hundredths, over the most recent final evaluations. */
  averageScore: z.number().int().nullable(),
  evaluations: z.number().int(),
  qualifications: z.array(
    z.object({ name: z.string(), mandatory: z.boolean(), status: z.enum(qualificationStatuses) }),
  ),
});
