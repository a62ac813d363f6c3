import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { portalChangeRequests } from '../changes/change-requests.service.ts';
import { deliverableOf, deliverableRows } from './deliverables.service.ts';
import { publishedReports } from './status-reports.service.ts';

/**
 * What a client sees of the projects delivered to them: plan dates, milestones, deliverables,
 * published status reports and the changes put to them, never budgets, costs, suppliers or internal logs. A client portal user sees
 * their own client's projects; an internal member (previewing the portal) sees all.
 */
function portalQuery(db: Executor, ctx: Ctx) {
  const party = partyOf(ctx);
  let q = db
    .selectFrom('projects')
    .select(['id', 'number', 'name', 'phase', 'health', 'start_date', 'end_date', 'signed_off_at'])
    .where('workspace_id', '=', workspaceOf(ctx));
  if (party) q = q.where('client_id', '=', party.type === 'client' ? party.id : '');
  return q;
}

const projectOf = (p: Awaited<ReturnType<ReturnType<typeof portalQuery>['execute']>>[number]) => ({
  id: p.id,
  number: p.number,
  name: p.name,
  phase: p.phase,
  health: p.health,
  startDate: p.start_date,
  endDate: p.end_date,
  signedOffAt: p.signed_off_at,
});

export async function portalProjects(ctx: Ctx) {
  return (await portalQuery(ctx.db, ctx).orderBy('number').execute()).map(projectOf);
}

/** The caller may see this project in the portal; 404 otherwise. */
export async function portalProjectRow(db: Executor, ctx: Ctx, id: string) {
  const p = await portalQuery(db, ctx).where('id', '=', id).executeTakeFirst();
  if (!p) throw notFound('Project');
  return p;
}

export async function portalProject(ctx: Ctx, id: string) {
  const project = await portalProjectRow(ctx.db, ctx, id);
  const [milestones, deliverables, statusReports, changeRequests] = await Promise.all([
    ctx.db
      .selectFrom('milestones')
      .select(['id', 'name', 'due_date', 'status', 'completed_on'])
      .where('project_id', '=', id)
      .orderBy('due_date')
      .execute(),
    deliverableRows(ctx.db, ctx, id),
    publishedReports(ctx.db, workspaceOf(ctx), id),
    portalChangeRequests(ctx.db, ctx, id),
  ]);
  return {
    ...projectOf(project),
    milestones: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      dueDate: m.due_date,
      status: m.status,
      completedOn: m.completed_on,
    })),
    deliverables: deliverables.map((d) => {
      const { owner: _owner, ...shown } = deliverableOf(d);
      return shown;
    }),
    statusReports,
    changeRequests,
  };
}
