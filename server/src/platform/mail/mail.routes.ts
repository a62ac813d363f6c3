import { z } from 'zod';
import { workspaceOf } from '../context.ts';
import { applyKeyset, keysetPage, newestFirst } from '../http/keyset.ts';
import { pageOf, pageQuery } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import { isoTimestamp } from '../http/schemas.ts';

const mailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['stored', 'queued', 'sent', 'failed']),
  createdAt: isoTimestamp,
  sentAt: isoTimestamp.nullable(),
});

/**
 * Admins read the workspace's outgoing mail here, which is all of it when no SMTP is set.
 * Bodies are the redacted copies: a link that signs someone in is for its recipient only.
 */
export function mailRoutes(app: App) {
  typed(app).get('/api/v1/mail', {
    config: { access: 'workspace:admin' },
    schema: { tags: ['mail'], querystring: pageQuery, response: { 200: pageOf(mailSchema) } },
    handler: async (req) => {
      const { limit, cursor } = req.query;
      const k = newestFirst(cursor);
      const rows = await applyKeyset(
        req.ctx.db
          .selectFrom('mail_messages')
          .selectAll()
          .where('workspace_id', '=', workspaceOf(req.ctx)),
        k,
        limit,
      ).execute();
      return keysetPage(rows, k, limit, (m) => ({
        id: m.id,
        to: m.to_address,
        subject: m.subject,
        body: m.body,
        status: m.status,
        createdAt: m.created_at,
        sentAt: m.sent_at,
      }));
    },
  });
}
