import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { invalidField, notFound, versionConflict } from '../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { contractPartyOf } from '../contracts/index.ts';
import {
  assertPosition,
  calendarExists,
  type PositionsById,
  positionRef,
  positionsByIds,
} from '../settings/index.ts';
import { supplierStatusOf } from '../suppliers/index.ts';
import {
  findPersonRows,
  getPersonRow,
  type PersonFilter,
  type PersonRow,
  personSorts,
} from './people.repository.ts';
import type { personBody, personUpdateBody } from './people.schema.ts';

const present = (p: PersonRow, positions: PositionsById) => ({
  id: p.id,
  number: p.number,
  kind: p.kind,
  name: p.name,
  email: p.email,
  position: p.position_id ? positionRef(positions, p.position_id) : null,
  department: p.department,
  grade: p.grade,
  manager: p.manager_id && p.manager_name ? { id: p.manager_id, name: p.manager_name } : null,
  location: p.location,
  timeZone: p.time_zone,
  calendarId: p.calendar_id,
  languages: p.languages,
  startDate: p.start_date,
  endDate: p.end_date,
  status: p.status,
  supplier: p.supplier_id && p.supplier_name ? { id: p.supplier_id, name: p.supplier_name } : null,
  supplierContractId: p.supplier_contract_id,
  userId: p.user_id,
  hoursPerWeek: p.hours_per_week,
  partTimePercent: p.part_time_percent,
  createdAt: p.created_at,
  version: p.version,
});

export async function listPeople(
  ctx: Ctx,
  query: PersonFilter & { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  const k = keyset(personSorts, 'people.id', query.sort ?? 'name', query.cursor);
  const rows = await findPersonRows(ctx.db, workspaceOf(ctx), partyOf(ctx), query, k, query.limit);
  const positions = await positionsOf(ctx.db, workspaceOf(ctx), rows);
  return keysetPage(rows, k, query.limit, (p) => present(p, positions));
}

export async function getPerson(ctx: Ctx, id: string) {
  const row = await getPersonRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!row) throw notFound('Person');
  return present(row, await positionsOf(ctx.db, workspaceOf(ctx), [row]));
}

/** The positions some people hold, to present them with. */
export const positionsOf = (db: Executor, workspaceId: string, people: readonly PersonRow[]) =>
  positionsByIds(
    db,
    workspaceId,
    people.flatMap((p) => p.position_id ?? []),
  );

type PersonInput = Partial<z.infer<typeof personBody>>;

/**
 * A person signs in as one member, who is theirs alone; a portal member is the person only
 * if bound to the person's own supplier.
 */
async function checkUser(
  trx: Executor,
  workspaceId: string,
  userId: string,
  supplierId: string | null,
  self: string | undefined,
) {
  const member = await trx
    .selectFrom('members')
    .select(['party_type', 'party_id'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!member) throw invalidField('userId', 'not a member of this workspace');
  if (member.party_type && (member.party_type !== 'supplier' || member.party_id !== supplierId)) {
    throw invalidField('userId', 'a portal member of another client or supplier');
  }
  let taken = trx
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('archived_at', 'is', null);
  if (self) taken = taken.where('id', '!=', self);
  if (await taken.executeTakeFirst())
    throw invalidField('userId', 'linked to another person already');
}

/** What a person points at must exist in the workspace, and a worker's contract be theirs. */
async function checkReferences(trx: Executor, ctx: Ctx, p: PersonInput, before?: PersonRow) {
  const workspaceId = workspaceOf(ctx);
  const self = before?.id;
  if (p.positionId) {
    await assertPosition(trx, workspaceId, p.positionId, 'body.positionId', before?.position_id);
  }
  if (p.managerId) {
    if (p.managerId === self) throw invalidField('managerId', 'nobody manages themselves');
    if (!(await getPersonRow(trx, workspaceId, p.managerId))) {
      throw invalidField('managerId', 'not a person of this workspace');
    }
  }
  if (p.calendarId && !(await calendarExists(trx, workspaceId, p.calendarId))) {
    throw invalidField('calendarId', 'not a calendar of this workspace');
  }
  if (p.supplierId && !(await supplierStatusOf(trx, workspaceId, p.supplierId))) {
    throw invalidField('supplierId', 'not a supplier of this workspace');
  }
  if (p.supplierContractId) {
    const contract = await contractPartyOf(trx, workspaceId, p.supplierContractId);
    if (contract?.partyType !== 'supplier' || contract.supplierId !== p.supplierId) {
      throw invalidField('supplierContractId', 'not a contract with this person’s supplier');
    }
  }
  if (p.userId) await checkUser(trx, workspaceId, p.userId, p.supplierId ?? null, self);
}

const toColumns = (p: PersonInput) => ({
  name: p.name,
  email: p.email,
  position_id: p.positionId,
  department: p.department,
  grade: p.grade,
  manager_id: p.managerId,
  location: p.location,
  time_zone: p.timeZone,
  calendar_id: p.calendarId,
  languages: p.languages === undefined ? undefined : JSON.stringify(p.languages),
  start_date: p.startDate,
  end_date: p.endDate,
  status: p.status,
  supplier_id: p.supplierId,
  supplier_contract_id: p.supplierContractId,
  user_id: p.userId,
  hours_per_week: p.hoursPerWeek,
  part_time_percent: p.partTimePercent,
});

export async function createPerson(ctx: Ctx, input: z.infer<typeof personBody>) {
  const id = await ctx.db.transaction().execute((trx) => insertNewPerson(trx, ctx, input));
  return getPerson(ctx, id);
}

/** Adds a person in the caller's transaction (the form, an import); returns the id. */
export async function insertNewPerson(trx: Executor, ctx: Ctx, input: z.infer<typeof personBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await checkReferences(trx, ctx, input);
  const number = await nextNumber(trx, workspaceId, 'PER');
  const now = isoNow(ctx.clock);
  await trx
    .insertInto('people')
    .values({
      id,
      workspace_id: workspaceId,
      number,
      kind: input.kind,
      name: input.name,
      email: input.email ?? null,
      position_id: input.positionId ?? null,
      department: input.department ?? null,
      grade: input.grade ?? null,
      manager_id: input.managerId ?? null,
      location: input.location ?? null,
      time_zone: input.timeZone ?? null,
      calendar_id: input.calendarId ?? null,
      languages: JSON.stringify(input.languages),
      start_date: input.startDate ?? null,
      end_date: input.endDate ?? null,
      status: input.status,
      supplier_id: input.supplierId ?? null,
      supplier_contract_id: input.supplierContractId ?? null,
      user_id: input.userId ?? null,
      hours_per_week: input.hoursPerWeek,
      part_time_percent: input.partTimePercent,
      archived_at: null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'person.create',
    entityType: 'person',
    entityId: id,
    changes: created({ number, ...input }),
  });
  return id;
}

export async function updatePerson(ctx: Ctx, id: string, input: z.infer<typeof personUpdateBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getPersonRow(trx, workspaceId, id);
    if (!before) throw notFound('Person');
    const supplierId = input.supplierId === undefined ? before.supplier_id : input.supplierId;
    if ((before.kind === 'supplier_worker') !== Boolean(supplierId)) {
      throw invalidField(
        'supplierId',
        'A supplier worker names their supplier; an employee has none',
      );
    }
    await checkReferences(trx, ctx, { ...input, supplierId }, before);
    const values = toColumns(input);
    const written = await updateVersioned(
      trx,
      'people',
      { workspaceId, id, version: input.version },
      { ...values, updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      changes: diff(before, { ...values, languages: input.languages }),
    });
  });
  return getPerson(ctx, id);
}
