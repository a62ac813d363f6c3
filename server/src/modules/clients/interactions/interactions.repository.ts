import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { type Party, whereParty } from '../../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import type { InteractionTable } from './interactions.table.ts';

export const interactionSorts = { occurredAt: 'interactions.occurred_at' };

/** Interactions are internal notes: no portal sees them, whatever else it may see of the client. */
function interactionQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('interactions')
      .innerJoin('clients', 'clients.id', 'interactions.client_id')
      .leftJoin('users as owner', 'owner.id', 'interactions.owner_id')
      .selectAll('interactions')
      .select(['clients.name as client_name', 'owner.name as owner_name'])
      .where('interactions.workspace_id', '=', workspaceId),
    party,
    {},
  );
}

export type InteractionRow = NonNullable<Awaited<ReturnType<typeof getInteractionRow>>>;

export function getInteractionRow(
  db: Executor,
  workspaceId: string,
  clientId: string,
  id: string,
  party: Party = null,
) {
  return interactionQuery(db, workspaceId, party)
    .where('interactions.client_id', '=', clientId)
    .where('interactions.id', '=', id)
    .executeTakeFirst();
}

export function findClientInteractionRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  clientId: string,
  k: Keyset,
  limit: number,
) {
  return applyKeyset(
    interactionQuery(db, workspaceId, party).where('interactions.client_id', '=', clientId),
    k,
    limit,
  ).execute();
}

/** Open next steps, soonest due first (undated last), optionally of one owner and due by a day. */
export function findOpenNextSteps(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: { ownerId?: string | undefined; dueBy?: string | undefined },
) {
  let q = interactionQuery(db, workspaceId, party)
    .where('interactions.next_step', 'is not', null)
    .where('interactions.next_step_done', '=', false);
  if (f.ownerId) q = q.where('interactions.owner_id', '=', f.ownerId);
  if (f.dueBy) q = q.where('interactions.next_step_due', '<=', f.dueBy);
  return q
    .orderBy((eb) => eb.case().when('interactions.next_step_due', 'is', null).then(1).else(0).end())
    .orderBy('interactions.next_step_due')
    .orderBy('interactions.id')
    .execute();
}

export function insertInteraction(db: Executor, row: Insertable<InteractionTable>) {
  return db.insertInto('interactions').values(row).execute();
}

/** How many of these ids are live contacts of the client: all of them, or the input is wrong. */
export async function countClientContacts(
  db: Executor,
  workspaceId: string,
  clientId: string,
  ids: string[],
) {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where('archived_at', 'is', null)
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
