import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { ticketRoutes } from './tickets/tickets.routes.ts';
import { seedTickets } from './tickets/tickets.seed.ts';

export const servicedesk = {
  name: 'servicedesk',
  routes: [ticketRoutes],
  seed: { tickets: seedTickets },
} satisfies ModuleManifest;
