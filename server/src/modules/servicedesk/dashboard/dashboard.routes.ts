import { type App, typed } from '../../../platform/http/route.ts';
import * as s from './dashboard.schema.ts';
import { serviceDeskDashboard } from './dashboard.service.ts';

/** The service desk at a glance. */
export function dashboardRoutes(app: App) {
  typed(app).get('/api/v1/servicedesk/dashboard', {
    config: { access: 'tickets:read' },
    schema: {
      tags: ['service desk'],
      description:
        "The desk at a glance (one group's with groupId): open tickets by priority and age, running clocks that run out within horizonHours, breaches this month (ours and the suppliers'), the backlog over eight weeks, first-contact resolution, and mean working minutes to respond and resolve per priority and per group.",
      querystring: s.dashboardQuery,
      response: { 200: s.dashboardSchema },
    },
    handler: (req) => serviceDeskDashboard(req.ctx, req.query),
  });
}
