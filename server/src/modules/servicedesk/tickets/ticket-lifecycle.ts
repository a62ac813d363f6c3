import type { TicketStatus } from './tickets.table.ts';

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
