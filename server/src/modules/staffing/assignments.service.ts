import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { mondaysBetween } from '../../platform/days.ts';
import { AppError, notFound, versionConflict } from '../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { contractPartyOf, inForceStatuses, ratesInForce } from '../contracts/index.ts';
import {
  capacityBases,
  daysOfWeek,
  getPersonRow,
  ownPersonId,
  type PersonRow,
} from '../people/index.ts';
import { openProjectExists, projectContractId } from '../projects/index.ts';
import {
  assertPosition,
  type PositionsById,
  positionRef,
  positionsByIds,
} from '../settings/index.ts';
import {
  type AssignmentFilter,
  type AssignmentRow,
  assignmentSorts,
  bookingsIn,
  findAssignmentRows,
  getAssignmentRow,
} from './assignments.repository.ts';
import { overAllocatedWeeks, weeklyLoad } from './load.ts';
import { requestRowOf } from './requests.service.ts';
import type { assignmentBody, assignmentUpdateBody } from './staffing.schema.ts';
import type { AssignmentStatus } from './staffing.table.ts';

const present = (positions: PositionsById) => (a: AssignmentRow) => ({
  id: a.id,
  person: { id: a.person_id, name: a.person_name, number: a.person_number },
  request: a.request_id && a.request_number ? { id: a.request_id, number: a.request_number } : null,
  projectId: a.project_id,
  position: positionRef(positions, a.position_id),
  startDate: a.start_date,
  endDate: a.end_date,
  hoursPerWeek: a.hours_per_week,
  status: a.status,
  createdAt: a.created_at,
  version: a.version,
});

export async function listAssignments(
  ctx: Ctx,
  query: AssignmentFilter & {
    limit: number;
    sort?: string | undefined;
    cursor?: string | undefined;
  },
) {
  const k = keyset(assignmentSorts, 'assignments.id', query.sort ?? 'startDate', query.cursor);
  const rows = await findAssignmentRows(
    ctx.db,
    workspaceOf(ctx),
    partyOf(ctx),
    query,
    k,
    query.limit,
  );
  const positions = await positionsByIds(
    ctx.db,
    workspaceOf(ctx),
    rows.map((r) => r.position_id),
  );
  return keysetPage(rows, k, query.limit, present(positions));
}

/** The signed-in user's own bookings, as the person they are linked to. */
export async function listOwnAssignments(
  ctx: Ctx,
  query: Omit<Parameters<typeof listAssignments>[1], 'personId'>,
) {
  return listAssignments(ctx, { ...query, personId: await ownPersonId(ctx) });
}

const unprocessable = (message: string) => new AppError('unprocessable', message);

async function personOf(trx: Executor, workspaceId: string, id: string) {
  const person = await getPersonRow(trx, workspaceId, id);
  if (!person) {
    throw new AppError('validation_failed', 'No such person', {
      fields: { 'body.personId': ['not a person of this workspace'] },
    });
  }
  return person;
}

type Booked = {
  positionId: string;
  startDate: string;
  endDate: string;
  status: AssignmentStatus;
};

/**
 * Rules a booking keeps: within the person's employment, and a confirmed booking of a supplier
 * worker under a supplier contract in force for the whole window with a rate for the position.
 */
async function checkBooking(trx: Executor, workspaceId: string, person: PersonRow, a: Booked) {
  if (person.status === 'left') throw unprocessable(`${person.name} has left`);
  if (
    (person.start_date && a.startDate < person.start_date) ||
    (person.end_date && a.endDate > person.end_date)
  ) {
    throw unprocessable(`The booking runs outside ${person.name}’s start and end dates`);
  }
  if (a.status !== 'confirmed' || person.kind !== 'supplier_worker') return;
  const contract = person.supplier_contract_id
    ? await contractPartyOf(trx, workspaceId, person.supplier_contract_id)
    : null;
  const inForce = contract && (inForceStatuses as readonly string[]).includes(contract.status);
  if (
    !contract ||
    !inForce ||
    contract.startDate > a.startDate ||
    (contract.endDate !== null && contract.endDate < a.endDate)
  ) {
    throw unprocessable(`${person.name}’s supplier contract is not in force for the whole booking`);
  }
  const card = await ratesInForce(trx, workspaceId, person.supplier_contract_id, a.startDate);
  const priced = (r: (typeof card)[number]) =>
    r.position_id === a.positionId && (!person.grade || r.seniority === person.grade);
  if (!card.some(priced)) {
    throw unprocessable(`${person.name}’s supplier contract has no rate for the position`);
  }
}

/** The weeks this person is booked beyond their capacity within the window. */
async function overAllocation(
  trx: Executor,
  workspaceId: string,
  person: PersonRow,
  from: string,
  to: string,
) {
  const weeks = mondaysBetween(from, to).map(daysOfWeek);
  const bases = await capacityBases(trx, workspaceId, [person], weeks[0]?.[0] as string, to);
  const bookings = (await bookingsIn(trx, workspaceId, from, to, [person.id])).get(person.id) ?? [];
  const basis = bases.get(person.id);
  return basis ? overAllocatedWeeks(weeks, weeklyLoad(basis, bookings, weeks)) : [];
}

