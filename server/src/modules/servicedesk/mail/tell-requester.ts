import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { queueMail } from '../../../platform/mail/mail.ts';
import { getContactRow } from '../../clients/index.ts';
import type { TicketRow } from '../tickets/tickets.repository.ts';
import { threadToken } from './thread-token.ts';
import { commentMail, mailLanguageOf } from './ticket-mail.ts';

/**
 * Mails what the desk wrote to the client on a ticket to the contact who asked, in their
 * language, with the ticket's token in the subject so their reply threads back. A ticket
 * without a requester, or one without an address, mails nobody.
 */
export async function tellRequester(trx: Executor, ctx: Ctx, ticket: TicketRow, body: string) {
  if (!ticket.client_id || !ticket.requester_contact_id) return;
  const contact = await getContactRow(
    trx,
    ticket.workspace_id,
    ticket.client_id,
    ticket.requester_contact_id,
  );
  if (!contact?.email || contact.archived_at) return;
  const token = threadToken(ctx.config.secretKey, ticket);
  await queueMail(trx, ctx, {
    to: contact.email,
    ...commentMail(mailLanguageOf(contact.language), {
      token,
      title: ticket.title,
      name: contact.name,
      body,
    }),
    workspaceId: ticket.workspace_id,
  });
}
