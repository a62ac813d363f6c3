/** What other modules and the app may use of time. */

export { insertTimeRow, readTimeRow } from './entries.import.ts';
export { runMissingTimeReminders } from './missing-time.job.ts';
export { timeRoutes } from './time.routes.ts';
export { seedTime } from './time.seed.ts';
