import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { clientRoutes } from './clients.routes.ts';
import { seedClients } from './clients.seed.ts';
import { clientExists } from './index.ts';
import { interactionRoutes } from './interactions.routes.ts';
import { opportunityRoutes } from './opportunities.routes.ts';
import { requirementRoutes } from './requirements.routes.ts';
import { runTouchpointReminders } from './touchpoints.service.ts';

export const clients = {
  name: 'clients',
  routes: [clientRoutes, opportunityRoutes, interactionRoutes, requirementRoutes],
  jobs: [
    { name: 'clients.touchpoint-reminders', schedule: daily('00:05'), run: runTouchpointReminders },
  ],
  parties: { client: clientExists },
  seed: { clients: seedClients },
} satisfies ModuleManifest;
