import { z } from 'zod';
import { isoTimestamp } from '../../../platform/http/schemas.ts';
import {
  dataSensitivities,
  financialHealths,
  onboardingKinds,
  riskTiers,
} from '../suppliers.table.ts';

export const onboardingItemBody = z.strictObject({
  label: z.string().trim().min(1).max(200),
  kind: z.enum(onboardingKinds),
  required: z.boolean().default(true),
});

export const onboardingItemSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(onboardingKinds),
    required: z.boolean(),
  })
  .meta({ id: 'OnboardingItem' });

export const dueDiligenceBody = z.strictObject({
  dataSensitivity: z.enum(dataSensitivities),
  accessToClientSystems: z.boolean(),
  subcontractsFurther: z.boolean(),
  worksOffshore: z.boolean(),
  securityCertified: z.boolean(),
  financialHealth: z.enum(financialHealths),
});

export const onboardingStepBody = z.strictObject({
  done: z.boolean(),
  note: z.string().trim().max(500).nullable().optional(),
});

export const onboardingSchema = z
  .object({
    steps: z.array(
      z.object({
        item: onboardingItemSchema,
        done: z.boolean(),
        note: z.string().nullable(),
        doneBy: z.string().nullable(),
        doneAt: isoTimestamp.nullable(),
      }),
    ),
    dueDiligence: dueDiligenceBody.nullable(),
    riskTier: z.enum(riskTiers).nullable(),
    assessedBy: z.string().nullable(),
    assessedAt: isoTimestamp.nullable(),
    /** Every required step done: the supplier may be approved. */
    complete: z.boolean(),
  })
  .meta({ id: 'Onboarding' });

export const stepParams = z.object({ id: z.uuid(), itemId: z.uuid() });
