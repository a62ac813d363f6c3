import type { Executor } from '../../../db/database.ts';
import type { Clock as TimeSource } from '../../../platform/clock.ts';
import { isoNow } from '../../../platform/clock.ts';
import { supplierContractsOf } from '../groups/groups.repository.ts';
import { eventRows, logEntries, type TicketRow, ticketRow } from '../tickets/tickets.repository.ts';
import { shareReachedAt, workingMsAfter, workingMsBetween } from './clock.ts';
import { escalate } from './escalations.ts';
import { type TermsOf, type TicketClock, ticketClocks } from './ticket-clocks.ts';

/** Shares of the target at which the people around a ticket hear of a running clock. */
export const warningPercents = [50, 75, 90, 100] as const;

const percentOf = (c: TicketClock) =>
  c.clock.state === 'breached'
    ? 100
    : Math.floor((c.clock.elapsedMs / (c.policy.targetMinutes * 60_000)) * 100);

/** The highest warning a clock has reached. */
const reached = (c: TicketClock) => warningPercents.findLast((p) => percentOf(c) >= p) ?? 0;

const inWorkingTime = (c: TicketClock, now: string) =>
  workingMsBetween(c.policy.calendar, now, new Date(Date.parse(now) + 60_000).toISOString()) > 0;

/**
 * What to store of a clock now: the warning due to be sent (a breach at once; a warning of a
 * P1 at once, of others only in working time, else held to the next working minute), the
 * warning level it then stands at, and when to look again.
 */
function plan(c: TicketClock, priority: string, warnedBefore: number, now: string) {
  const level = reached(c);
  if (level <= warnedBefore) {
    // A repair may lower what the clock has reached (a longer target): warn again from there.
    const warned = Math.min(level, warnedBefore);
    return { send: null, warned, nextCheckAt: nextThreshold(c, warned, now) };
  }
  const sendNow = level === 100 || priority === 'p1' || inWorkingTime(c, now);
  if (!sendNow) {
    return {
      send: null,
      warned: warnedBefore,
      nextCheckAt: workingMsAfter(c.policy.calendar, now, 1),
    };
  }
  return { send: level, warned: level, nextCheckAt: nextThreshold(c, level, now) };
}

function nextThreshold(c: TicketClock, warned: number, now: string) {
  const next = warningPercents.find((p) => p > warned);
  return next ? shareReachedAt(c.clock, c.policy, now, next / 100) : null;
}

/**
 * Recomputes a ticket's clocks from its log and stores them ("repair" is the same call), with
 * the ticket's nearest due instant for the queues, and sends the warnings and breaches they
 * have reached. Runs in the caller's transaction: a change and its clocks commit together.
 */
export async function refreshClocks(
  trx: Executor,
  time: TimeSource,
  workspaceId: string,
  ticketId: string,
  termsOf?: TermsOf,
) {
  const ticket = (await ticketRow(trx, workspaceId, ticketId)) as TicketRow;
  const log = logEntries(await eventRows(trx, ticketId));
  const teams = await supplierContractsOf(
    trx,
    workspaceId,
    log.flatMap((e) => (e.groupId ? [e.groupId] : [])),
  );
  const now = isoNow(time);
  const clocks = await ticketClocks(trx, workspaceId, ticket, log, teams, now, termsOf);
  const stored = await trx
    .selectFrom('ticket_clocks')
    .select(['party', 'metric', 'warned_percent'])
    .where('ticket_id', '=', ticketId)
    .execute();
  const warnedOf = (c: TicketClock) =>
    stored.find((s) => s.party === c.party && s.metric === c.metric)?.warned_percent ?? 0;
  await trx.deleteFrom('ticket_clocks').where('ticket_id', '=', ticketId).execute();
  for (const c of clocks) {
    const p = plan(c, ticket.priority, warnedOf(c), now);
    await trx
      .insertInto('ticket_clocks')
      .values({
        ticket_id: ticketId,
        party: c.party,
        metric: c.metric,
        workspace_id: workspaceId,
        contract_id: c.contractId,
        target_minutes: c.policy.targetMinutes,
        elapsed_seconds: Math.round(c.clock.elapsedMs / 1000),
        paused_seconds: Math.round(c.clock.pausedMs / 1000),
        due_at: c.clock.dueAt,
        breached_at: c.clock.breachedAt,
        stopped_at: c.clock.stoppedAt,
        state: c.clock.state,
        started_at: c.startedAt,
        warned_percent: p.warned,
        next_check_at: p.nextCheckAt,
        computed_at: now,
      })
      .execute();
    if (p.send) await escalate(trx, time, ticket, c, p.send);
  }
  const due = clocks.flatMap((c) => (c.clock.dueAt ? [c.clock.dueAt] : [])).sort()[0] ?? null;
  if (due !== ticket.due_at) {
    await trx.updateTable('tickets').set({ due_at: due }).where('id', '=', ticketId).execute();
  }
  return clocks;
}
