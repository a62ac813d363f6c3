import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { calendarSpec } from '../../settings/index.ts';
import type { flowDownBody } from '../back-to-back/back-to-back.schema.ts';
import { draftContractRow, getContractRow } from '../contracts.repository.ts';
import type { ContractSlaTable } from '../contracts.table.ts';
import { metricInfo, tightened } from './sla-metrics.ts';
import type { slaBody } from './slas.schema.ts';

const presentSla = (s: Selectable<ContractSlaTable>) => ({
  id: s.id,
  metric: s.metric,
  priority: s.priority,
  target: s.target,
  unit: metricInfo[s.metric].unit,
  lowerIsBetter: metricInfo[s.metric].lowerIsBetter,
  measurementWindow: s.measurement_window,
  creditPercent: s.credit_percent,
  creditCapPercent: s.credit_cap_percent,
  sourceSlaId: s.source_sla_id,
});

function findSlaRows(db: Executor, workspaceId: string, contractId: string) {
  return db
    .selectFrom('contract_slas')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contract_id', '=', contractId)
    .orderBy('metric')
    .orderBy('priority')
    .execute();
}

export type SlaLine = ReturnType<typeof presentSla>;

/**
 * What a service desk needs of a contract to run its clocks: its status, its SLA lines, and
 * the business calendar they run on (null: around the clock). Null when the contract is not
 * in the workspace.
 */
export async function contractServiceTerms(db: Executor, workspaceId: string, contractId: string) {
  const contract = await getContractRow(db, workspaceId, contractId);
  if (!contract) return null;
  return {
    status: contract.status,
    /** A priority change carries the clocks' time over, or starts them again. */
    priorityChange: contract.sla_priority_change,
    /** Working minutes waits may pause a ticket's clocks in all; null: no cap. */
    pauseCapMinutes: contract.sla_pause_cap_minutes,
    slas: (await findSlaRows(db, workspaceId, contractId)).map(presentSla),
    calendar: contract.calendar_id
      ? await calendarSpec(db, workspaceId, contract.calendar_id)
      : null,
  };
}

export async function listSlas(ctx: Ctx, contractId: string) {
  const workspaceId = workspaceOf(ctx);
  if (!(await getContractRow(ctx.db, workspaceId, contractId, partyOf(ctx))))
    throw notFound('Contract');
  return (await findSlaRows(ctx.db, workspaceId, contractId)).map(presentSla);
}

type SlaInput = z.infer<typeof slaBody>;

export function checkTarget(input: Pick<SlaInput, 'metric' | 'target'>) {
  if (input.target > metricInfo[input.metric].max) {
    throw new AppError('validation_failed', 'The target is out of range', {
      fields: { 'body.target': [`at most ${metricInfo[input.metric].max} for ${input.metric}`] },
    });
  }
}

async function insertSla(
  trx: Executor,
  ctx: Ctx,
  contractId: string,
  input: SlaInput,
  sourceSlaId: string | null,
) {
  const id = newId();
  const now = isoNow(ctx.clock);
  const values = {
    contract_id: contractId,
    metric: input.metric,
    priority: input.priority ?? null,
    target: input.target,
    measurement_window: input.measurementWindow,
    credit_percent: input.creditPercent,
    credit_cap_percent: input.creditCapPercent,
    source_sla_id: sourceSlaId,
  };
  await trx
    .insertInto('contract_slas')
    .values({
      ...values,
      id,
      workspace_id: workspaceOf(ctx),
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'sla.create',
    entityType: 'sla',
    entityId: id,
    changes: created(values),
  });
}

export async function addSla(ctx: Ctx, contractId: string, input: SlaInput) {
  checkTarget(input);
  await ctx.db.transaction().execute(async (trx) => {
    await draftContractRow(trx, ctx, contractId, 'SLAs');
    await insertSla(trx, ctx, contractId, input, null);
  });
  return listSlas(ctx, contractId);
}

export async function removeSla(ctx: Ctx, contractId: string, slaId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await draftContractRow(trx, ctx, contractId, 'SLAs');
    const deleted = await trx
      .deleteFrom('contract_slas')
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('contract_id', '=', contractId)
      .where('id', '=', slaId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('SLA');
    await audit(trx, ctx, { action: 'sla.delete', entityType: 'sla', entityId: slaId });
  });
  return listSlas(ctx, contractId);
}

/**
 * Copies a client contract's SLAs to a linked supplier contract, each target tightened so
 * the supplier's miss shows before ours does. Flowing down again replaces the earlier copies;
 * the supplier's own SLAs stay.
 */
export async function flowDown(
  ctx: Ctx,
  clientContractId: string,
  input: z.infer<typeof flowDownBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const link = await trx
      .selectFrom('contract_links')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('client_contract_id', '=', clientContractId)
      .where('supplier_contract_id', '=', input.supplierContractId)
      .executeTakeFirst();
    if (!link) throw notFound('Back-to-back link');
    await draftContractRow(trx, ctx, input.supplierContractId, 'SLAs');
    await trx
      .deleteFrom('contract_slas')
      .where('workspace_id', '=', workspaceId)
      .where('contract_id', '=', input.supplierContractId)
      .where('source_sla_id', 'is not', null)
      .execute();
    for (const s of await findSlaRows(trx, workspaceId, clientContractId)) {
      const sla = { ...presentSla(s), target: tightened(s.metric, s.target, input.tightenPercent) };
      await insertSla(trx, ctx, input.supplierContractId, sla, s.id);
    }
  });
  return listSlas(ctx, input.supplierContractId);
}
