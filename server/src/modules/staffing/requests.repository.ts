import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import { opportunityTitle } from '../clients/index.ts';
import { positionsNamed } from '../settings/index.ts';
import type { RequestStatus } from './staffing.table.ts';

export const requestSorts = {
  startDate: 'staffing_requests.start_date',
  number: 'staffing_requests.number',
  createdAt: 'staffing_requests.created_at',
};

function requestQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('staffing_requests')
    .selectAll('staffing_requests')
    .select((eb) => [
      opportunityTitle(db, eb.ref('staffing_requests.opportunity_id')).as('opportunity_title'),
      eb
        .selectFrom('assignments')
        .select((a) => a.fn.countAll<number>().as('n'))
        .whereRef('assignments.request_id', '=', 'staffing_requests.id')
        .where('assignments.status', '=', 'confirmed')
        .as('filled'),
    ])
    .where('staffing_requests.workspace_id', '=', workspaceId);
}

export type RequestRow = NonNullable<Awaited<ReturnType<typeof getRequestRow>>>;

export function getRequestRow(db: Executor, workspaceId: string, id: string) {
  return requestQuery(db, workspaceId).where('staffing_requests.id', '=', id).executeTakeFirst();
}

export type RequestFilter = {
  q?: string | undefined;
  status?: RequestStatus | undefined;
  opportunityId?: string | undefined;
  projectId?: string | undefined;
};

export function findRequestRows(
  db: Executor,
  workspaceId: string,
  f: RequestFilter,
  k: Keyset,
  limit: number,
) {
  let q = requestQuery(db, workspaceId);
  if (f.status) q = q.where('staffing_requests.status', '=', f.status);
  if (f.opportunityId) q = q.where('staffing_requests.opportunity_id', '=', f.opportunityId);
  if (f.projectId) q = q.where('staffing_requests.project_id', '=', f.projectId);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      eb.or([
        anyContains(eb, ['staffing_requests.number'], text),
        eb('staffing_requests.position_id', 'in', positionsNamed(db, workspaceId, text)),
      ]),
    );
  }
  return applyKeyset(q, k, limit).execute();
}

/** The skills each request asks for, with their names, in one query for a page of requests. */
export async function skillsOfRequests(db: Executor, workspaceId: string, ids: string[]) {
  const bySkill = new Map<
    string,
    { skillId: string; nameEn: string; nameZh: string; minProficiency: number; weight: number }[]
  >();
  if (ids.length === 0) return bySkill;
  const rows = await db
    .selectFrom('staffing_request_skills as rs')
    .innerJoin('skills', 'skills.id', 'rs.skill_id')
    .select([
      'rs.request_id',
      'rs.skill_id',
      'rs.min_proficiency',
      'rs.weight',
      'skills.name_en',
      'skills.name_zh',
    ])
    .where('rs.workspace_id', '=', workspaceId)
    .where('rs.request_id', 'in', ids)
    .orderBy('rs.weight', 'desc')
    .orderBy('skills.name_en')
    .execute();
  for (const r of rows) {
    const list = bySkill.get(r.request_id) ?? [];
    list.push({
      skillId: r.skill_id,
      nameEn: r.name_en,
      nameZh: r.name_zh,
      minProficiency: r.min_proficiency,
      weight: r.weight,
    });
    bySkill.set(r.request_id, list);
  }
  return bySkill;
}
