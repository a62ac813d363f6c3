import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { invalidField, notFound, versionConflict } from '../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { opportunityClientOf } from '../clients/index.ts';
import { openProjectExists } from '../projects/index.ts';
import {
  assertPosition,
  type PositionsById,
  positionRef,
  positionsByIds,
} from '../settings/index.ts';
import {
  findRequestRows,
  getRequestRow,
  type RequestFilter,
  type RequestRow,
  requestSorts,
  skillsOfRequests,
} from './requests.repository.ts';
import type { requestBody, requestUpdateBody } from './staffing.schema.ts';

type Skills = Awaited<ReturnType<typeof skillsOfRequests>>;

const present = (skills: Skills, positions: PositionsById) => (r: RequestRow) => ({
  id: r.id,
  number: r.number,
  position: positionRef(positions, r.position_id),
  seniority: r.seniority,
  opportunity:
    r.opportunity_id && r.opportunity_title
      ? { id: r.opportunity_id, name: r.opportunity_title }
      : null,
  projectId: r.project_id,
  skills: skills.get(r.id) ?? [],
  languages: r.languages,
  location: r.location,
  utcOffsetMin: r.utc_offset_min,
  utcOffsetMax: r.utc_offset_max,
  hoursPerWeek: r.hours_per_week,
  startDate: r.start_date,
  endDate: r.end_date,
  maxRateMinor: r.max_rate_minor,
  currency: r.currency,
  headcount: r.headcount,
  filled: Number(r.filled ?? 0),
  status: r.status,
  notes: r.notes,
  createdAt: r.created_at,
  version: r.version,
});

export async function listRequests(
  ctx: Ctx,
  query: RequestFilter & { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  const workspaceId = workspaceOf(ctx);
  const k = keyset(requestSorts, 'staffing_requests.id', query.sort ?? '-startDate', query.cursor);
  const rows = await findRequestRows(ctx.db, workspaceId, query, k, query.limit);
  const [skills, positions] = await Promise.all([
    skillsOfRequests(
      ctx.db,
      workspaceId,
      rows.map((r) => r.id),
    ),
    positionsByIds(
      ctx.db,
      workspaceId,
      rows.map((r) => r.position_id),
    ),
  ]);
  return keysetPage(rows, k, query.limit, present(skills, positions));
}

export async function requestRowOf(db: Executor, workspaceId: string, id: string) {
  const row = await getRequestRow(db, workspaceId, id);
  if (!row) throw notFound('Staffing request');
  return row;
}

export async function getRequest(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const row = await requestRowOf(ctx.db, workspaceId, id);
  const [skills, positions] = await Promise.all([
    skillsOfRequests(ctx.db, workspaceId, [id]),
    positionsByIds(ctx.db, workspaceId, [row.position_id]),
  ]);
  return present(skills, positions)(row);
}

type RequestInput = Partial<z.infer<typeof requestBody>>;

async function checkReferences(
  trx: Executor,
  workspaceId: string,
  r: RequestInput,
  before?: RequestRow,
) {
  if (r.positionId) {
    await assertPosition(trx, workspaceId, r.positionId, 'body.positionId', before?.position_id);
  }
  if (r.opportunityId && !(await opportunityClientOf(trx, workspaceId, r.opportunityId))) {
    throw invalidField('opportunityId', 'not an opportunity of this workspace');
  }
  if (r.projectId && !(await openProjectExists(trx, workspaceId, r.projectId))) {
    throw invalidField('projectId', 'not an open project of this workspace');
  }
  const ids = r.skills?.map((s) => s.skillId) ?? [];
  if (ids.length === 0) return;
  const found = await trx
    .selectFrom('skills')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== ids.length)
    throw invalidField('skills', 'not all are skills of this workspace');
}

async function writeSkills(trx: Executor, workspaceId: string, id: string, r: RequestInput) {
  if (!r.skills) return;
  await trx.deleteFrom('staffing_request_skills').where('request_id', '=', id).execute();
  if (r.skills.length === 0) return;
  await trx
    .insertInto('staffing_request_skills')
    .values(
      r.skills.map((s) => ({
        workspace_id: workspaceId,
        request_id: id,
        skill_id: s.skillId,
        min_proficiency: s.minProficiency,
        weight: s.weight,
      })),
    )
    .execute();
}

const toColumns = (r: RequestInput) => ({
  position_id: r.positionId,
  seniority: r.seniority,
  opportunity_id: r.opportunityId,
  project_id: r.projectId,
  languages: r.languages === undefined ? undefined : JSON.stringify(r.languages),
  location: r.location,
  utc_offset_min: r.utcOffsetMin,
  utc_offset_max: r.utcOffsetMax,
  hours_per_week: r.hoursPerWeek,
  start_date: r.startDate,
  end_date: r.endDate,
  max_rate_minor: r.maxRateMinor,
  currency: r.currency,
  headcount: r.headcount,
  notes: r.notes,
});

export async function createRequest(ctx: Ctx, input: z.infer<typeof requestBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, workspaceId, input);
    const number = await nextNumber(trx, workspaceId, 'STF');
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('staffing_requests')
      .values({
        id,
        workspace_id: workspaceId,
        number,
        position_id: input.positionId,
        seniority: input.seniority ?? null,
        opportunity_id: input.opportunityId ?? null,
        project_id: input.projectId ?? null,
        languages: JSON.stringify(input.languages),
        location: input.location ?? null,
        utc_offset_min: input.utcOffsetMin ?? null,
        utc_offset_max: input.utcOffsetMax ?? null,
        hours_per_week: input.hoursPerWeek,
        start_date: input.startDate,
        end_date: input.endDate,
        max_rate_minor: input.maxRateMinor ?? null,
        currency: input.currency ?? null,
        headcount: input.headcount,
        status: 'open',
        notes: input.notes ?? null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await writeSkills(trx, workspaceId, id, input);
    await audit(trx, ctx, {
      action: 'staffing_request.create',
      entityType: 'staffing_request',
      entityId: id,
      changes: created({ number, ...input }),
    });
  });
  return getRequest(ctx, id);
}

export async function updateRequest(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof requestUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await requestRowOf(trx, workspaceId, id);
    const merged = {
      startDate: input.startDate ?? before.start_date,
      endDate: input.endDate ?? before.end_date,
    };
    if (merged.endDate < merged.startDate) {
      throw invalidField('endDate', 'The end comes before the start');
    }
    await checkReferences(trx, workspaceId, input, before);
    const values = { ...toColumns(input), status: input.status };
    const key = { workspaceId, id, version: input.version };
    if (
      !(await updateVersioned(trx, 'staffing_requests', key, {
        ...values,
        updated_at: isoNow(ctx.clock),
      }))
    ) {
      throw versionConflict();
    }
    await writeSkills(trx, workspaceId, id, input);
    await audit(trx, ctx, {
      action: 'staffing_request.update',
      entityType: 'staffing_request',
      entityId: id,
      changes: {
        ...diff(before, { ...values, languages: input.languages }),
        ...(input.skills ? { skills: { after: input.skills } } : {}),
      },
    });
  });
  return getRequest(ctx, id);
}
