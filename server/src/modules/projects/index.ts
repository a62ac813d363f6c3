import type { Expression } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { getProjectRow } from './projects.repository.ts';

/** What other modules and the app may use of projects. */

/** Whether a project of the workspace is still open for bookings and work. */
export async function openProjectExists(db: Executor, workspaceId: string, id: string) {
  const p = await getProjectRow(db, workspaceId, id);
  return Boolean(p && p.phase !== 'closed');
}

/** The client contract a project bills, if it has one. */
export async function projectContractId(db: Executor, workspaceId: string, id: string) {
  return (await getProjectRow(db, workspaceId, id))?.contract_id ?? null;
}

/**
 * The ids of the projects that deliver a contract, as a subquery: callers filter by it in
 * their own statement (`where project_id in …`).
 */
export function projectsOfContract(db: Executor, workspaceId: string, contractId: string) {
  return db
    .selectFrom('projects')
    .select('projects.id')
    .where('projects.workspace_id', '=', workspaceId)
    .where('projects.contract_id', '=', contractId);
}

/** The ids of the projects that deliver some contract, as a subquery to filter by. */
export function projectsWithContract(db: Executor, workspaceId: string) {
  return db
    .selectFrom('projects')
    .select('projects.id')
    .where('projects.workspace_id', '=', workspaceId)
    .where('projects.contract_id', 'is not', null);
}

export {
  acceptanceOfWork,
  type WorkAcceptance,
  workAccepted,
} from './delivery/work-acceptance.ts';
// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { projectEvm } from './monitoring/evm.service.ts';
export { addProjectCosts, type ProjectCost } from './plan/project-costs.ts';
export { listProjects } from './projects.service.ts';

/** A project's number as a subquery, to select beside another module's rows. */
export const projectNumber = (db: Executor, projectId: Expression<string | null>) =>
  projectField(db, projectId, 'number');

/** A field of a project as a subquery, to select beside another module's rows. */
export const projectField = (
  db: Executor,
  projectId: Expression<string | null>,
  field: 'number' | 'name' | 'manager_id' | 'contract_id',
) => db.selectFrom('projects').select(`projects.${field}`).where('projects.id', '=', projectId);

/** A project by its number (PRJ-0001), for imports that name projects. */
export function projectByNumber(db: Executor, workspaceId: string, number: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'contract_id'])
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** A task of a project by its name, for imports that name tasks. */
export async function taskIdByName(db: Executor, projectId: string, name: string) {
  const row = await db
    .selectFrom('tasks')
    .select('id')
    .where('project_id', '=', projectId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * The completed milestones with an amount on the projects that deliver a contract, completed
 * on or before a day: what milestone billing bills.
 */
export function completedMilestones(
  db: Executor,
  workspaceId: string,
  contractId: string,
  upTo: string,
) {
  return db
    .selectFrom('milestones')
    .select(['id', 'name', 'amount_minor as amountMinor', 'completed_on as completedOn'])
    .select('project_id as projectId')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', 'in', projectsOfContract(db, workspaceId, contractId))
    .where('status', '=', 'completed')
    .where('amount_minor', 'is not', null)
    .where('completed_on', '<=', upTo)
    .orderBy('completed_on')
    .orderBy('id')
    .execute();
}

/** Number, name, client and contract of some projects, for reports that group by them. */
export function projectHeadings(db: Executor, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('projects')
    .select(['id', 'number', 'name', 'client_id', 'contract_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}
