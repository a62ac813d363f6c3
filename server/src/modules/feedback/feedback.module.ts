import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { seedFeedback } from './feedback.seed.ts';
import { ticketCsat } from './ticket-csat.subscription.ts';

export const feedback = {
  name: 'feedback',
  routes: [feedbackRoutes],
  subscriptions: [ticketCsat],
  seed: { feedback: seedFeedback },
} satisfies ModuleManifest;
