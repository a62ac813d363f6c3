import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';
import { getPersonRow, type PersonRow } from '../people.repository.ts';
import type { absenceBody, absenceDecisionBody } from './availability.schema.ts';
import type { AbsenceStatus, PersonAbsenceTable } from './availability.table.ts';

type AbsenceRow = Selectable<PersonAbsenceTable> & { person_name: string };

const present = (a: AbsenceRow) => ({
  id: a.id,
  person: { id: a.person_id, name: a.person_name },
  kind: a.kind,
  startDate: a.start_date,
  endDate: a.end_date,
  status: a.status,
  note: a.note,
  decidedAt: a.decided_at,
  createdAt: a.created_at,
  version: a.version,
});

function absenceQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('person_absences')
    .innerJoin('people', 'people.id', 'person_absences.person_id')
    .selectAll('person_absences')
    .select('people.name as person_name')
    .where('person_absences.workspace_id', '=', workspaceId)
    .orderBy('person_absences.start_date', 'desc');
}

async function personOf(db: Executor, ctx: Ctx, id: string) {
  const person = await getPersonRow(db, workspaceOf(ctx), id, partyOf(ctx));
  if (!person) throw notFound('Person');
  return person;
}

export async function listAbsences(ctx: Ctx, personId: string) {
  await personOf(ctx.db, ctx, personId);
  const rows = await absenceQuery(ctx.db, workspaceOf(ctx))
    .where('person_absences.person_id', '=', personId)
    .execute();
  return rows.map(present);
}

/** Absences waiting for a decision, across the workspace: the approver's inbox. */
export async function absencesToDecide(ctx: Ctx, status: AbsenceStatus = 'requested') {
  const rows = await absenceQuery(ctx.db, workspaceOf(ctx))
    .where('person_absences.status', '=', status)
    .limit(500)
    .execute();
  return rows.map(present);
}

/**
 * Records an absence. HR's entries stand as entered; a person's own request waits for
 * approval, and whoever approves hears of it.
 */
export async function insertAbsence(
  trx: Executor,
  ctx: Ctx,
  person: PersonRow,
  input: z.infer<typeof absenceBody>,
  status: 'requested' | 'approved',
) {
  const id = newId();
  const now = isoNow(ctx.clock);
  await trx
    .insertInto('person_absences')
    .values({
      id,
      workspace_id: workspaceOf(ctx),
      person_id: person.id,
      kind: input.kind,
      start_date: input.startDate,
      end_date: input.endDate,
      status,
      note: input.note ?? null,
      decided_by: status === 'approved' ? ctx.actor.userId : null,
      decided_at: status === 'approved' ? now : null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'person.absence_add',
    entityType: 'person',
    entityId: person.id,
    changes: created({ ...input, status }),
  });
  if (status === 'requested') {
    await notify(trx, ctx.clock, await usersWith(trx, workspaceOf(ctx), 'people:write'), {
      workspaceId: workspaceOf(ctx),
      kind: 'absence.requested',
      params: { name: person.name, from: input.startDate, to: input.endDate },
      link: `/people/${person.id}`,
      uniqueKey: `absence:${id}:requested`,
    });
  }
  return id;
}

export async function addAbsence(ctx: Ctx, personId: string, input: z.infer<typeof absenceBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, ctx, personId);
    await insertAbsence(trx, ctx, person, input, 'approved');
  });
  return listAbsences(ctx, personId);
}

async function absenceOf(db: Executor, ctx: Ctx, personId: string, absenceId: string) {
  const row = await absenceQuery(db, workspaceOf(ctx))
    .where('person_absences.person_id', '=', personId)
    .where('person_absences.id', '=', absenceId)
    .executeTakeFirst();
  if (!row) throw notFound('Absence');
  return row;
}

export async function decideAbsence(
  ctx: Ctx,
  personId: string,
  absenceId: string,
  input: z.infer<typeof absenceDecisionBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, ctx, personId);
    const before = await absenceOf(trx, ctx, personId, absenceId);
    if (before.status !== 'requested') {
      throw new AppError('unprocessable', 'Only a requested absence is approved or rejected');
    }
    const now = isoNow(ctx.clock);
    const key = { workspaceId, id: absenceId, version: input.version };
    const values = { status: input.decision, decided_by: ctx.actor.userId, decided_at: now };
    if (!(await updateVersioned(trx, 'person_absences', key, { ...values, updated_at: now }))) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: `person.absence_${input.decision === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'person',
      entityId: personId,
      changes: { status: { before: before.status, after: input.decision } },
    });
    if (person.user_id) {
      await notify(trx, ctx.clock, [person.user_id], {
        workspaceId,
        kind: `absence.${input.decision}`,
        params: { from: before.start_date, to: before.end_date },
        link: '/me',
        uniqueKey: `absence:${absenceId}:${input.decision}`,
      });
    }
  });
  return listAbsences(ctx, personId);
}

export async function removeAbsence(ctx: Ctx, personId: string, absenceId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await personOf(trx, ctx, personId);
    const before = await absenceOf(trx, ctx, personId, absenceId);
    await trx.deleteFrom('person_absences').where('id', '=', absenceId).execute();
    await audit(trx, ctx, {
      action: 'person.absence_remove',
      entityType: 'person',
      entityId: personId,
      changes: {
        kind: { before: before.kind },
        startDate: { before: before.start_date },
        endDate: { before: before.end_date },
      },
    });
  });
  return listAbsences(ctx, personId);
}
