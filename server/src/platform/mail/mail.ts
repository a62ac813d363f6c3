import type { Transporter } from 'nodemailer';
import type { Db, Executor } from '../../db/database.ts';
import { isoNow } from '../clock.ts';
import type { Ctx, Deps } from '../context.ts';
import { newId } from '../ids.ts';

export type MailInput = { to: string; subject: string; body: string; workspaceId?: string | null };

/**
 * Mail is written in the caller's transaction, so it leaves only if the change commits.
 * Without SMTP_URL it is kept as `stored` for admins to read in the app.
 */
export async function queueMail(trx: Executor, ctx: Ctx, mail: MailInput): Promise<void> {
  await trx
    .insertInto('mail_messages')
    .values({
      id: newId(),
      workspace_id: mail.workspaceId ?? ctx.membership?.workspaceId ?? null,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      status: ctx.config.smtpUrl ? 'queued' : 'stored',
      created_at: isoNow(ctx.clock),
    })
    .execute();
}

const MAX_ATTEMPTS = 5;

/** Sends queued mail through SMTP; each message is marked sent or, after retries, failed. */
export function createMailSender(deps: Deps): (() => Promise<number>) | null {
  if (!deps.config.smtpUrl) return null;
  const { smtpUrl } = deps.config;
  const from = `Pontis <no-reply@${new URL(deps.config.publicUrl).hostname}>`;
  // nodemailer loads on the first send: a server without SMTP never carries it.
  let transport: Transporter | undefined;
  return async () => {
    const queued = await findQueued(deps.db);
    if (queued.length === 0) return 0;
    transport ??= (await import('nodemailer')).default.createTransport(smtpUrl);
    for (const m of queued) {
      try {
        await transport.sendMail({ from, to: m.to_address, subject: m.subject, text: m.body });
        await deps.db
          .updateTable('mail_messages')
          .set({ status: 'sent', sent_at: isoNow(deps.clock), attempts: m.attempts + 1 })
          .where('id', '=', m.id)
          .execute();
      } catch (error) {
        await deps.db
          .updateTable('mail_messages')
          .set({
            status: m.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'queued',
            attempts: m.attempts + 1,
            last_error: String(error),
          })
          .where('id', '=', m.id)
          .execute();
      }
    }
    return queued.length;
  };
}

function findQueued(db: Db) {
  return db
    .selectFrom('mail_messages')
    .select(['id', 'to_address', 'subject', 'body', 'attempts'])
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(50)
    .execute();
}
