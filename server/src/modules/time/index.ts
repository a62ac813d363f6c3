/** What other modules and the app may use of time. */
export { timeRoutes } from './time.routes.ts';
export { seedTime } from './time.seed.ts';
