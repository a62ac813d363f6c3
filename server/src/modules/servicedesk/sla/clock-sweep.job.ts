import { isoNow } from '../../../platform/clock.ts';
import type { Deps } from '../../../platform/context.ts';
import { refreshClocks } from './clock-store.ts';

/** Tickets a sweep takes at most; the next minute's sweep goes on with the rest. */
const BATCH = 500;

/**
 * Every minute: the tickets whose running clock has reached its next cue (a warning threshold
 * or running out) are recomputed from their logs and stored, which sends what they reached.
 * The job runner runs each minute's sweep once across all app servers; no clock lives in a
 * server's memory. Each ticket commits on its own, so one failure holds up no other.
 */
export async function sweepClocks(deps: Deps) {
  const now = isoNow(deps.clock);
  const due = await deps.db
    .selectFrom('ticket_clocks')
    .select(['ticket_id', 'workspace_id'])
    .where('state', '=', 'running')
    .where('next_check_at', '<=', now)
    .groupBy(['ticket_id', 'workspace_id'])
    .orderBy('ticket_id')
    .limit(BATCH)
    .execute();
  for (const t of due) {
    await deps.db
      .transaction()
      .execute((trx) => refreshClocks(trx, deps.clock, t.workspace_id, t.ticket_id));
  }
  return { tickets: due.length };
}
