import { z } from 'zod';
import type { Executor } from '../../../db/database.ts';

/**
 * What projects tell other modules when the client accepts work: a deliverable accepted, or
 * the whole project signed off. Finance releases bills held until then.
 */
export const workAccepted = {
  eventTypes: ['deliverable.accepted', 'project.signed_off'] as const,
  payload: z.object({ projectId: z.string() }),
};

/** The acceptance a day's work on a project waits for, and whether the client gave it. */
export type WorkAcceptance = {
  projectId: string;
  day: string;
  kind: 'deliverable' | 'sign_off';
  /** The deliverable's name, or the project's number for its sign-off. */
  name: string;
  accepted: boolean;
};

/**
 * Which acceptance each day of work belongs to: the project's first deliverable due on or
 * after that day (work leads up to what is handed over next), or, past the last deliverable,
 * the client's sign-off of the project at closure.
 */
export async function acceptanceOfWork(
  db: Executor,
  workspaceId: string,
  work: readonly { projectId: string; day: string }[],
): Promise<WorkAcceptance[]> {
  const projectIds = [...new Set(work.map((w) => w.projectId))];
  if (projectIds.length === 0) return [];
  const [deliverables, projects] = await Promise.all([
    db
      .selectFrom('project_deliverables')
      .select(['project_id', 'name', 'due_date', 'status'])
      .where('workspace_id', '=', workspaceId)
      .where('project_id', 'in', projectIds)
      .orderBy('due_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('projects')
      .select(['id', 'number', 'signed_off_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', projectIds)
      .execute(),
  ]);
  const byProject = Map.groupBy(deliverables, (d) => d.project_id);
  const project = new Map(projects.map((p) => [p.id, p]));
  return work.map(({ projectId, day }) => {
    const next = byProject.get(projectId)?.find((d) => d.due_date >= day);
    if (next) {
      return {
        projectId,
        day,
        kind: 'deliverable',
        name: next.name,
        accepted: next.status === 'accepted',
      };
    }
    const p = project.get(projectId);
    return {
      projectId,
      day,
      kind: 'sign_off',
      name: p?.number ?? '',
      accepted: Boolean(p?.signed_off_at),
    };
  });
}
