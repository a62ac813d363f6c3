import type { Executor } from '../../../db/database.ts';
import type { ClockParty } from '../sla/ticket-clocks.ts';

/**
 * The clocks that settled in a period: met ones that stopped in it, breached ones that ran out
 * in it; for one contract's own side, or (a client contract's supplier side) those of its
 * tickets that ran a supplier's clock. With the ticket they measured.
 */
export function settledClocks(
  db: Executor,
  workspaceId: string,
  scope: { contractId: string; party: ClockParty; via: 'clock' | 'ticket' },
  period: { from: string; to: string },
) {
  return db
    .selectFrom('ticket_clocks as c')
    .innerJoin('tickets as t', 't.id', 'c.ticket_id')
    .select([
      'c.ticket_id',
      'c.contract_id',
      'c.metric',
      'c.state',
      'c.target_minutes',
      'c.elapsed_seconds',
      'c.paused_seconds',
      'c.started_at',
      'c.breached_at',
      'c.stopped_at',
      't.number',
      't.title',
      't.priority',
    ])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.party', '=', scope.party)
    .where(scope.via === 'clock' ? 'c.contract_id' : 't.contract_id', '=', scope.contractId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('c.state', '=', 'met'),
          eb('c.stopped_at', '>=', period.from),
          eb('c.stopped_at', '<', period.to),
        ]),
        eb.and([
          eb('c.state', '=', 'breached'),
          eb('c.breached_at', '>=', period.from),
          eb('c.breached_at', '<', period.to),
        ]),
      ]),
    )
    .orderBy('t.number')
    .execute();
}

export type SettledClock = Awaited<ReturnType<typeof settledClocks>>[number];
