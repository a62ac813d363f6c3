import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/column.ts';

/** `stored`: no SMTP configured, kept for admins to read; `queued` → `sent` | `failed`. */
export type MailStatus = 'stored' | 'queued' | 'sent' | 'failed';

export type MailMessageTable = {
  id: string;
  workspace_id: string | null;
  to_address: string;
  subject: string;
  /** What admins read: every secret the mail carries is redacted. */
  body: string;
  /** The body as sent, sealed with the server secret; cleared once the mail leaves. */
  sealed_body: string | null;
  /** A sender holds the message until then; past it, another may send it. */
  locked_until: Timestamp | null;
  status: MailStatus;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
};

/** A file a mail carries, numbered in the order it is attached. */
export type MailAttachmentTable = {
  mail_id: string;
  seq: number;
  file_name: string;
  media_type: string;
  content: Uint8Array;
};

export type MailTables = { mail_messages: MailMessageTable; mail_attachments: MailAttachmentTable };

declare module '../../db/tables.ts' {
  interface Tables extends MailTables {}
}
