import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { runMissingTimeReminders } from './missing-time.job.ts';
import { timeRoutes } from './time.routes.ts';
import { seedTime } from './time.seed.ts';

export const time = {
  name: 'time',
  routes: [timeRoutes],
  jobs: [
    { name: 'time.missing-time-reminders', schedule: daily('00:15'), run: runMissingTimeReminders },
  ],
  seed: { time: seedTime },
} satisfies ModuleManifest;
