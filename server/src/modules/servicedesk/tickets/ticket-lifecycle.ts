import type { TicketStatus, WaitingParty } from './tickets.table.ts';

/** A resolved ticket can be reopened for this many days; then it only closes. */
export const REOPEN_DAYS = 7;

/**
 * Where a ticket may go from each status: worked, paused while waiting on someone, resolved,
 * and closed once the resolution holds; a resolved ticket can be reopened into work.
 */
const next: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['assigned', 'in_progress', 'waiting', 'resolved'],
  assigned: ['in_progress', 'waiting', 'resolved'],
  in_progress: ['waiting', 'resolved'],
  waiting: ['in_progress', 'resolved'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

export const mayMove = (from: TicketStatus, to: TicketStatus) => next[from].includes(to);

/** Whether a resolved ticket is still within its reopening window at `now`. */
export function reopenable(resolvedAt: string | null, now: Date) {
  if (!resolvedAt) return false;
  return now.getTime() - Date.parse(resolvedAt) <= REOPEN_DAYS * 86_400_000;
}

/**
 * What a portal may do with a ticket. The client confirms a resolution (closing it) or turns
 * it down (reopening it); the supplier's team works a ticket routed to it: into work, waiting
 * on the client or on us, resolved. Neither waits on itself.
 */
export function portalMayMove(
  party: 'client' | 'supplier',
  from: TicketStatus,
  to: TicketStatus,
  waitingOn: WaitingParty | undefined,
) {
  if (!mayMove(from, to)) return false;
  if (party === 'client') return from === 'resolved';
  if (to === 'waiting') return waitingOn !== 'supplier';
  return from !== 'resolved' && to !== 'closed';
}
