import type { Executor } from '../../../db/database.ts';

/** Weeks of time still to be approved: anything short of approved. */
const unapproved = ['draft', 'submitted', 'supplier_approved', 'rejected'] as const;

/**
 * The closure checklist, worked out from the project's records rather than ticked: every
 * deliverable accepted, every week of time approved, every issue closed, lessons recorded and,
 * for a client's project, the client's sign-off.
 */
export async function closureFacts(
  db: Executor,
  project: { id: string; client_id: string | null; signed_off_at: string | null },
): Promise<Record<string, boolean>> {
  const none = async (q: Promise<unknown[]>) => (await q).length === 0;
  const [deliverables, time, issues, lessons] = await Promise.all([
    none(
      db
        .selectFrom('project_deliverables')
        .select('id')
        .where('project_id', '=', project.id)
        .where('status', '!=', 'accepted')
        .limit(1)
        .execute(),
    ),
    none(
      db
        .selectFrom('timesheets')
        .select('id')
        .where('project_id', '=', project.id)
        .where('status', 'in', unapproved)
        .limit(1)
        .execute(),
    ),
    none(
      db
        .selectFrom('project_issues')
        .select('id')
        .where('project_id', '=', project.id)
        .where('status', '!=', 'closed')
        .limit(1)
        .execute(),
    ),
    db
      .selectFrom('project_lessons')
      .select('id')
      .where('project_id', '=', project.id)
      .limit(1)
      .execute(),
  ]);
  return {
    deliverables_accepted: deliverables,
    time_approved: time,
    issues_closed: issues,
    lessons_recorded: lessons.length > 0,
    client_signed_off: project.client_id === null || project.signed_off_at !== null,
  };
}
