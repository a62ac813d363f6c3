import type { Executor } from '../../db/database.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import type { AssignmentStatus } from './staffing.table.ts';

export const assignmentSorts = {
  startDate: 'assignments.start_date',
  createdAt: 'assignments.created_at',
};

/** A supplier portal user sees the assignments of their own supplier's workers only. */
function assignmentQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('assignments')
      .innerJoin('people', 'people.id', 'assignments.person_id')
      .leftJoin('staffing_requests as r', 'r.id', 'assignments.request_id')
      .selectAll('assignments')
      .select([
        'people.name as person_name',
        'people.number as person_number',
        'r.number as request_number',
      ])
      .where('assignments.workspace_id', '=', workspaceId),
    party,
    { supplier: 'people.supplier_id' },
  );
}

export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof getAssignmentRow>>>;

export function getAssignmentRow(
  db: Executor,
  workspaceId: string,
  id: string,
  party: Party = null,
) {
  return assignmentQuery(db, workspaceId, party)
    .where('assignments.id', '=', id)
    .executeTakeFirst();
}

export type AssignmentFilter = {
  personId?: string | undefined;
  requestId?: string | undefined;
  projectId?: string | undefined;
  status?: AssignmentStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export function findAssignmentRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: AssignmentFilter,
  k: Keyset,
  limit: number,
) {
  let q = assignmentQuery(db, workspaceId, party);
  if (f.personId) q = q.where('assignments.person_id', '=', f.personId);
  if (f.requestId) q = q.where('assignments.request_id', '=', f.requestId);
  if (f.projectId) q = q.where('assignments.project_id', '=', f.projectId);
  if (f.status) q = q.where('assignments.status', '=', f.status);
  if (f.from) q = q.where('assignments.end_date', '>=', f.from);
  if (f.to) q = q.where('assignments.start_date', '<=', f.to);
  return applyKeyset(q, k, limit).execute();
}

export type Booking = {
  id: string;
  start: string;
  end: string;
  hoursPerWeek: number;
  status: AssignmentStatus;
  requestId: string | null;
};

/** Bookings overlapping a window, by person; for the given people, or the whole workspace. */
export async function bookingsIn(
  db: Executor,
  workspaceId: string,
  from: string,
  to: string,
  personIds?: readonly string[],
) {
  let q = db
    .selectFrom('assignments')
    .select(['id', 'person_id', 'start_date', 'end_date', 'hours_per_week', 'status', 'request_id'])
    .where('workspace_id', '=', workspaceId)
    .where('end_date', '>=', from)
    .where('start_date', '<=', to);
  if (personIds) {
    if (personIds.length === 0) return new Map<string, Booking[]>();
    q = q.where('person_id', 'in', personIds);
  }
  const byPerson = new Map<string, Booking[]>();
  for (const a of await q.execute()) {
    const list = byPerson.get(a.person_id) ?? [];
    list.push({
      id: a.id,
      start: a.start_date,
      end: a.end_date,
      hoursPerWeek: a.hours_per_week,
      status: a.status,
      requestId: a.request_id,
    });
    byPerson.set(a.person_id, list);
  }
  return byPerson;
}
