import type { Executor } from '../../../db/database.ts';

/**
 * Who handled some tickets, for reports other modules keep about them (satisfaction by agent,
 * group, supplier team and client): number, title, assignee, group and its supplier, client.
 */
export async function ticketFacts(db: Executor, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('tickets')
    .leftJoin('users as assignee', 'assignee.id', 'tickets.assignee_id')
    .leftJoin('ticket_groups as grp', 'grp.id', 'tickets.group_id')
    .select([
      'tickets.id',
      'tickets.number',
      'tickets.title',
      'tickets.client_id',
      'tickets.assignee_id',
      'assignee.name as assignee_name',
      'tickets.group_id',
      'grp.name as group_name',
      'grp.kind as group_kind',
    ])
    .where('tickets.workspace_id', '=', workspaceId)
    .where('tickets.id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    clientId: r.client_id,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    group: r.group_id
      ? { id: r.group_id, name: r.group_name ?? '', supplierTeam: r.group_kind === 'supplier' }
      : null,
  }));
}
