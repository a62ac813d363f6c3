import { z } from 'zod';
import { isoTimestamp } from '../../../platform/http/schemas.ts';
import { groupKinds } from '../groups/groups.table.ts';
import { clockParties } from '../sla/ticket-clocks.ts';
import { ticketPriorities } from '../tickets/tickets.table.ts';

export const dashboardQuery = z.object({
  /** One group's tickets only. */
  groupId: z.uuid().optional(),
  /** How far ahead a running clock counts as at risk, in hours. */
  horizonHours: z.coerce.number().int().min(1).max(72).default(4),
});

export const ageBands = ['under4h', 'under1d', 'under3d', 'older'] as const;

const minutes = z.number().nullable();
const times = z.object({
  /** Tickets whose clock stopped this month, and the mean working minutes it ran. */
  responded: z.number().int(),
  meanResponseMinutes: minutes,
  resolved: z.number().int(),
  meanResolutionMinutes: minutes,
});

export const dashboardSchema = z
  .object({
    /** Open tickets by priority and by how long they have been open. */
    open: z.array(
      z.object({
        priority: z.enum(ticketPriorities),
        total: z.number().int(),
        ages: z.object(Object.fromEntries(ageBands.map((b) => [b, z.number().int()]))),
      }),
    ),
    /** Running clocks that run out within the horizon, soonest first (at most 20). */
    atRisk: z.array(
      z.object({
        ticket: z.object({ id: z.string(), number: z.string(), title: z.string() }),
        priority: z.enum(ticketPriorities),
        party: z.enum(clockParties),
        metric: z.enum(['first_response_time', 'resolution_time']),
        dueAt: isoTimestamp,
        group: z.object({ id: z.string(), name: z.string() }).nullable(),
      }),
    ),
    /** Clocks that ran out this month (the workspace's), ours and the suppliers'. */
    breachedThisMonth: z.object({ client: z.number().int(), supplier: z.number().int() }),
    /** Open tickets at the end of each of the last eight weeks, oldest first. */
    backlog: z.array(z.object({ weekEnding: z.iso.date(), open: z.number().int() })),
    /**
     * This month's resolved tickets resolved where they were opened: never routed to another
     * group or assignee and never waiting; as a share ('0.40'), null without resolutions.
     */
    firstContactResolution: z.object({ resolved: z.number().int(), share: z.string().nullable() }),
    byPriority: z.array(times.extend({ priority: z.enum(ticketPriorities) })),
    byGroup: z.array(
      times.extend({
        group: z.object({ id: z.string(), name: z.string(), kind: z.enum(groupKinds) }).nullable(),
      }),
    ),
  })
  .meta({ id: 'ServiceDeskDashboard' });
