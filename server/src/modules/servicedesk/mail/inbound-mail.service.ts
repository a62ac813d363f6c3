import { type Deps, systemCtx } from '../../../platform/context.ts';
import { addDocument } from '../../../platform/documents/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { queueMail } from '../../../platform/mail/mail.ts';
import { contactsByEmail } from '../../clients/index.ts';
import { serviceContractOf } from '../../contracts/index.ts';
import { postComment } from '../comments/comments.service.ts';
import { ticketDocuments } from '../tickets/ticket-documents.ts';
import { ticketRow } from '../tickets/tickets.repository.ts';
import { openTicket } from '../tickets/tickets.service.ts';
import { freshText } from './reply-text.ts';
import { sealedFor, threadOf, threadToken } from './thread-token.ts';
import { mailLanguageOf, receivedMail } from './ticket-mail.ts';

/** A mail as the desk reads it. */
export type InboundMail = {
  from: string;
  to: readonly string[];
  subject: string;
  text: string;
  messageId: string | null;
  attachments: readonly { fileName: string; content: Uint8Array }[];
};

/** A mail the desk will not take: the sender hears why (SMTP 550), nothing is written. */
export class MailRefused extends Error {}

type Contact = Awaited<ReturnType<typeof contactsByEmail>>[number];

/** The ticket a reply's token names, if it names one of ours and the seal matches. */
async function threadTicket(deps: Deps, subject: string) {
  const thread = threadOf(subject);
  if (!thread) return null;
  const rows = await deps.db
    .selectFrom('tickets')
    .select(['id', 'workspace_id'])
    .where('number', '=', thread.number)
    .execute();
  return rows.find((r) => sealedFor(deps.config.secretKey, r.id, thread)) ?? null;
}

/**
 * Whose desk a new mail is for: the workspace its address names (`desk+<workspace id>@…`),
 * or else the one workspace where the sender is a client contact.
 */
async function senderOf(deps: Deps, mail: InboundMail): Promise<Contact> {
  const tagged = mail.to
    .map((address) => /\+([0-9a-f-]{36})@/i.exec(address)?.[1]?.toLowerCase())
    .find(Boolean);
  const contacts = await contactsByEmail(deps.db, mail.from, tagged);
  const workspaces = new Set(contacts.map((c) => c.workspaceId));
  if (workspaces.size === 0)
    throw new MailRefused('The sender is not a contact of a client of ours');
  if (workspaces.size > 1) {
    throw new MailRefused('The sender is known to several desks: write to your desk address');
  }
  return contacts[0] as Contact;
}

/** Keeps a mail's attachments as the ticket's shared files; what is not accepted is named. */
async function attach(deps: Deps, workspaceId: string, ticketId: string, mail: InboundMail) {
  const ctx = systemCtx(deps, workspaceId);
  const refused: string[] = [];
  for (const a of mail.attachments) {
    try {
      await addDocument(
        ctx,
        { owner: ticketDocuments, ownerId: ticketId },
        { fileName: a.fileName || 'attachment', bytes: a.content, fields: {} },
        { category: 'shared' },
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refused.push(a.fileName);
    }
  }
  return refused;
}

const refusedNote = (names: string[]) =>
  names.length ? `\n\n(${names.join(', ')}: attachment type not accepted / 附件类型不受支持)` : '';

/** A reply on a thread: the contact's words join the client conversation. */
async function reply(deps: Deps, ticket: { id: string; workspace_id: string }, mail: InboundMail) {
  const ctx = systemCtx(deps, ticket.workspace_id);
  const row = await ticketRow(deps.db, ticket.workspace_id, ticket.id);
  const contact = (await contactsByEmail(deps.db, mail.from, ticket.workspace_id)).find(
    (c) => c.clientId === row?.client_id,
  );
  if (!row || !contact)
    throw new MailRefused("The sender is not a contact of this ticket's client");
  if (mail.messageId && (await commentedBy(deps, ticket.workspace_id, mail.messageId))) {
    return { ticketId: ticket.id, created: false };
  }
  const refused = await attach(deps, ticket.workspace_id, ticket.id, mail);
  await deps.db.transaction().execute(async (trx) => {
    const current = await ticketRow(trx, ticket.workspace_id, ticket.id);
    await postComment(trx, ctx, current as NonNullable<typeof current>, {
      body: (freshText(mail.text) || mail.subject) + refusedNote(refused),
      visibility: 'client',
      mentions: [],
      authorParty: 'client',
      authorContactId: contact.id,
      messageId: mail.messageId,
    });
  });
  return { ticketId: ticket.id, created: false };
}

/** The ticket a mail opened, if it was taken already. */
async function ticketOpenedBy(deps: Deps, workspaceId: string, messageId: string) {
  const row = await deps.db
    .selectFrom('tickets')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Whether a reply was taken already as a comment. */
async function commentedBy(deps: Deps, workspaceId: string, messageId: string) {
  const row = await deps.db
    .selectFrom('ticket_comments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A new mail opens a ticket for the sender's client, under its one service contract (if it
 * has exactly one with SLAs), with the sender as requester, channel email; its attachments
 * become the ticket's files, and the sender is told the number and the token to reply with.
 */
async function open(deps: Deps, mail: InboundMail) {
  const contact = await senderOf(deps, mail);
  const workspaceId = contact.workspaceId;
  const earlier = mail.messageId ? await ticketOpenedBy(deps, workspaceId, mail.messageId) : null;
  if (earlier) return { ticketId: earlier, created: false };
  const ctx = systemCtx(deps, workspaceId);
  const ticket = await openTicket(ctx, {
    type: 'incident',
    title: mail.subject.trim().slice(0, 200) || '(no subject / 无主题)',
    description: freshText(mail.text).slice(0, 20_000),
    clientId: contact.clientId,
    contractId: await serviceContractOf(deps.db, workspaceId, contact.clientId),
    requesterContactId: contact.id,
    category: null,
    impact: 'medium',
    urgency: 'medium',
    groupId: null,
    assigneeId: null,
    channel: 'email',
    messageId: mail.messageId,
  });
  const refused = await attach(deps, workspaceId, ticket.id, mail);
  const language = mailLanguageOf(contact.language);
  const token = threadToken(deps.config.secretKey, ticket);
  const text = receivedMail(language, { ...ticket, token, name: contact.name });
  await deps.db.transaction().execute((trx) =>
    queueMail(trx, ctx, {
      to: contact.email,
      subject: text.subject,
      body: text.body + refusedNote(refused),
      workspaceId,
    }),
  );
  return { ticketId: ticket.id, created: true };
}

/**
 * Takes a mail to the desk: a reply carrying a ticket's token joins that ticket's
 * conversation (a reply to a closed ticket opens a new one); any other mail from a client
 * contact opens a ticket. A message delivered twice is taken once.
 */
export async function receiveMail(deps: Deps, mail: InboundMail) {
  const thread = await threadTicket(deps, mail.subject);
  if (thread) {
    const row = await ticketRow(deps.db, thread.workspace_id, thread.id);
    if (row && row.status !== 'closed') return reply(deps, thread, mail);
  }
  return open(deps, mail);
}
