import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { bookingsEndWithContract } from './contract-terminated.subscription.ts';
import { staffingRoutes } from './staffing.routes.ts';
import { seedStaffing } from './staffing.seed.ts';

export const staffing = {
  name: 'staffing',
  routes: [staffingRoutes],
  subscriptions: [bookingsEndWithContract],
  seed: { staffing: seedStaffing },
} satisfies ModuleManifest;
