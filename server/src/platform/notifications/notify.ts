import type { Executor } from '../../db/database.ts';
import { jsonArrayHas } from '../../db/json-array.ts';
import type { Permission } from '../access/permissions.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';

export type Notice = {
  workspaceId: string;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  /** Per recipient: a reminder with the same key is sent once. */
  uniqueKey: string;
};

/** Sends a notice to users, in the caller's transaction; anyone who had it already is skipped. */
export async function notify(trx: Executor, clock: Clock, userIds: string[], notice: Notice) {
  const at = clock.now().toISOString();
  for (const userId of new Set(userIds)) {
    await trx
      .insertInto('notifications')
      .values({
        id: newId(),
        workspace_id: notice.workspaceId,
        user_id: userId,
        kind: notice.kind,
        params: JSON.stringify(notice.params),
        link: notice.link,
        unique_key: notice.uniqueKey,
        read_at: null,
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['user_id', 'unique_key']).doNothing())
      .execute();
  }
}

/** The active members of a workspace whose role grants a permission: who hears about it. */
export async function usersWith(db: Executor, workspaceId: string, permission: Permission) {
  const rows = await db
    .selectFrom('members')
    .innerJoin('roles', 'roles.id', 'members.role_id')
    .select('members.user_id')
    .where('members.workspace_id', '=', workspaceId)
    .where('members.status', '=', 'active')
    .where('members.party_type', 'is', null)
    .where((eb) => jsonArrayHas(eb, 'roles.permissions', permission))
    .execute();
  return rows.map((r) => r.user_id);
}

/** The active portal members of one client or supplier: who hears about what concerns it. */
export async function usersOfParty(
  db: Executor,
  workspaceId: string,
  party: { type: 'client' | 'supplier'; id: string | null },
) {
  if (!party.id) return [];
  const rows = await db
    .selectFrom('members')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'active')
    .where('party_type', '=', party.type)
    .where('party_id', '=', party.id)
    .execute();
  return rows.map((r) => r.user_id);
}
