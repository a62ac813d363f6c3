import type { Executor } from '../../../db/database.ts';
import { contractServiceTerms } from '../../contracts/index.ts';
import type { TicketPriority } from '../tickets/tickets.table.ts';
import { type ClockEvent, slaClock } from './clock.ts';

/** The metrics a ticket's clocks measure, and where each stops. */
const clocked = { first_response_time: 'response', resolution_time: 'resolution' } as const;

/**
 * The client contract's response and resolution clocks for a ticket of its priority, as they
 * stand at `now`, on the contract's calendar (around the clock without one). Waits on the
 * client or a supplier pause them; waits on us do not. None without a contract or its SLA.
 */
export async function ticketSlas(
  db: Executor,
  workspaceId: string,
  ticket: { contract_id: string | null; priority: TicketPriority },
  events: readonly ClockEvent[],
  now: string,
) {
  if (!ticket.contract_id) return [];
  const terms = await contractServiceTerms(db, workspaceId, ticket.contract_id);
  if (!terms) return [];
  return terms.slas.flatMap((sla) => {
    if (sla.priority !== ticket.priority || !(sla.metric in clocked)) return [];
    const metric = sla.metric as keyof typeof clocked;
    const clock = slaClock(
      events,
      {
        stopsAt: clocked[metric],
        targetMinutes: sla.target,
        calendar: terms.calendar,
        pausedBy: ['client', 'supplier'],
      },
      now,
    );
    return [
      {
        metric,
        targetMinutes: sla.target,
        elapsedSeconds: Math.round(clock.elapsedMs / 1000),
        pausedSeconds: Math.round(clock.pausedMs / 1000),
        dueAt: clock.dueAt,
        breachedAt: clock.breachedAt,
        stoppedAt: clock.stoppedAt,
        state: clock.state,
      },
    ];
  });
}
