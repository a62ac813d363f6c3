import type { Executor } from '../../db/database.ts';
import { getClientRow } from './clients.repository.ts';
import { getOpportunityRow } from './opportunities.repository.ts';

/** What other modules and the app may use of clients. */
export { clientRoutes } from './clients.routes.ts';
export { getClient } from './clients.service.ts';
export { interactionRoutes } from './interactions.routes.ts';
export { opportunityRoutes } from './opportunities.routes.ts';
export { requirementRoutes } from './requirements.routes.ts';

/** Whether a client exists in a workspace: portal members are bound only to real clients. */
export const clientExists = async (db: Executor, workspaceId: string, id: string) =>
  Boolean(await getClientRow(db, workspaceId, id));

/** The client an opportunity belongs to, or null when it is not in the workspace. */
export const opportunityClientOf = async (db: Executor, workspaceId: string, id: string) =>
  (await getOpportunityRow(db, workspaceId, id))?.client_id ?? null;
