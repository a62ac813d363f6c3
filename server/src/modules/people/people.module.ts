import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { availabilityRoutes } from './availability/availability.routes.ts';
import { runCredentialReminders } from './compliance/credential-reminders.job.ts';
import { runWorkerCompliance } from './compliance/worker-compliance.job.ts';
import { myProfileRoutes } from './me.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { seedPeople } from './people.seed.ts';
import { skillRoutes } from './skills/skills.routes.ts';

export const people = {
  name: 'people',
  routes: [peopleRoutes, skillRoutes, availabilityRoutes, myProfileRoutes],
  jobs: [
    // After the contract lifecycle: a worker's access follows their contract and documents.
    { name: 'people.worker-compliance', schedule: daily('00:10'), run: runWorkerCompliance },
    { name: 'people.credential-reminders', schedule: daily('00:10'), run: runCredentialReminders },
  ],
  seed: { people: seedPeople },
} satisfies ModuleManifest;
