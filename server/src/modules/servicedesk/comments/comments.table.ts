import type { Json, Timestamp } from '../../../db/column.ts';

/**
 * Who may read a comment besides us: nobody (internal), the client, or the supplier team the
 * ticket is routed to. Each portal reads only its own.
 */
export const commentVisibilities = ['internal', 'client', 'supplier'] as const;
export type CommentVisibility = (typeof commentVisibilities)[number];
/** Who wrote it: one of us, the client's contact, or the supplier's team. */
export const authorParties = ['internal', 'client', 'supplier'] as const;
export type AuthorParty = (typeof authorParties)[number];

/** The ticket's conversation, never edited. */
export type TicketCommentTable = {
  id: string;
  workspace_id: string;
  ticket_id: string;
  body: string;
  visibility: CommentVisibility;
  /** Members named in it, who were notified. */
  mentions: Json<string[]>;
  /** A user who wrote it, or the client contact whose mail it was. */
  author_id: string | null;
  author_contact_id: string | null;
  author_party: AuthorParty;
  /** The mail it came in, so a message delivered twice is taken once. */
  message_id: string | null;
  created_at: Timestamp;
};

export type TicketCommentTables = { ticket_comments: TicketCommentTable };

declare module '../../../db/tables.ts' {
  interface Tables extends TicketCommentTables {}
}
