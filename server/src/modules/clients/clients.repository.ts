import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { jsonArrayHas } from '../../db/json-array.ts';
import { anyContains } from '../../db/text-match.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import type { ClientStatus, ClientTable, ClientTier, ContactTable } from './clients.table.ts';

/** The client list's allow-listed sorts, each indexed with the workspace and id. */
export const clientSorts = {
  name: 'clients.name',
  number: 'clients.number',
  createdAt: 'clients.created_at',
};

function clientQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('clients')
    .leftJoin('users as owner', 'owner.id', 'clients.owner_id')
    .selectAll('clients')
    .select('owner.name as owner_name')
    .select((eb) =>
      eb
        .selectFrom('contacts')
        .select((c) => c.fn.countAll<number>().as('n'))
        // The workspace too, so the count seeks the (workspace, client) index directly.
        .whereRef('contacts.workspace_id', '=', 'clients.workspace_id')
        .whereRef('contacts.client_id', '=', 'clients.id')
        .where('contacts.archived_at', 'is', null)
        .as('contact_count'),
    )
    .where('clients.workspace_id', '=', workspaceId);
}

export type ClientRow = NonNullable<Awaited<ReturnType<typeof getClientRow>>>;

/** A portal user's client is their party: any other client is simply not found. */
export function getClientRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return whereParty(clientQuery(db, workspaceId), party, { client: 'clients.id' })
    .where('clients.id', '=', id)
    .executeTakeFirst();
}

export type ClientFilter = {
  q?: string | undefined;
  status?: ClientStatus | undefined;
  tier?: ClientTier | undefined;
  ownerId?: string | undefined;
  tag?: string | undefined;
  archived: boolean;
};

export function findClientRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: ClientFilter,
  k: Keyset,
  limit: number,
) {
  let q = whereParty(clientQuery(db, workspaceId), party, { client: 'clients.id' }).where(
    'clients.archived_at',
    f.archived ? 'is not' : 'is',
    null,
  );
  if (f.status) q = q.where('clients.status', '=', f.status);
  if (f.tier) q = q.where('clients.tier', '=', f.tier);
  if (f.ownerId) q = q.where('clients.owner_id', '=', f.ownerId);
  if (f.tag) q = q.where((eb) => jsonArrayHas(eb, 'clients.tags', f.tag as string));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      anyContains(eb, ['clients.name', 'clients.legal_name', 'clients.number'], text),
    );
  }
  return applyKeyset(q, k, limit).execute();
}

export function insertClient(db: Executor, row: Insertable<ClientTable>) {
  return db.insertInto('clients').values(row).execute();
}

export type ContactRow = NonNullable<Awaited<ReturnType<typeof getContactRow>>>;

export function findContactRows(db: Executor, workspaceId: string, clientId: string) {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .limit(500)
    .execute();
}

export function getContactRow(db: Executor, workspaceId: string, clientId: string, id: string) {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertContact(db: Executor, row: Insertable<ContactTable>) {
  return db.insertInto('contacts').values(row).execute();
}
