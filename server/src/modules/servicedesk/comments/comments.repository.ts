import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { contactName } from '../../clients/index.ts';
import type { TicketCommentTable } from './comments.table.ts';

/** A ticket's conversation, oldest first, with who wrote each comment (a user or a contact). */
export function commentRows(db: Executor, ticketId: string) {
  return db
    .selectFrom('ticket_comments')
    .leftJoin('users as author', 'author.id', 'ticket_comments.author_id')
    .selectAll('ticket_comments')
    .select('author.name as author_name')
    .select((eb) => contactName(db, eb.ref('ticket_comments.author_contact_id')).as('contact_name'))
    .where('ticket_comments.ticket_id', '=', ticketId)
    .orderBy('ticket_comments.created_at')
    .orderBy('ticket_comments.id')
    .execute();
}

export type CommentRow = Awaited<ReturnType<typeof commentRows>>[number];

/** Adds a comment to a ticket's conversation; answers its id. */
export async function insertComment(
  trx: Executor,
  c: Omit<Insertable<TicketCommentTable>, 'id' | 'mentions'> & { mentions: string[] },
) {
  const id = newId();
  await trx
    .insertInto('ticket_comments')
    .values({ ...c, id, mentions: JSON.stringify(c.mentions) })
    .execute();
  return id;
}
