import { systemCtx } from '../../platform/context.ts';
import { queueMail } from '../../platform/mail/mail.ts';
import { mailIn } from '../../platform/mail/templates.ts';
import type { ModuleSubscription } from '../../platform/modules/manifest.ts';
import { getContactRow } from '../clients/index.ts';
import { ticketFacts, ticketResolved } from '../servicedesk/index.ts';
import { issueSurvey } from './surveys.service.ts';

/**
 * A resolved ticket's requester is asked one question: how satisfied they are (CSAT 1–5), by
 * the survey link mailed in their language. One survey per ticket: resolving it again after a
 * reopening asks nobody twice. A contact without an e-mail address is not asked.
 */
export const ticketCsat: ModuleSubscription = {
  name: 'feedback.ticket-csat',
  event: ticketResolved.type,
  handle: async (trx, event, deps) => {
    if (!event.workspaceId) return;
    const { ticketId, clientId, contactId } = ticketResolved.payload.parse(event.payload);
    const asked = await trx
      .selectFrom('surveys')
      .select('id')
      .where('workspace_id', '=', event.workspaceId)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    const contact = await getContactRow(trx, event.workspaceId, clientId, contactId);
    if (asked || !contact?.email || contact.archived_at) return;
    const ctx = systemCtx(deps, event.workspaceId);
    const [ticket] = await ticketFacts(trx, event.workspaceId, [ticketId]);
    if (!ticket) return;
    const survey = await issueSurvey(trx, ctx, clientId, { contactId, kind: 'csat' }, ticketId);
    const workspace = await trx
      .selectFrom('workspaces')
      .select('name')
      .where('id', '=', event.workspaceId)
      .executeTakeFirstOrThrow();
    await queueMail(trx, ctx, {
      ...mailIn(survey.language, 'ticketSurvey', survey.contact.email, {
        name: survey.contact.name,
        from: workspace.name,
        client: survey.client.name,
        ticket: ticket.number,
        link: `${deps.config.publicUrl}/survey/${survey.token}`,
      }),
      workspaceId: event.workspaceId,
    });
  },
};
