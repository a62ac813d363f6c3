/** What other modules may use of clients. */

export { clientRoutes } from './clients.routes.ts';
export { getClient } from './clients.service.ts';
export { opportunityRoutes } from './opportunities.routes.ts';
