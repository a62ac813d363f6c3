import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { clientRoutes } from './clients.routes.ts';
import { seedClients } from './clients.seed.ts';
import { clientExists } from './index.ts';
import { interactionRoutes } from './interactions/interactions.routes.ts';
import { runTouchpointReminders } from './interactions/touchpoints.service.ts';
import { opportunityRoutes } from './opportunities/opportunities.routes.ts';
import { requirementRoutes } from './requirements/requirements.routes.ts';

export const clients = {
  name: 'clients',
  routes: [clientRoutes, opportunityRoutes, interactionRoutes, requirementRoutes],
  jobs: [
    { name: 'clients.touchpoint-reminders', schedule: daily('00:05'), run: runTouchpointReminders },
  ],
  parties: { client: clientExists },
  seed: { clients: seedClients },
} satisfies ModuleManifest;
