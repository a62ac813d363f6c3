import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { listQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { entryBody } from '../../time/index.ts';
import { authorParties, commentVisibilities } from '../comments/comments.table.ts';
import { groupKinds } from '../groups/groups.table.ts';
import { clockStates } from '../sla/clock.ts';
import { clockParties } from '../sla/ticket-clocks.ts';
import {
  ticketChannels,
  ticketEventKinds,
  ticketLevels,
  ticketPriorities,
  ticketStatuses,
  ticketTypes,
  waitingCodes,
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
  /** The group it is routed to; a supplier team's ticket runs the supplier's clock too. */
  groupId: z.uuid().nullable().default(null),
  assigneeId: z.uuid().nullable().default(null),
});

export const ticketUpdateBody = z.strictObject({
  title: text(200).optional(),
  description: z.string().trim().max(20_000).optional(),
  category: text(100).nullable().optional(),
  impact: z.enum(ticketLevels).optional(),
  urgency: z.enum(ticketLevels).optional(),
  /** Routing to another group: the ticket awaits its pickup there (assigned). */
  groupId: z.uuid().nullable().optional(),
  /** Declares (or stands down) a major incident: the service managers hear at once. */
  major: z.boolean().optional(),
  /** Files it under another ticket (one level), resolved with it; null takes it out. */
  parentId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  /** Why the priority changes, kept in the ticket's log. */
  reason: text(500).optional(),
  version: versionField,
});

export const transitionBody = z
  .strictObject({
    status: z.enum(ticketStatuses),
    /** Waiting: on whom, and the reason code. */
    waitingOn: z.enum(waitingParties).optional(),
    waitingCode: z.enum(waitingCodes).optional(),
    /** Waiting: what is awaited; reopening: why. */
    reason: text(2000).optional(),
    /**
     * Waiting: the message that asks, posted to the ticket's conversation for the party
     * awaited to read, and kept as the pause's evidence.
     */
    message: text(20_000).optional(),
    /** Resolving: what was done. */
    resolution: text(4000).optional(),
    version: versionField,
  })
  .refine((b) => b.status !== 'waiting' || (b.waitingOn && b.waitingCode && b.reason), {
    message: 'A wait names on whom, its reason code and what is awaited',
    path: ['waitingOn'],
  })
  .refine((b) => b.status === 'waiting' || (!b.waitingCode && !b.message), {
    message: 'Only a wait takes a reason code and a message',
    path: ['waitingCode'],
  })
  .refine((b) => b.status !== 'resolved' || b.resolution, {
    message: 'A resolution says what was done',
    path: ['resolution'],
  });

/** Work done on a ticket, logged as time: a day's hours, by the caller or someone named. */
export const workBody = entryBody.pick({
  personId: true,
  day: true,
  hours: true,
  billable: true,
  note: true,
});

export const ticketSorts = {
  createdAt: 'tickets.created_at',
  /** When its nearest running SLA clock runs out; tickets without one last. */
  dueAt: 'tickets.due_at?',
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
  groupId: z.uuid().optional(),
  /** The caller's queue: tickets assigned to them or routed to a group of theirs. */
  mine: z.enum(['true']).optional(),
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
  group: z.object({ id: z.string(), name: z.string(), kind: z.enum(groupKinds) }).nullable(),
  assignee: ref.nullable(),
  status: z.enum(ticketStatuses),
  waitingOn: z.enum(waitingParties).nullable(),
  channel: z.enum(ticketChannels),
  major: z.boolean(),
  parent: z.object({ id: z.string(), number: z.string() }).nullable(),
  /** When its nearest running SLA clock runs out, as last computed. */
  dueAt: isoTimestamp.nullable(),
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
    waitingCode: z.enum(waitingCodes).nullable(),
    waitingReason: z.string().nullable(),
    resolution: z.string().nullable(),
    resolvedAt: isoTimestamp.nullable(),
    closedAt: isoTimestamp.nullable(),
    /**
     * The SLA clocks for the ticket's priority, now: the client contract's, and the supplier
     * contract's while (or since) a supplier team held it. Working time run and paused, when
     * it runs out if it keeps running, when it did. A portal sees its own party's.
     */
    slas: z.array(
      z.object({
        party: z.enum(clockParties),
        metric: z.enum(['first_response_time', 'resolution_time']),
        targetMinutes: z.number(),
        elapsedSeconds: z.number().int(),
        pausedSeconds: z.number().int(),
        dueAt: isoTimestamp.nullable(),
        breachedAt: isoTimestamp.nullable(),
        stoppedAt: isoTimestamp.nullable(),
        state: z.enum(clockStates),
        startedAt: isoTimestamp,
        /**
         * Years it spans that its calendar (of a country's holidays) has no holidays for yet:
         * it may be counting a holiday as working time until the schedule is loaded.
         */
        holidayGaps: z.array(z.number().int()),
      }),
    ),
    /** The tickets filed under it, resolved with it. */
    children: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        title: z.string(),
        status: z.enum(ticketStatuses),
      }),
    ),
    /** The conversation, oldest first: a portal reads what is visible to its party. */
    comments: z.array(
      z.object({
        id: z.string(),
        body: z.string(),
        visibility: z.enum(commentVisibilities),
        author: ref.nullable(),
        authorParty: z.enum(authorParties),
        mentions: z.array(z.string()),
        createdAt: isoTimestamp,
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
        waitingCode: z.enum(waitingCodes).nullable(),
        priority: z.enum(ticketPriorities).nullable(),
        assignee: ref.nullable(),
        group: ref.nullable(),
        reason: z.string().nullable(),
        /** A wait's evidence: the comment that asked. */
        commentId: z.string().nullable(),
        actor: ref.nullable(),
      }),
    ),
  })
  .meta({ id: 'Ticket' });
