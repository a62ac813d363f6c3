import { every } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { commentRoutes } from './comments/comments.routes.ts';
import { complianceRoutes } from './compliance/compliance.routes.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { groupRoutes } from './groups/groups.routes.ts';
import { startInboundMail } from './mail/inbound-server.ts';
import { deskSettingsRoutes } from './settings/desk-settings.routes.ts';
import { repairOnCalendarChange } from './sla/clock-repair.ts';
import { sweepClocks } from './sla/clock-sweep.job.ts';
import { ticketRoutes } from './tickets/tickets.routes.ts';
import { seedTickets } from './tickets/tickets.seed.ts';

export const servicedesk = {
  name: 'servicedesk',
  routes: [
    ticketRoutes,
    commentRoutes,
    groupRoutes,
    complianceRoutes,
    dashboardRoutes,
    deskSettingsRoutes,
  ],
  jobs: [{ name: 'servicedesk.clock-sweep', schedule: every(60_000), run: sweepClocks }],
  listeners: [{ name: 'servicedesk.inbound-mail', start: startInboundMail }],
  subscriptions: [repairOnCalendarChange],
  seed: { tickets: seedTickets },
} satisfies ModuleManifest;
