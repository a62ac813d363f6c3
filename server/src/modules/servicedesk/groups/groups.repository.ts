import type { Executor } from '../../../db/database.ts';
import { contractField } from '../../contracts/index.ts';
import { supplierName } from '../../suppliers/index.ts';

/** The workspace's groups with their supplier, contract and lead, by name. */
function groupQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('ticket_groups')
    .leftJoin('users as lead', 'lead.id', 'ticket_groups.lead_id')
    .selectAll('ticket_groups')
    .select('lead.name as lead_name')
    .select((eb) => [
      supplierName(db, eb.ref('ticket_groups.supplier_id')).as('supplier_name'),
      contractField(db, eb.ref('ticket_groups.supplier_contract_id'), 'number').as(
        'contract_number',
      ),
    ])
    .where('ticket_groups.workspace_id', '=', workspaceId);
}

export type GroupRow = NonNullable<Awaited<ReturnType<typeof groupRow>>>;

export const groupRow = (db: Executor, workspaceId: string, id: string) =>
  groupQuery(db, workspaceId).where('ticket_groups.id', '=', id).executeTakeFirst();

export const groupRows = (db: Executor, workspaceId: string) =>
  groupQuery(db, workspaceId).orderBy('ticket_groups.name').orderBy('ticket_groups.id').execute();

/** The members of some groups, with their names. */
export function memberRows(db: Executor, groupIds: readonly string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('ticket_group_members')
    .innerJoin('users', 'users.id', 'ticket_group_members.user_id')
    .select(['ticket_group_members.group_id', 'users.id', 'users.name'])
    .where('ticket_group_members.group_id', 'in', groupIds)
    .orderBy('users.name')
    .execute();
}

/** Replaces an internal group's members. */
export async function setMembers(trx: Executor, groupId: string, userIds: readonly string[]) {
  await trx.deleteFrom('ticket_group_members').where('group_id', '=', groupId).execute();
  if (userIds.length === 0) return;
  await trx
    .insertInto('ticket_group_members')
    .values([...new Set(userIds)].map((user_id) => ({ group_id: groupId, user_id })))
    .execute();
}

/** Of some groups, the supplier teams and the supplier contract each works under. */
export async function supplierContractsOf(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('ticket_groups')
    .select(['id', 'supplier_contract_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .where('kind', '=', 'supplier')
    .execute();
  return new Map(rows.map((r) => [r.id, r.supplier_contract_id as string]));
}
