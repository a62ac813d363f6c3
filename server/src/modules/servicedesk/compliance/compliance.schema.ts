import { z } from 'zod';
import { isoTimestamp } from '../../../platform/http/schemas.ts';
import { ticketPriorities } from '../tickets/tickets.table.ts';

export const complianceQuery = z.object({
  contractId: z.uuid(),
  /** A month of the workspace's calendar: 2026-11. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
});

const lineSchema = z.object({
  metric: z.enum(['first_response_time', 'resolution_time']),
  priority: z.enum(ticketPriorities).nullable(),
  targetMinutes: z.number(),
  inScope: z.number().int(),
  met: z.number().int(),
  breached: z.number().int(),
  /** Met as a percentage of those in scope, one decimal; null with none in scope. */
  attainment: z.string().nullable(),
  /** The share of the month's fee credited: credit percent × breaches, up to the cap. */
  creditPercent: z.string(),
  creditMinor: z.number().int(),
  /** The clocks behind the figures. */
  tickets: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      state: z.enum(['met', 'breached']),
      startedAt: isoTimestamp,
      breachedAt: isoTimestamp.nullable(),
      stoppedAt: isoTimestamp.nullable(),
      elapsedSeconds: z.number().int(),
      pausedSeconds: z.number().int(),
    }),
  ),
});

const contractReport = {
  contract: z.object({ id: z.string(), number: z.string(), title: z.string() }),
  currency: z.string(),
  /** The month's fee: the contract's value over the months of its term. */
  feeMinor: z.number().int(),
  lines: z.array(lineSchema),
  creditMinor: z.number().int(),
};

export const complianceSchema = z
  .object({
    month: z.string(),
    /** Whose clocks: a client contract's, or a supplier contract's underpinning ones. */
    side: z.enum(['client', 'supplier']),
    ...contractReport,
    /** A client contract's: what its tickets' supplier clocks charge back, per supplier contract. */
    chargebacks: z.array(z.object(contractReport)),
    /** Once a finance user confirmed the month: when and who. */
    settlement: z
      .object({
        confirmedAt: isoTimestamp,
        confirmedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'SlaCompliance' });

export const settlementBody = z.strictObject({
  contractId: z.uuid(),
  month: complianceQuery.shape.month,
});
