import { z } from 'zod';
import { positionRefSchema } from '../../settings/index.ts';
import { rateUnits, seniorities } from '../contracts.table.ts';

export const flowDownBody = z.strictObject({
  supplierContractId: z.uuid(),
  /** How much tighter the supplier's targets are, e.g. 25 turns 8 h into 6 h. */
  tightenPercent: z.number().min(0).max(90),
});

export const linkBody = z.strictObject({ supplierContractId: z.uuid() });
export const linkParams = z.object({ id: z.uuid(), supplierContractId: z.uuid() });

export const marginQuery = z.object({ day: z.iso.date().optional() });

const rate = {
  rateMinor: z.number().int(),
  unit: z.enum(rateUnits),
  currency: z.string(),
  /** The rate per hour in base-currency minor units; null without an exchange rate. */
  hourlyBaseMinor: z.number().nullable(),
};

export const marginSchema = z
  .object({
    day: z.string(),
    baseCurrency: z.string(),
    marginFloorPercent: z.number().int(),
    rows: z.array(
      z.object({
        position: positionRefSchema,
        seniority: z.enum(seniorities),
        client: z.object(rate),
        suppliers: z.array(
          z.object({
            contract: z.object({
              id: z.string(),
              number: z.string(),
              title: z.string(),
              supplierName: z.string(),
            }),
            ...rate,
            marginPercent: z.number().nullable(),
            belowFloor: z.boolean(),
          }),
        ),
      }),
    ),
    /** Currencies with no exchange rate to base on the day: their margins are unknown. */
    missingFx: z.array(z.string()),
  })
  .meta({ id: 'MarginPreview' });
