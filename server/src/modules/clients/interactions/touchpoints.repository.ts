import type { Executor } from '../../../db/database.ts';
import { jsonArrayHas } from '../../../db/json-array.ts';

/** A client's plan (or, with no client, every plan), each line with its stakeholder and owner. */
/** Touchpoints of one workspace, of several, or (null) of all. */
export function findTouchpointRows(
  db: Executor,
  workspaces: string | readonly string[] | null,
  clientId?: string,
) {
  let q = db
    .selectFrom('touchpoints')
    .innerJoin('contacts', 'contacts.id', 'touchpoints.contact_id')
    .innerJoin('clients', 'clients.id', 'touchpoints.client_id')
    .leftJoin('users as owner', 'owner.id', 'touchpoints.owner_id')
    .selectAll('touchpoints')
    .select([
      'contacts.name as contact_name',
      'clients.name as client_name',
      'clients.owner_id as client_owner_id',
      'owner.name as owner_name',
    ])
    .where('contacts.archived_at', 'is', null)
    .where('clients.archived_at', 'is', null);
  if (typeof workspaces === 'string') q = q.where('touchpoints.workspace_id', '=', workspaces);
  else if (workspaces) q = q.where('touchpoints.workspace_id', 'in', workspaces);
  if (clientId) q = q.where('touchpoints.client_id', '=', clientId);
  return q.orderBy('contacts.name').orderBy('touchpoints.id').execute();
}

export type TouchpointRow = Awaited<ReturnType<typeof findTouchpointRows>>[number];

/** The latest interaction the contact took part in. */
export async function lastTouchOf(
  db: Executor,
  workspaceId: string,
  clientId: string,
  contactId: string,
) {
  const row = await db
    .selectFrom('interactions')
    .select((eb) => eb.fn.max('occurred_at').as('last'))
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where((eb) => jsonArrayHas(eb, 'contact_ids', contactId))
    .executeTakeFirst();
  return (row?.last as string | null | undefined) ?? null;
}
