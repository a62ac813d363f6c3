import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { getContractRow } from '../contracts.repository.ts';
import type { obligationBody, obligationUpdateBody } from './clauses.schema.ts';

/** Obligations are how we run the contract: internal, never shown to portal users. */
async function internalContract(db: Executor, ctx: Ctx, contractId: string) {
  const contract = await getContractRow(db, workspaceOf(ctx), contractId);
  if (!contract || ctx.membership?.party) throw notFound('Contract');
  return contract;
}

function obligationRows(db: Executor, workspaceId: string, contractId: string) {
  return db
    .selectFrom('contract_obligations as o')
    .leftJoin('users as u', 'u.id', 'o.owner_id')
    .leftJoin('contract_clauses as c', 'c.id', 'o.contract_clause_id')
    .selectAll('o')
    .select(['u.name as owner_name', 'c.title as clause_title'])
    .where('o.workspace_id', '=', workspaceId)
    .where('o.contract_id', '=', contractId)
    .orderBy('o.due_date')
    .orderBy('o.id')
    .execute();
}

type ObligationRow = Awaited<ReturnType<typeof obligationRows>>[number];

const present = (o: ObligationRow, today: string) => ({
  id: o.id,
  title: o.title,
  owner: o.owner_id && o.owner_name ? { id: o.owner_id, name: o.owner_name } : null,
  dueDate: o.due_date,
  status: o.status,
  overdue: o.status === 'open' && o.due_date < today,
  statusNote: o.status_note,
  statusAt: o.status_at,
  fromClause: o.clause_title,
  version: o.version,
});

export async function listObligations(ctx: Ctx, contractId: string) {
  await internalContract(ctx.db, ctx, contractId);
  const today = todayOf(ctx);
  return (await obligationRows(ctx.db, workspaceOf(ctx), contractId)).map((o) => present(o, today));
}

/** A new open obligation on a contract, in the caller's transaction; returns its id. */
export async function insertObligation(
  trx: Executor,
  ctx: Ctx,
  contractId: string,
  values: {
    title: string;
    owner_id: string | null;
    due_date: string;
    contract_clause_id: string | null;
  },
) {
  const id = newId();
  const now = isoNow(ctx.clock);
  await trx
    .insertInto('contract_obligations')
    .values({
      ...values,
      id,
      workspace_id: workspaceOf(ctx),
      contract_id: contractId,
      status: 'open',
      status_note: null,
      status_at: null,
      status_by: null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  return id;
}

export async function addObligation(
  ctx: Ctx,
  contractId: string,
  input: z.infer<typeof obligationBody>,
) {
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await internalContract(trx, ctx, contractId);
    const values = {
      title: input.title,
      owner_id: input.ownerId === undefined ? contract.owner_id : input.ownerId,
      due_date: input.dueDate,
    };
    const id = await insertObligation(trx, ctx, contractId, {
      ...values,
      contract_clause_id: null,
    });
    await audit(trx, ctx, {
      action: 'obligation.create',
      entityType: 'contract',
      entityId: contractId,
      changes: created({ obligation: id, ...values }),
    });
  });
  return listObligations(ctx, contractId);
}

/** Edits, or records that the obligation was met or missed (and by whom, when). */
export async function updateObligation(
  ctx: Ctx,
  contractId: string,
  id: string,
  input: z.infer<typeof obligationUpdateBody>,
) {
  await assertOwner(ctx, input.ownerId);
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await internalContract(trx, ctx, contractId);
    const before = (await obligationRows(trx, workspaceId, contractId)).find((o) => o.id === id);
    if (!before) throw notFound('Obligation');
    const statusChange =
      input.status && input.status !== before.status
        ? {
            status: input.status,
            status_at: input.status === 'open' ? null : isoNow(ctx.clock),
            status_by: input.status === 'open' ? null : ctx.actor.userId,
          }
        : {};
    const values = {
      title: input.title,
      owner_id: input.ownerId,
      due_date: input.dueDate,
      status_note: input.statusNote,
      ...statusChange,
    };
    const written = await updateVersioned(
      trx,
      'contract_obligations',
      { workspaceId, id, version: input.version },
      { ...values, updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: statusChange.status ? `obligation.${statusChange.status}` : 'obligation.update',
      entityType: 'contract',
      entityId: contractId,
      changes: { obligation: { after: id }, ...diff(before, values) },
    });
  });
  return listObligations(ctx, contractId);
}

/** Every obligation due in a range across the workspace's contracts, for the calendar. */
export async function obligationsDue(ctx: Ctx, range: { dueFrom: string; dueBy: string }) {
  if (ctx.membership?.party) throw new AppError('forbidden', 'Obligations are internal');
  const today = todayOf(ctx);
  const rows = await ctx.db
    .selectFrom('contract_obligations as o')
    .innerJoin('contracts as c', 'c.id', 'o.contract_id')
    .select([
      'o.id',
      'o.title',
      'o.due_date',
      'o.status',
      'c.id as contract_id',
      'c.number',
      'c.title as contract_title',
    ])
    .where('o.workspace_id', '=', workspaceOf(ctx))
    .where('o.due_date', '>=', range.dueFrom)
    .where('o.due_date', '<=', range.dueBy)
    .orderBy('o.due_date')
    .orderBy('o.id')
    .limit(500)
    .execute();
  return rows.map((o) => ({
    id: o.id,
    title: o.title,
    dueDate: o.due_date,
    status: o.status,
    overdue: o.status === 'open' && o.due_date < today,
    contract: { id: o.contract_id, number: o.number, title: o.contract_title },
  }));
}
