import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { ApprovalRuleTable } from '../contracts.table.ts';
import type { approvalRuleBody } from './approval-rules.schema.ts';

const presentRule = (r: Selectable<ApprovalRuleTable>) => ({
  id: r.id,
  contractType: r.contract_type,
  minValueMinor: r.min_value_minor,
  approvers: r.approvers,
  financeRequired: r.finance_required,
});

export async function listApprovalRules(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('contract_approval_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .orderBy('min_value_minor')
    .orderBy('id')
    .execute();
  return rows.map(presentRule);
}

export async function createApprovalRule(ctx: Ctx, input: z.infer<typeof approvalRuleBody>) {
  const id = newId();
  const now = isoNow(ctx.clock);
  const values = {
    contract_type: input.contractType,
    min_value_minor: input.minValueMinor,
    approvers: input.approvers,
    finance_required: input.financeRequired,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('contract_approval_rules')
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
      action: 'approval_rule.create',
      entityType: 'approval_rule',
      entityId: id,
      changes: created(values),
    });
  });
  return listApprovalRules(ctx);
}

export async function deleteApprovalRule(ctx: Ctx, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .deleteFrom('contract_approval_rules')
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Approval rule');
    await audit(trx, ctx, {
      action: 'approval_rule.delete',
      entityType: 'approval_rule',
      entityId: id,
    });
  });
  return listApprovalRules(ctx);
}
