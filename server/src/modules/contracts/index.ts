/** What other modules and the app may use of contracts. */
export { amendmentRoutes } from './amendments.routes.ts';
export { clauseRoutes } from './clauses.routes.ts';
export { runContractAlerts } from './contract-alerts.job.ts';
export { CONTRACT_LIFECYCLE_EVERY_MS, runContractLifecycle } from './contract-lifecycle.job.ts';
export { contractPartRoutes } from './contract-parts.routes.ts';
export { contractRoutes } from './contracts.routes.ts';
export { runObligationReminders } from './obligation-reminders.job.ts';
export { rateOnDay } from './rate-cards.service.ts';
