import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { amendmentRoutes } from './amendments/amendments.routes.ts';
import { clauseRoutes } from './clauses/clauses.routes.ts';
import { runObligationReminders } from './clauses/obligation-reminders.job.ts';
import { contractPartRoutes } from './contract-parts.routes.ts';
import { contractRoutes } from './contracts.routes.ts';
import { seedContracts } from './contracts.seed.ts';
import { runContractAlerts } from './lifecycle/contract-alerts.job.ts';
import { runContractLifecycle } from './lifecycle/contract-lifecycle.job.ts';
import { supplierComparisonRoutes } from './rates/supplier-comparison.routes.ts';

export const contracts = {
  name: 'contracts',
  routes: [
    contractRoutes,
    contractPartRoutes,
    amendmentRoutes,
    clauseRoutes,
    supplierComparisonRoutes,
  ],
  jobs: [
    // First of the day: reminders and compliance read the statuses it moves.
    { name: 'contracts.lifecycle', schedule: daily('00:00'), run: runContractLifecycle },
    { name: 'contracts.expiry-alerts', schedule: daily('00:05'), run: runContractAlerts },
    {
      name: 'contracts.obligation-reminders',
      schedule: daily('00:05'),
      run: runObligationReminders,
    },
  ],
  seed: { contracts: seedContracts },
} satisfies ModuleManifest;
