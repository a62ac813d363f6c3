/** What other modules may use of clients. */

export { clientRoutes } from './clients.routes.ts';
export { getClient } from './clients.service.ts';
export { interactionRoutes } from './interactions.routes.ts';
export { opportunityRoutes } from './opportunities.routes.ts';
