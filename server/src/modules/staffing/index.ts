/** What other modules may call of staffing: its read models. */
export { matchCandidates } from './matching.service.ts';
export { utilization } from './utilization.service.ts';
