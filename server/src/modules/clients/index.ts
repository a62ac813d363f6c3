import type { Expression } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { getClientRow } from './clients.repository.ts';
import { getOpportunityRow } from './opportunities/opportunities.repository.ts';

export { getClientRow, getContactRow } from './clients.repository.ts';

/** What other modules and the app may use of clients. */
export { clientCreateBody, contactCreateBody } from './clients.schema.ts';
export { getClient, insertNewClient } from './clients.service.ts';
export { insertNewContact, listContacts } from './contacts.service.ts';

/** Whether a client exists in a workspace: portal members are bound only to real clients. */
export const clientExists = async (db: Executor, workspaceId: string, id: string) =>
  Boolean(await getClientRow(db, workspaceId, id));

/** The client an opportunity belongs to, or null when it is not in the workspace. */
export const opportunityClientOf = async (db: Executor, workspaceId: string, id: string) =>
  (await getOpportunityRow(db, workspaceId, id))?.client_id ?? null;

/**
 * A client's name as a subquery, to select beside another module's rows:
 * `.select((eb) => clientName(db, eb.ref('s.client_id')).as('client_name'))`.
 */
export const clientName = (db: Executor, clientId: Expression<string | null>) =>
  db.selectFrom('clients').select('clients.name').where('clients.id', '=', clientId);

/** An opportunity's title as a subquery, to select beside another module's rows. */
export const opportunityTitle = (db: Executor, opportunityId: Expression<string | null>) =>
  db
    .selectFrom('opportunities')
    .select('opportunities.title')
    .where('opportunities.id', '=', opportunityId);

/** A contact's name as a subquery, to select beside another module's rows. */
export const contactName = (db: Executor, contactId: Expression<string | null>) =>
  db.selectFrom('contacts').select('contacts.name').where('contacts.id', '=', contactId);

/** A client's id by its number (CLI-0001), for imports that name clients. */
export async function clientIdByNumber(db: Executor, workspaceId: string, number: string) {
  const row = await db
    .selectFrom('clients')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { listClients } from './clients.service.ts';
export { getPipeline } from './opportunities/opportunities.service.ts';
