import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { changeRequestRoutes } from './changes/change-requests.routes.ts';
import { deliveryRoutes } from './delivery/deliveries.routes.ts';
import { projectLogRoutes } from './delivery/project-logs.routes.ts';
import { runStatusReportDrafts } from './delivery/status-report-drafts.job.ts';
import { runEarnedValue } from './monitoring/evm.job.ts';
import { monitoringRoutes } from './monitoring/monitoring.routes.ts';
import { planRoutes } from './plan/plan.routes.ts';
import { projectRoutes } from './projects.routes.ts';
import {
  closeProject,
  seedClosedProject,
  seedFixedPriceProject,
  seedProject,
  seedProjectPlan,
  seedRetainerProject,
} from './projects.seed.ts';

export const projects = {
  name: 'projects',
  routes: [
    projectRoutes,
    planRoutes,
    monitoringRoutes,
    projectLogRoutes,
    deliveryRoutes,
    changeRequestRoutes,
  ],
  jobs: [
    { name: 'projects.earned-value', schedule: daily('00:15'), run: runEarnedValue },
    { name: 'projects.status-report-drafts', schedule: daily('00:15'), run: runStatusReportDrafts },
  ],
  seed: {
    project: seedProject,
    plan: seedProjectPlan,
    fixedPrice: seedFixedPriceProject,
    retainer: seedRetainerProject,
    closed: seedClosedProject,
    close: closeProject,
  },
} satisfies ModuleManifest;
