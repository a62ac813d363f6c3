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
