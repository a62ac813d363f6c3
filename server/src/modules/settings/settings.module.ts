import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { calendarRoutes } from './calendars.routes.ts';
import { refreshHolidays } from './holiday-refresh.job.ts';
import { positionRoutes } from './positions.routes.ts';
import { seedPositions } from './positions.seed.ts';
import { settingsRoutes } from './settings.routes.ts';
import { seedSettings } from './settings.seed.ts';

export const settings = {
  name: 'settings',
  routes: [settingsRoutes, calendarRoutes, positionRoutes],
  jobs: [{ name: 'settings.holiday-refresh', schedule: daily('03:00'), run: refreshHolidays }],
  seed: { settings: seedSettings, positions: seedPositions },
} satisfies ModuleManifest;
