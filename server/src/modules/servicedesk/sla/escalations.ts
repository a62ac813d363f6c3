import type { Executor } from '../../../db/database.ts';
import type { Clock as TimeSource } from '../../../platform/clock.ts';
import { notify, usersOfParty, usersWith } from '../../../platform/notifications/notify.ts';
import { clientContractOf } from '../../contracts/index.ts';
import type { TicketRow } from '../tickets/tickets.repository.ts';
import type { TicketClock } from './ticket-clocks.ts';

async function groupMembers(db: Executor, groupId: string | null) {
  if (!groupId) return [];
  const rows = await db
    .selectFrom('ticket_group_members')
    .select('user_id')
    .where('group_id', '=', groupId)
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Who hears of a clock at each level. Our clock: the assignee (or, unassigned, the group) at
 * half; the group's lead from three quarters; the service managers from nine tenths; on breach
 * also the account manager who owns the contract. A supplier's clock: the supplier's portal
 * users and the group's lead, and the service managers on breach.
 */
async function recipients(trx: Executor, ticket: TicketRow, c: TicketClock, level: number) {
  const ws = ticket.workspace_id;
  const lead = ticket.group_lead_id ? [ticket.group_lead_id] : [];
  const managers = level >= 90 ? await usersWith(trx, ws, 'tickets:manage') : [];
  if (c.party === 'supplier') {
    const supplier = await usersOfParty(trx, ws, {
      type: 'supplier',
      id: ticket.group_supplier_id,
    });
    return [...supplier, ...lead, ...(level === 100 ? managers : [])];
  }
  const workers = ticket.assignee_id
    ? [ticket.assignee_id]
    : await groupMembers(trx, ticket.group_id);
  const owner =
    level === 100 && ticket.contract_id
      ? (await clientContractOf(trx, ws, ticket.contract_id))?.ownerId
      : null;
  return [...workers, ...(level >= 75 ? lead : []), ...managers, ...(owner ? [owner] : [])];
}

/** Sends a clock's warning (50, 75, 90) or breach (100) to the people its level reaches. */
export async function escalate(
  trx: Executor,
  time: TimeSource,
  ticket: TicketRow,
  c: TicketClock,
  level: number,
) {
  const to = await recipients(trx, ticket, c, level);
  await notify(trx, time, to, {
    workspaceId: ticket.workspace_id,
    kind: level === 100 ? 'ticket.sla_breached' : 'ticket.sla_warning',
    params: {
      number: ticket.number,
      title: ticket.title,
      percent: level,
      metric: c.metric,
      party: c.party,
    },
    link: `/tickets?ticket=${ticket.id}`,
    uniqueKey: `ticket-sla:${ticket.id}:${c.party}:${c.metric}:${level}`,
  });
}
