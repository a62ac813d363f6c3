import type { Executor } from '../../db/database.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset, keyset } from '../../platform/http/keyset.ts';
import type { TimesheetStatus } from './time.table.ts';

/** Sheets with their person and project; a supplier portal sees its own workers' only. */
export function sheetQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('timesheets')
      .innerJoin('people', 'people.id', 'timesheets.person_id')
      .innerJoin('projects', 'projects.id', 'timesheets.project_id')
      .selectAll('timesheets')
      .select([
        'people.name as person_name',
        'people.kind as person_kind',
        'people.grade as person_grade',
        'people.position_id as person_position_id',
        'people.supplier_id as person_supplier_id',
        'people.supplier_contract_id as person_supplier_contract_id',
        'people.user_id as person_user_id',
        'projects.number as project_number',
        'projects.name as project_name',
        'projects.manager_id as project_manager_id',
        'projects.contract_id as project_contract_id',
        'projects.phase as project_phase',
      ])
      .where('timesheets.workspace_id', '=', workspaceId),
    party,
    { supplier: 'people.supplier_id' },
  );
}

export type SheetRow = NonNullable<Awaited<ReturnType<typeof getSheetRow>>>;

export function getSheetRow(db: Executor, workspaceId: string, id: string, party: Party) {
  return sheetQuery(db, workspaceId, party).where('timesheets.id', '=', id).executeTakeFirst();
}

export type SheetFilter = {
  personId?: string | undefined;
  projectId?: string | undefined;
  status?: TimesheetStatus | undefined;
  week?: string | undefined;
};

/** Newest week first; the sheet id keeps one week's sheets in a stable order across pages. */
export const newestWeekFirst = (cursor: string | undefined) =>
  keyset({ week: 'timesheets.week_start' }, 'timesheets.id', '-week', cursor);

export function findSheetRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: SheetFilter,
  page: { k: Keyset; limit: number },
) {
  let q = sheetQuery(db, workspaceId, party);
  if (f.personId) q = q.where('timesheets.person_id', '=', f.personId);
  if (f.projectId) q = q.where('timesheets.project_id', '=', f.projectId);
  if (f.status) q = q.where('timesheets.status', '=', f.status);
  if (f.week) q = q.where('timesheets.week_start', '=', f.week);
  return applyKeyset(q, page.k, page.limit).execute();
}

/** A person's sheets of one week, every project. */
export function weekSheetRows(db: Executor, workspaceId: string, personId: string, week: string) {
  return db
    .selectFrom('timesheets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('person_id', '=', personId)
    .where('week_start', '=', week)
    .execute();
}

export function entryRowsOfSheets(db: Executor, workspaceId: string, sheetIds: string[]) {
  if (sheetIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('time_entries')
    .leftJoin('tasks', 'tasks.id', 'time_entries.task_id')
    .selectAll('time_entries')
    .select('tasks.name as task_name')
    .where('time_entries.workspace_id', '=', workspaceId)
    .where('time_entries.timesheet_id', 'in', sheetIds)
    .orderBy('time_entries.day')
    .orderBy('tasks.position')
    .execute();
}
export type EntryRow = Awaited<ReturnType<typeof entryRowsOfSheets>>[number];