/**
 * What a booking will not be billed at: approving its hours prices them from the project's
 * client contract card for the position and the person's grade, so a missing rate is said
 * now rather than first at approval.
 */
async function warningsOf(
  trx: Executor,
  workspaceId: string,
  row: AssignmentRow,
  person: PersonRow,
  positionName: string,
) {
  const contractId = row.project_id
    ? await projectContractId(trx, workspaceId, row.project_id)
    : null;
  if (!contractId) return [];
  const rates = person.grade
    ? await ratesInForce(trx, workspaceId, contractId, row.start_date, {
        positionId: row.position_id,
        seniority: person.grade,
      })
    : [];
  if (rates.length > 0) return [];
  const grade = person.grade ?? 'no grade';
  return [
    {
      code: 'no_client_rate' as const,
      message: `The project's client contract has no rate for ${positionName} (${grade}) on ${row.start_date}: ${person.name}'s hours cannot be approved until it has one`,
    },
  ];
}

async function saved(ctx: Ctx, trx: Executor, id: string, person: PersonRow) {
  const workspaceId = workspaceOf(ctx);
  const row = await getAssignmentRow(trx, workspaceId, id);
  if (!row) throw notFound('Assignment');
  const positions = await positionsByIds(trx, workspaceId, [row.position_id]);
  const booked = present(positions)(row);
  return {
    ...booked,
    warnings: await warningsOf(trx, workspaceId, row, person, booked.position.nameEn),
    overAllocated: await overAllocation(
      trx,
      workspaceOf(ctx),
      person,
      row.start_date,
      row.end_date,
    ),
  };
}

export async function createAssignment(ctx: Ctx, input: z.infer<typeof assignmentBody>) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, workspaceId, input.personId);
    const request = input.requestId ? await requestRowOf(trx, workspaceId, input.requestId) : null;
    const projectId = input.projectId ?? request?.project_id ?? null;
    if (projectId && !(await openProjectExists(trx, workspaceId, projectId))) {
      throw new AppError('validation_failed', 'No such open project', {
        fields: { 'body.projectId': ['not an open project of this workspace'] },
      });
    }
    await assertPosition(trx, workspaceId, input.positionId, 'body.positionId');
    await checkBooking(trx, workspaceId, person, input);
    const id = newId();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('assignments')
      .values({
        id,
        workspace_id: workspaceId,
        person_id: person.id,
        request_id: input.requestId ?? null,
        project_id: projectId,
        position_id: input.positionId,
        start_date: input.startDate,
        end_date: input.endDate,
        hours_per_week: input.hoursPerWeek,
        status: input.status,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'assignment.create',
      entityType: 'assignment',
      entityId: id,
      changes: created({ ...input, person: person.name }),
    });
    return saved(ctx, trx, id, person);
  });
}

export async function updateAssignment(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof assignmentUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getAssignmentRow(trx, workspaceId, id);
    if (!before) throw notFound('Assignment');
    const person = await personOf(trx, workspaceId, before.person_id);
    const next = {
      positionId: input.positionId ?? before.position_id,
      startDate: input.startDate ?? before.start_date,
      endDate: input.endDate ?? before.end_date,
      status: input.status ?? before.status,
    };
    if (next.endDate < next.startDate) {
      throw new AppError('validation_failed', 'The end comes before the start', {
        fields: { 'body.endDate': ['the end comes before the start'] },
      });
    }
    if (input.positionId) {
      await assertPosition(
        trx,
        workspaceId,
        input.positionId,
        'body.positionId',
        before.position_id,
      );
    }
    await checkBooking(trx, workspaceId, person, next);
    const values = {
      position_id: input.positionId,
      start_date: input.startDate,
      end_date: input.endDate,
      hours_per_week: input.hoursPerWeek,
      status: input.status,
    };
    const key = { workspaceId, id, version: input.version };
    if (
      !(await updateVersioned(trx, 'assignments', key, {
        ...values,
        updated_at: isoNow(ctx.clock),
      }))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'assignment.update',
      entityType: 'assignment',
      entityId: id,
      changes: diff(before, values),
    });
    return saved(ctx, trx, id, person);
  });
}

export async function deleteAssignment(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getAssignmentRow(trx, workspaceId, id);
    if (!before) throw notFound('Assignment');
    await trx.deleteFrom('assignments').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'assignment.delete',
      entityType: 'assignment',
      entityId: id,
      changes: {
        person: { before: before.person_name },
        startDate: { before: before.start_date },
        endDate: { before: before.end_date },
        status: { before: before.status },
      },
    });
  });
}
