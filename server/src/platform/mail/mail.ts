import type { Transporter } from 'nodemailer';
import { type Db, dialectOf, type Executor } from '../../db/database.ts';
import { type Clock, isoNow } from '../clock.ts';
import type { Ctx, Deps } from '../context.ts';
import { seal, unseal } from '../crypto.ts';
import { newId } from '../ids.ts';

export type MailInput = {
  to: string;
  subject: string;
  body: string;
  /** Links or tokens in the body that only the recipient may read (sign-in, reset, survey). */
  secrets?: readonly string[];
  workspaceId?: string | null;
  /** Files the mail carries, such as an invoice's PDF; kept with the mail as it was sent. */
  attachments?: readonly MailAttachment[];
};

export type MailAttachment = { fileName: string; mediaType: string; content: Uint8Array };

const REDACTED = '[redacted]';

/** The copy of a body that anyone but its recipient may read. */
function redact(body: string, secrets: readonly string[]): string {
  return secrets.reduce((text, secret) => text.replaceAll(secret, REDACTED), body);
}

/**
 * Mail is written in the caller's transaction, so it leaves only if the change commits.
 * Without SMTP_URL it is kept as `stored` for admins to read in the app. The readable copy
 * never carries the mail's secrets: a mail to be sent keeps its full body sealed with the
 * server secret until it leaves; a stored one, which never leaves, keeps none.
 */
export async function queueMail(trx: Executor, ctx: Ctx, mail: MailInput): Promise<void> {
  const secrets = mail.secrets ?? [];
  const sending = Boolean(ctx.config.smtpUrl);
  const id = newId();
  await trx
    .insertInto('mail_messages')
    .values({
      id,
      workspace_id: mail.workspaceId ?? ctx.membership?.workspaceId ?? null,
      to_address: mail.to,
      subject: mail.subject,
      body: redact(mail.body, secrets),
      sealed_body: sending && secrets.length > 0 ? seal(mail.body, ctx.config.secretKey) : null,
      status: sending ? 'queued' : 'stored',
      created_at: isoNow(ctx.clock),
    })
    .execute();
  for (const [seq, file] of (mail.attachments ?? []).entries()) {
    await trx
      .insertInto('mail_attachments')
      .values({
        mail_id: id,
        seq,
        file_name: file.fileName,
        media_type: file.mediaType,
        content: file.content,
      })
      .execute();
  }
}

function attachmentsOf(db: Db, mailId: string) {
  return db
    .selectFrom('mail_attachments')
    .select(['file_name', 'media_type', 'content'])
    .where('mail_id', '=', mailId)
    .orderBy('seq')
    .execute();
}

const MAX_ATTEMPTS = 5;
const BATCH = 50;
/** Longer than a batch takes to send; a sender that dies just lets its batch reappear. */
const LEASE_MS = 5 * 60_000;

/** Sends queued mail through SMTP; each message is marked sent or, after retries, failed. */
export function createMailSender(deps: Deps): (() => Promise<number>) | null {
  if (!deps.config.smtpUrl) return null;
  const { smtpUrl, secretKey } = deps.config;
  const from = `Pontis <no-reply@${new URL(deps.config.publicUrl).hostname}>`;
  // nodemailer loads on the first send: a server without SMTP never carries it.
  let transport: Transporter | undefined;
  return async () => {
    const queued = await claimQueued(deps.db, deps.clock);
    if (queued.length === 0) return 0;
    transport ??= (await import('nodemailer')).default.createTransport(smtpUrl);
    for (const m of queued) {
      const body = m.sealed_body ? unseal(m.sealed_body, secretKey) : m.body;
      try {
        const attachments = (await attachmentsOf(deps.db, m.id)).map((a) => ({
          filename: a.file_name,
          contentType: a.media_type,
          content: Buffer.from(a.content),
        }));
        await transport.sendMail({
          from,
          to: m.to_address,
          subject: m.subject,
          text: body,
          attachments,
        });
        await deps.db
          .updateTable('mail_messages')
          .set({
            status: 'sent',
            sent_at: isoNow(deps.clock),
            attempts: m.attempts + 1,
            sealed_body: null,
            locked_until: null,
          })
          .where('id', '=', m.id)
          .execute();
      } catch (error) {
        const failed = m.attempts + 1 >= MAX_ATTEMPTS;
        await deps.db
          .updateTable('mail_messages')
          .set({
            status: failed ? 'failed' : 'queued',
            attempts: m.attempts + 1,
            last_error: String(error),
            locked_until: null,
            ...(failed ? { sealed_body: null } : {}),
          })
          .where('id', '=', m.id)
          .execute();
      }
    }
    return queued.length;
  };
}

/**
 * Takes a batch of queued mail for this sender alone, in one statement (on PostgreSQL with SKIP
 * LOCKED): several app servers share the outbox and each message leaves once.
 */
function claimQueued(db: Db, clock: Clock) {
  const now = isoNow(clock);
  let due = db
    .selectFrom('mail_messages')
    .select('id')
    .where('status', '=', 'queued')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('created_at')
    .limit(BATCH);
  if (dialectOf(db) === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('mail_messages')
    .set({ locked_until: new Date(clock.now().getTime() + LEASE_MS).toISOString() })
    .where('id', 'in', due)
    .where('status', '=', 'queued')
    .returning(['id', 'to_address', 'subject', 'body', 'sealed_body', 'attempts'])
    .execute();
}
