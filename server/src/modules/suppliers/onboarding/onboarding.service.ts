import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { getSupplierRow } from '../suppliers.repository.ts';
import type {
  dueDiligenceBody,
  onboardingItemBody,
  onboardingStepBody,
} from './onboarding.schema.ts';
import { deriveRiskTier } from './risk-tier.ts';

function findItems(db: Executor, workspaceId: string) {
  return db
    .selectFrom('onboarding_items')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

const presentItem = (i: Awaited<ReturnType<typeof findItems>>[number]) => ({
  id: i.id,
  label: i.label,
  kind: i.kind,
  required: i.required,
});

export async function listOnboardingItems(ctx: Ctx) {
  return (await findItems(ctx.db, workspaceOf(ctx))).map(presentItem);
}

export async function addOnboardingItem(ctx: Ctx, input: z.infer<typeof onboardingItemBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const position = (await findItems(trx, workspaceId)).length;
    const id = newId();
    await trx
      .insertInto('onboarding_items')
      .values({
        ...input,
        id,
        workspace_id: workspaceId,
        position,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'onboarding_item.create',
      entityType: 'onboarding_item',
      entityId: id,
      changes: created(input),
    });
  });
  return listOnboardingItems(ctx);
}

export async function removeOnboardingItem(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const item = (await findItems(trx, workspaceId)).find((i) => i.id === id);
    if (!item) throw notFound('Onboarding step');
    await trx.deleteFrom('supplier_onboarding').where('item_id', '=', id).execute();
    await trx.deleteFrom('onboarding_items').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'onboarding_item.delete',
      entityType: 'onboarding_item',
      entityId: id,
      changes: { label: { before: item.label } },
    });
  });
  return listOnboardingItems(ctx);
}

/** The supplier's progress through the workspace's checklist and its risk assessment. */
export async function onboardingOf(db: Executor, workspaceId: string, supplierId: string) {
  const supplier = await getSupplierRow(db, workspaceId, supplierId);
  if (!supplier) throw notFound('Supplier');
  const items = await findItems(db, workspaceId);
  const done = await db
    .selectFrom('supplier_onboarding')
    .leftJoin('users', 'users.id', 'supplier_onboarding.done_by')
    .selectAll('supplier_onboarding')
    .select('users.name as done_by_name')
    .where('supplier_onboarding.supplier_id', '=', supplierId)
    .execute();
  const assessor = supplier.risk_assessed_by
    ? await db
        .selectFrom('users')
        .select('name')
        .where('id', '=', supplier.risk_assessed_by)
        .executeTakeFirst()
    : undefined;
  const steps = items.map((item) => {
    // The questionnaire step is done by answering it, not by ticking it.
    const mark = done.find((d) => d.item_id === item.id);
    const isDone = item.kind === 'questionnaire' ? supplier.due_diligence !== null : Boolean(mark);
    return {
      item: presentItem(item),
      done: isDone,
      note: mark?.note ?? null,
      doneBy:
        item.kind === 'questionnaire' ? (assessor?.name ?? null) : (mark?.done_by_name ?? null),
      doneAt: item.kind === 'questionnaire' ? supplier.risk_assessed_at : (mark?.done_at ?? null),
    };
  });
  return {
    steps,
    dueDiligence: supplier.due_diligence,
    riskTier: supplier.risk_tier,
    assessedBy: assessor?.name ?? null,
    assessedAt: supplier.risk_assessed_at,
    complete: steps.every((s) => s.done || !s.item.required),
  };
}

export const getOnboarding = (ctx: Ctx, supplierId: string) =>
  onboardingOf(ctx.db, workspaceOf(ctx), supplierId);

export async function markStep(
  ctx: Ctx,
  supplierId: string,
  itemId: string,
  input: z.infer<typeof onboardingStepBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await getSupplierRow(trx, workspaceId, supplierId))) throw notFound('Supplier');
    const item = (await findItems(trx, workspaceId)).find((i) => i.id === itemId);
    if (!item) throw notFound('Onboarding step');
    if (item.kind === 'questionnaire') {
      throw new AppError('unprocessable', 'The questionnaire step is completed by answering it');
    }
    await trx
      .deleteFrom('supplier_onboarding')
      .where('supplier_id', '=', supplierId)
      .where('item_id', '=', itemId)
      .execute();
    if (input.done) {
      await trx
        .insertInto('supplier_onboarding')
        .values({
          supplier_id: supplierId,
          item_id: itemId,
          workspace_id: workspaceId,
          note: input.note ?? null,
          done_by: ctx.actor.userId,
          done_at: isoNow(ctx.clock),
        })
        .execute();
    }
    await audit(trx, ctx, {
      action: 'supplier.onboarding',
      entityType: 'supplier',
      entityId: supplierId,
      changes: { [item.label]: { after: input.done ? 'done' : 'open' } },
    });
  });
  return getOnboarding(ctx, supplierId);
}

/** Records the questionnaire and sets the risk tier it gives, with who assessed it and when. */
export async function assessDueDiligence(
  ctx: Ctx,
  supplierId: string,
  input: z.infer<typeof dueDiligenceBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getSupplierRow(trx, workspaceId, supplierId);
    if (!before) throw notFound('Supplier');
    const riskTier = deriveRiskTier(input);
    await trx
      .updateTable('suppliers')
      .set((eb) => ({
        due_diligence: JSON.stringify(input),
        risk_tier: riskTier,
        risk_assessed_by: ctx.actor.userId,
        risk_assessed_at: isoNow(ctx.clock),
        updated_at: isoNow(ctx.clock),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', supplierId)
      .execute();
    await audit(trx, ctx, {
      action: 'supplier.risk_assessed',
      entityType: 'supplier',
      entityId: supplierId,
      changes: {
        riskTier: { before: before.risk_tier, after: riskTier },
        dueDiligence: { after: input },
      },
    });
  });
  return getOnboarding(ctx, supplierId);
}
