import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import { audit } from '../../platform/audit/audit.ts';
import { isoAfter, isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { hashToken, randomToken } from '../../platform/crypto.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { queueMail } from '../../platform/mail/mail.ts';
import { type MailLocale, mailIn } from '../../platform/mail/templates.ts';
import { clientName, contactName, getClientRow, getContactRow } from '../clients/index.ts';
import { ticketFacts } from '../servicedesk/index.ts';
import type { answerBody, surveyBody, surveyStatuses } from './feedback.schema.ts';
import type { SurveyKind } from './feedback.table.ts';

/** How long a survey link answers. */
export const SURVEY_TTL_MS = 14 * 24 * 3600 * 1000;

/** The highest score of each scale: CSAT 1–5, NPS 0–10. */
const scale: Record<SurveyKind, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
};

/** Feedback is our own record of the relationship: a client's portal users never see it. */
export async function internalClient(db: Executor, ctx: Ctx, clientId: string) {
  const client = await getClientRow(db, workspaceOf(ctx), clientId);
  if (!client || partyOf(ctx)) throw notFound('Client');
  return client;
}

type SurveyStatus = (typeof surveyStatuses)[number];

const statusOf = (
  s: { responded_at: string | null; expires_at: string },
  now: string,
): SurveyStatus => (s.responded_at ? 'answered' : s.expires_at <= now ? 'expired' : 'pending');

export async function listSurveys(ctx: Ctx, clientId: string) {
  await internalClient(ctx.db, ctx, clientId);
  const rows = await ctx.db
    .selectFrom('surveys as s')
    .selectAll('s')
    .select((eb) => contactName(ctx.db, eb.ref('s.contact_id')).as('contact_name'))
    .where('s.workspace_id', '=', workspaceOf(ctx))
    .where('s.client_id', '=', clientId)
    .orderBy('s.sent_at', 'desc')
    .orderBy('s.id')
    .execute();
  const now = isoNow(ctx.clock);
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    // Contacts are archived, never deleted: the name is always there.
    contact: { id: s.contact_id, name: s.contact_name ?? '' },
    sentAt: s.sent_at,
    expiresAt: s.expires_at,
    status: statusOf(s, now),
    respondedAt: s.responded_at,
    score: s.score,
    comment: s.comment,
  }));
}

/**
 * Creates the survey and its single-use link for a contact with an e-mail address; returns
 * the token, which exists nowhere else once the caller has sent it.
 */
export async function issueSurvey(
  trx: Executor,
  ctx: Ctx,
  clientId: string,
  input: z.infer<typeof surveyBody>,
  /** The ticket it asks about, for a survey sent on a ticket's resolution. */
  ticketId: string | null = null,
) {
  const workspaceId = workspaceOf(ctx);
  const client = await internalClient(trx, ctx, clientId);
  const contact = await getContactRow(trx, workspaceId, clientId, input.contactId);
  if (!contact || contact.archived_at) throw notFound('Contact');
  if (!contact.email) {
    throw new AppError('unprocessable', 'The contact has no e-mail address', {
      fields: { 'body.contactId': ['no e-mail address'] },
    });
  }
  const token = randomToken('srv_');
  const language: MailLocale = contact.language === 'en-US' ? 'en-US' : 'zh-CN';
  const id = newId();
  await trx
    .insertInto('surveys')
    .values({
      id,
      workspace_id: workspaceId,
      client_id: clientId,
      contact_id: contact.id,
      kind: input.kind,
      ticket_id: ticketId,
      token_hash: hashToken(token),
      language,
      expires_at: isoAfter(ctx.clock, SURVEY_TTL_MS),
      sent_at: isoNow(ctx.clock),
      sent_by: ctx.actor.userId,
      responded_at: null,
      score: null,
      comment: null,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'survey.send',
    entityType: 'client',
    entityId: clientId,
    changes: { survey: { after: { id, kind: input.kind, contact: contact.name, ticketId } } },
  });
  return { token, language, client, contact: { name: contact.name, email: contact.email } };
}

/** Mails the contact a single-use link to a one-question form, in their language. */
export async function sendSurvey(ctx: Ctx, clientId: string, input: z.infer<typeof surveyBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { token, language, client, contact } = await issueSurvey(trx, ctx, clientId, input);
    const workspace = await trx
      .selectFrom('workspaces')
      .select('name')
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    await queueMail(trx, ctx, {
      ...mailIn(language, input.kind === 'nps' ? 'npsSurvey' : 'csatSurvey', contact.email, {
        name: contact.name,
        from: workspace.name,
        client: client.name,
        link: `${ctx.config.publicUrl}/survey/${token}`,
      }),
      workspaceId,
    });
  });
  return listSurveys(ctx, clientId);
}

function surveyByToken(db: Executor, token: string) {
  return db
    .selectFrom('surveys as s')
    .innerJoin('workspaces as w', 'w.id', 's.workspace_id')
    .selectAll('s')
    .select((eb) => [
      clientName(db, eb.ref('s.client_id')).as('client_name'),
      'w.name as workspace_name',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
}

/** The form's question for whoever holds the link; unknown links are simply not found. */
export async function publicSurvey(ctx: Ctx, token: string) {
  const s = await surveyByToken(ctx.db, token);
  if (!s) throw notFound('Survey');
  const [ticket] = s.ticket_id ? await ticketFacts(ctx.db, s.workspace_id, [s.ticket_id]) : [];
  return {
    kind: s.kind,
    language: s.language === 'en-US' ? ('en-US' as const) : ('zh-CN' as const),
    from: s.workspace_name,
    client: s.client_name ?? '',
    ticket: ticket?.number ?? null,
    status: statusOf(s, isoNow(ctx.clock)),
  };
}

/** Records the one answer the link allows; a second answer or a late one is refused. */
export async function answerSurvey(ctx: Ctx, token: string, input: z.infer<typeof answerBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const s = await surveyByToken(trx, token);
    if (!s) throw notFound('Survey');
    const { min, max } = scale[s.kind];
    if (input.score < min || input.score > max) {
      throw new AppError('validation_failed', `The score is from ${min} to ${max}`, {
        fields: { 'body.score': [`from ${min} to ${max}`] },
      });
    }
    const now = isoNow(ctx.clock);
    if (s.responded_at) throw new AppError('conflict', 'This survey has been answered already');
    if (s.expires_at <= now) throw new AppError('gone', 'This survey link has expired');
    // The condition on responded_at makes two answers racing each other count once.
    const r = await trx
      .updateTable('surveys')
      .set({ responded_at: now, score: input.score, comment: input.comment ?? null })
      .where('id', '=', s.id)
      .where('responded_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) {
      throw new AppError('conflict', 'This survey has been answered already');
    }
    await audit(trx, ctx, {
      action: 'survey.answer',
      entityType: 'client',
      entityId: s.client_id,
      workspaceId: s.workspace_id,
      changes: { survey: { after: { id: s.id, score: input.score } } },
    });
  });
}
