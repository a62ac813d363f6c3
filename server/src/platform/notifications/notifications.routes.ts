import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import { idParam, isoTimestamp, okSchema } from '../http/schemas.ts';
import { listNotifications, markAllRead, markRead } from './notifications.service.ts';

const notificationSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    link: z.string().nullable(),
    readAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Notification' });

const listSchema = pageOf(notificationSchema)
  .extend({ unread: z.number().int() })
  .meta({ id: 'Notifications' });

/** Each user's own notices in the current workspace; nobody reads another's. */
export function notificationRoutes(app: App) {
  const r = typed(app);
  const tags = ['notifications'];
  r.get('/api/v1/notifications', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, querystring: pageQuery, response: { 200: listSchema } },
    handler: (req) => listNotifications(req.ctx, req.query),
  });
  r.post('/api/v1/notifications/:id/read', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, params: idParam, response: { 200: okSchema } },
    handler: (req) => markRead(req.ctx, req.params.id),
  });
  r.post('/api/v1/notifications/read-all', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, response: { 200: okSchema } },
    handler: (req) => markAllRead(req.ctx),
  });
}
