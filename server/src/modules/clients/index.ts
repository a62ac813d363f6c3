import { type Expression, sql } from 'kysely';
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

/**
 * The client contacts an e-mail address belongs to (case ignored), oldest first: in one
 * workspace, or in every workspace (where a mail's sender is known). Archived contacts are
 * nobody.
 */
export async function contactsByEmail(db: Executor, email: string, workspaceId?: string) {
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'workspace_id', 'client_id', 'name', 'email', 'language'])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('archived_at', 'is', null)
    .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId as string))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    clientId: r.client_id,
    name: r.name,
    email: r.email as string,
    language: r.language,
  }));
}

// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { listClients } from './clients.service.ts';
export { getPipeline } from './opportunities/opportunities.service.ts';

/**
 * Who an invoice is addressed to: the buyer's fapiao details (购买方) and the billing
 * contacts that receive it, each in their language. The client's billing e-mail, when no
 * billing contact has it, receives mail too, in the workspace's language.
 */
export async function clientBillingOf(db: Executor, workspaceId: string, clientId: string) {
  const client = await getClientRow(db, workspaceId, clientId);
  if (!client) return null;
  const contacts = await db
    .selectFrom('contacts')
    .select(['name', 'email', 'language'])
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where('relationship', '=', 'billing')
    .where('archived_at', 'is', null)
    .where('email', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const recipients = contacts.map((c) => ({
    name: c.name,
    email: c.email as string,
    language: c.language,
  }));
  const billingEmail = client.billing_email;
  if (billingEmail && !recipients.some((r) => r.email === billingEmail)) {
    recipients.push({
      name: client.legal_name ?? client.name,
      email: billingEmail,
      language: null,
    });
  }
  return {
    name: client.legal_name ?? client.name,
    taxId: client.tax_id,
    address: client.billing_address,
    phone: client.billing_phone,
    bank: client.billing_bank,
    recipients,
  };
}
