/** What other modules and the app may use of staffing. */
export { staffingRoutes } from './staffing.routes.ts';
export { seedStaffing } from './staffing.seed.ts';
