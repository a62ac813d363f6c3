import type { Executor } from '../../../db/database.ts';
import type { Clock as TimeSource } from '../../../platform/clock.ts';
import type { ModuleSubscription } from '../../../platform/modules/manifest.ts';
import { contractIdsOnCalendar } from '../../contracts/index.ts';
import { calendarChanged } from '../../settings/index.ts';
import { refreshClocks } from './clock-store.ts';
import { cachedTerms } from './ticket-clocks.ts';

/**
 * Measures again ("repairs") the stored clocks of the tickets not yet closed that run on some
 * contracts, each from its log as a fresh computation would, reading each contract's terms
 * once. A closed ticket's clocks stay as they were settled.
 */
export async function repairClocks(
  trx: Executor,
  time: TimeSource,
  workspaceId: string,
  contractIds: readonly string[],
) {
  if (contractIds.length === 0) return 0;
  const tickets = await trx
    .selectFrom('ticket_clocks as c')
    .innerJoin('tickets as t', 't.id', 'c.ticket_id')
    .select('c.ticket_id')
    .distinct()
    .where('c.workspace_id', '=', workspaceId)
    .where('c.contract_id', 'in', [...contractIds])
    .where('t.status', '!=', 'closed')
    .execute();
  const termsOf = cachedTerms(trx, workspaceId);
  for (const t of tickets) await refreshClocks(trx, time, workspaceId, t.ticket_id, termsOf);
  return tickets.length;
}

/** A calendar's working time changed: the clocks of the contracts that run on it follow. */
export const repairOnCalendarChange: ModuleSubscription = {
  name: 'servicedesk.repair-clocks-on-calendar',
  event: calendarChanged.type,
  handle: async (trx, event, deps) => {
    if (!event.workspaceId) return;
    const { calendarId } = calendarChanged.payload.parse(event.payload);
    const contracts = await contractIdsOnCalendar(trx, event.workspaceId, calendarId);
    await repairClocks(trx, deps.clock, event.workspaceId, contracts);
  },
};
