import { z } from 'zod';
import { listQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { currencyCode, minorUnits } from '../../../platform/money.ts';
import { opportunityStages } from './opportunities.table.ts';

const day = z.iso.date();
const stage = z.enum(opportunityStages);

const fields = {
  clientId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  amountMinor: minorUnits,
  currency: currencyCode,
  probability: z.number().int().min(0).max(100),
  expectedClose: day.nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
};

export const opportunityCreateBody = z.strictObject({
  ...fields,
  stage: stage.default('lead'),
  probability: fields.probability.optional(),
});

export const opportunityUpdateBody = z
  .strictObject({
    title: fields.title,
    amountMinor: fields.amountMinor,
    currency: fields.currency,
    probability: fields.probability,
    expectedClose: fields.expectedClose,
    ownerId: fields.ownerId,
  })
  .partial()
  .extend({ version: versionField });

/** Moving stage is its own call: closing as lost needs a reason, and the board does only this. */
export const opportunityMoveBody = z.strictObject({
  stage,
  lossReason: z.string().trim().min(1).max(500).optional(),
  version: versionField,
});

export const opportunitySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    client: z.object({ id: z.string(), number: z.string(), name: z.string() }),
    title: z.string(),
    stage,
    amountMinor: z.number().int(),
    currency: z.string(),
    probability: z.number().int(),
    weightedMinor: z.number().int(),
    expectedClose: z.string().nullable(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    lossReason: z.string().nullable(),
    closedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Opportunity' });

export const opportunityListQuery = listQuery.extend({
  clientId: z.uuid().optional(),
  stage: stage.optional(),
  ownerId: z.uuid().optional(),
  open: z.enum(['true', 'false']).optional(),
});

export const pipelineSchema = z
  .object({
    stages: z.array(
      z.object({
        stage,
        count: z.number().int(),
        totals: z.array(
          z.object({
            currency: z.string(),
            amountMinor: z.number().int(),
            weightedMinor: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Pipeline' });
