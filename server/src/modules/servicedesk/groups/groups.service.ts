import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import {
  assertVersion,
  notFound,
  refusedField,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { pageFromAll } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { contractPartyOf } from '../../contracts/index.ts';
import { type GroupRow, groupRow, groupRows, memberRows, setMembers } from './groups.repository.ts';
import type { groupBody, groupQuery, groupUpdateBody } from './groups.schema.ts';

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function present(g: GroupRow, members: { id: string; name: string }[]) {
  return {
    id: g.id,
    name: g.name,
    kind: g.kind,
    supplier: named(g.supplier_id, g.supplier_name),
    supplierContract: g.supplier_contract_id
      ? { id: g.supplier_contract_id, number: g.contract_number ?? '' }
      : null,
    lead: named(g.lead_id, g.lead_name),
    members,
    version: g.version,
  };
}

async function presentAll(db: Executor, groups: GroupRow[]) {
  const members = await memberRows(
    db,
    groups.map((g) => g.id),
  );
  return groups.map((g) =>
    present(
      g,
      members.filter((m) => m.group_id === g.id).map(({ id, name }) => ({ id, name })),
    ),
  );
}

export async function listGroups(ctx: Ctx, query: z.infer<typeof groupQuery>) {
  const groups = await groupRows(ctx.db, workspaceOf(ctx));
  return pageFromAll(await presentAll(ctx.db, groups), query);
}

export async function getGroup(ctx: Ctx, id: string) {
  const group = await groupRow(ctx.db, workspaceOf(ctx), id);
  if (!group) throw notFound('Group');
  return (await presentAll(ctx.db, [group]))[0] as ReturnType<typeof present>;
}

async function assertPeople(ctx: Ctx, leadId: string | null | undefined, memberIds?: string[]) {
  await assertOwner(ctx, leadId, 'leadId');
  for (const id of memberIds ?? []) await assertOwner(ctx, id, 'memberIds');
}

/** The supplier a supplier team works for: the supplier of a supplier contract of ours. */
async function supplierOf(ctx: Ctx, contractId: string) {
  const contract = await contractPartyOf(ctx.db, workspaceOf(ctx), contractId);
  if (contract?.partyType !== 'supplier' || !contract.supplierId) {
    throw refusedField('supplierContractId', 'Not a supplier contract');
  }
  return contract.supplierId;
}

const nameTaken = () => refusedField('name', 'Another group has this name');

async function nameFree(db: Executor, workspaceId: string, name: string, except?: string) {
  const clash = await db
    .selectFrom('ticket_groups')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .$if(except !== undefined, (q) => q.where('id', '!=', except as string))
    .executeTakeFirst();
  if (clash) throw nameTaken();
}

export async function createGroup(ctx: Ctx, input: z.infer<typeof groupBody>) {
  const workspaceId = workspaceOf(ctx);
  await assertPeople(ctx, input.leadId, input.memberIds);
  const supplierId = input.supplierContractId
    ? await supplierOf(ctx, input.supplierContractId)
    : null;
  await nameFree(ctx.db, workspaceId, input.name);
  const id = newId();
  const now = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ticket_groups')
      .values({
        id,
        workspace_id: workspaceId,
        name: input.name,
        kind: input.kind,
        supplier_id: supplierId,
        supplier_contract_id: input.supplierContractId,
        lead_id: input.leadId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await setMembers(trx, id, input.memberIds);
    await audit(trx, ctx, {
      action: 'ticket_group.create',
      entityType: 'ticket_group',
      entityId: id,
      changes: created({ name: input.name, kind: input.kind, memberIds: input.memberIds }),
    });
  });
  return getGroup(ctx, id);
}

export async function updateGroup(ctx: Ctx, id: string, input: z.infer<typeof groupUpdateBody>) {
  const workspaceId = workspaceOf(ctx);
  await assertPeople(ctx, input.leadId, input.memberIds);
  if (input.name) await nameFree(ctx.db, workspaceId, input.name, id);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await groupRow(trx, workspaceId, id);
    if (!before) throw notFound('Group');
    assertVersion(before, input.version);
    if (before.kind === 'supplier' && input.memberIds?.length) {
      throw refusedField('memberIds', "A supplier team's members are the supplier's portal users");
    }
    const values = {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.leadId === undefined ? {} : { lead_id: input.leadId }),
    };
    const written = await trx
      .updateTable('ticket_groups')
      .set({ ...values, updated_at: isoNow(ctx.clock), version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(written.numUpdatedRows) === 0) throw versionConflict();
    if (input.memberIds) await setMembers(trx, id, input.memberIds);
    await audit(trx, ctx, {
      action: 'ticket_group.update',
      entityType: 'ticket_group',
      entityId: id,
      changes: {
        ...diff<Record<string, unknown>>(before, values),
        ...(input.memberIds ? { memberIds: { after: input.memberIds } } : {}),
      },
    });
  });
  return getGroup(ctx, id);
}
