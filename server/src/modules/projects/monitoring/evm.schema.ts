import { z } from 'zod';

const money = z.number().int();
export const evmSchema = z
  .object({
    /** Null until the project has a baseline with tasks. */
    evm: z
      .object({
        currency: z.string(),
        baselineSeq: z.number().int(),
        bac: money,
        pv: money,
        ev: money,
        /** Null when the base currency has no rate to the project's. */
        ac: money.nullable(),
        spi: z.number().nullable(),
        cpi: z.number().nullable(),
        eac: money.nullable(),
        etc: money.nullable(),
        vac: money.nullable(),
        percentComplete: z.number(),
        percentSpent: z.number().nullable(),
        alerts: z.array(
          z.object({
            kind: z.enum(['spi', 'cpi', 'burn']),
            value: z.number(),
            threshold: z.number(),
          }),
        ),
        /** The same figures for each top-level element of the work breakdown. */
        phases: z.array(
          z.object({
            taskId: z.string(),
            name: z.string(),
            bac: money,
            pv: money,
            ev: money,
            ac: money.nullable(),
            spi: z.number().nullable(),
            cpi: z.number().nullable(),
          }),
        ),
        trend: z.array(
          z.object({
            day: z.string(),
            pv: money,
            ev: money.nullable(),
            ac: money.nullable(),
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'EarnedValue' });
