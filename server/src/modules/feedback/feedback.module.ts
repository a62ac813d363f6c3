import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { seedFeedback } from './feedback.seed.ts';

export const feedback = {
  name: 'feedback',
  routes: [feedbackRoutes],
  seed: { feedback: seedFeedback },
} satisfies ModuleManifest;
