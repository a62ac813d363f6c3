import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { listQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { clockStates } from '../sla/clock.ts';
import {
  ticketEventKinds,
  ticketLevels,
  ticketPriorities,
  ticketStatuses,
  ticketTypes,
  waitingParties,
} from './tickets.table.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const ticketBody = z.strictObject({
  type: z.enum(ticketTypes).default('incident'),
  title: text(200),
  description: z.string().trim().max(20_000).default(''),
  clientId: z.uuid().nullable().default(null),
  /** One of the client's contracts: its SLAs will apply. */
  contractId: z.uuid().nullable().default(null),
  /** A contact of the client who asked. */
  requesterContactId: z.uuid().nullable().default(null),
  category: text(100).nullable().default(null),
  impact: z.enum(ticketLevels).default('medium'),
  urgency: z.enum(ticketLevels).default('medium'),
  assigneeId: z.uuid().nullable().default(null),
});

export const ticketUpdateBody = z.strictObject({
  title: text(200).optional(),
  description: z.string().trim().max(20_000).optional(),
  category: text(100).nullable().optional(),
  impact: z.enum(ticketLevels).optional(),
  urgency: z.enum(ticketLevels).optional(),
  assigneeId: z.uuid().nullable().optional(),
  /** Why the priority changes, kept in the ticket's log. */
  reason: text(500).optional(),
  version: versionField,
});

export const transitionBody = z
  .strictObject({
    status: z.enum(ticketStatuses),
    /** Waiting: on whom. */
    waitingOn: z.enum(waitingParties).optional(),
    /** Waiting: what is awaited; reopening: why. */
    reason: text(2000).optional(),
    /** Resolving: what was done. */
    resolution: text(4000).optional(),
    version: versionField,
  })
  .refine((b) => b.status !== 'waiting' || (b.waitingOn && b.reason), {
    message: 'A wait names on whom and why',
    path: ['waitingOn'],
  })
  .refine((b) => b.status !== 'resolved' || b.resolution, {
    message: 'A resolution says what was done',
    path: ['resolution'],
  });

export const ticketSorts = {
  createdAt: 'tickets.created_at',
  priority: 'tickets.priority',
  number: 'tickets.number',
};

export const ticketQuery = listQuery.extend({
  status: z.enum(ticketStatuses).optional(),
  /** Every status but resolved and closed. */
  open: z.enum(['true', 'false']).optional(),
  priority: z.enum(ticketPriorities).optional(),
  type: z.enum(ticketTypes).optional(),
  clientId: z.uuid().optional(),
  assigneeId: z.uuid().optional(),
  sort: sortParam(ticketSorts, '-createdAt'),
});

const ref = z.object({ id: z.string(), name: z.string() });

const summaryFields = {
  id: z.string(),
  number: z.string(),
  type: z.enum(ticketTypes),
  title: z.string(),
  client: ref.nullable(),
  contract: z.object({ id: z.string(), number: z.string() }).nullable(),
  category: z.string().nullable(),
  impact: z.enum(ticketLevels),
  urgency: z.enum(ticketLevels),
  priority: z.enum(ticketPriorities),
  assignee: ref.nullable(),
  status: z.enum(ticketStatuses),
  waitingOn: z.enum(waitingParties).nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number().int(),
};

export const ticketSummarySchema = z.object(summaryFields).meta({ id: 'TicketSummary' });

export const ticketSchema = z
  .object({
    ...summaryFields,
    description: z.string(),
    requester: ref.nullable(),
    waitingReason: z.string().nullable(),
    resolution: z.string().nullable(),
    resolvedAt: isoTimestamp.nullable(),
    closedAt: isoTimestamp.nullable(),
    /**
     * The client contract's clocks for the ticket's priority, now: working time run and paused
     * (waits on the client or a supplier), when it runs out if it keeps running, when it did.
     */
    slas: z.array(
      z.object({
        metric: z.enum(['first_response_time', 'resolution_time']),
        targetMinutes: z.number(),
        elapsedSeconds: z.number().int(),
        pausedSeconds: z.number().int(),
        dueAt: isoTimestamp.nullable(),
        breachedAt: isoTimestamp.nullable(),
        stoppedAt: isoTimestamp.nullable(),
        state: z.enum(clockStates),
      }),
    ),
    /** The state-change log, oldest first. */
    events: z.array(
      z.object({
        at: isoTimestamp,
        kind: z.enum(ticketEventKinds),
        statusFrom: z.enum(ticketStatuses).nullable(),
        statusTo: z.enum(ticketStatuses).nullable(),
        waitingOn: z.enum(waitingParties).nullable(),
        priority: z.enum(ticketPriorities).nullable(),
        assignee: ref.nullable(),
        reason: z.string().nullable(),
        actor: ref.nullable(),
      }),
    ),
  })
  .meta({ id: 'Ticket' });
