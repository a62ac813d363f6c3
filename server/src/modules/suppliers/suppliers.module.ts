import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { supplierContactRoutes } from './contacts/supplier-contacts.routes.ts';
import { evaluationRoutes } from './evaluations/evaluations.routes.ts';
import { seedEvaluations } from './evaluations/evaluations.seed.ts';
import { supplierExists } from './index.ts';
import { onboardingRoutes } from './onboarding/onboarding.routes.ts';
import { runQualificationReminders } from './qualifications/qualification-reminders.job.ts';
import { qualificationRoutes } from './qualifications/qualifications.routes.ts';
import { supplierRoutes } from './suppliers.routes.ts';
import { seedSuppliers } from './suppliers.seed.ts';

export const suppliers = {
  name: 'suppliers',
  routes: [
    supplierRoutes,
    qualificationRoutes,
    onboardingRoutes,
    supplierContactRoutes,
    evaluationRoutes,
  ],
  jobs: [
    {
      name: 'suppliers.qualification-reminders',
      schedule: daily('00:05'),
      run: runQualificationReminders,
    },
  ],
  parties: { supplier: supplierExists },
  seed: { suppliers: seedSuppliers, evaluations: seedEvaluations },
} satisfies ModuleManifest;
