import type { Executor } from '../../db/database.ts';

/** The person's confirmed bookings on projects overlapping a window: where they may log time. */
export function bookingRows(
  db: Executor,
  workspaceId: string,
  personId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('assignments')
    .select(['project_id', 'position_id', 'start_date', 'end_date'])
    .where('workspace_id', '=', workspaceId)
    .where('person_id', '=', personId)
    .where('status', '=', 'confirmed')
    .where('project_id', 'is not', null)
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .orderBy('start_date')
    .execute();
}
export type BookingRow = Awaited<ReturnType<typeof bookingRows>>[number];

/** The booking that lets the person log time on a project on a day, if any. */
export const bookingOn = (bookings: readonly BookingRow[], projectId: string, day: string) =>
  bookings.find((b) => b.project_id === projectId && b.start_date <= day && day <= b.end_date);

export function projectRows(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('projects')
    .select(['id', 'number', 'name', 'contract_id', 'phase'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .orderBy('number')
    .execute();
}

export function taskRows(db: Executor, workspaceId: string, projectIds: string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tasks')
    .select(['id', 'name', 'project_id'])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', 'in', projectIds)
    .orderBy('position')
    .execute();
}
