import type { z } from 'zod';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { definedOnly } from '../../../platform/defined.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { getClientRow } from '../clients.repository.ts';
import {
  findOpportunityRows,
  getOpportunityRow,
  insertOpportunity,
  type OpportunityFilter,
  type OpportunityRow,
  opportunitySorts,
  sumPipeline,
} from './opportunities.repository.ts';
import type {
  opportunityCreateBody,
  opportunityMoveBody,
  opportunityUpdateBody,
} from './opportunities.schema.ts';
import { closedStages, type OpportunityStage, opportunityStages } from './opportunities.table.ts';
import { findPipelineTotals, movePipelineTotals } from './pipeline-totals.ts';

/** Where a new opportunity's probability starts when none is given. */
export const defaultProbability: Record<OpportunityStage, number> = {
  lead: 10,
  qualified: 25,
  proposal: 50,
  negotiation: 75,
  won: 100,
  lost: 0,
};

export const presentOpportunity = (r: OpportunityRow) => ({
  id: r.id,
  number: r.number,
  client: { id: r.client_id, number: r.client_number, name: r.client_name },
  title: r.title,
  stage: r.stage,
  amountMinor: r.amount_minor,
  currency: r.currency,
  probability: r.probability,
  weightedMinor: Math.round((r.amount_minor * r.probability) / 100),
  expectedClose: r.expected_close,
  owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
  lossReason: r.loss_reason,
  closedAt: r.closed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export async function listOpportunities(
  ctx: Ctx,
  query: OpportunityFilter & {
    limit: number;
    sort?: string | undefined;
    cursor?: string | undefined;
  },
) {
  const k = keyset(opportunitySorts, 'opportunities.id', query.sort ?? '-createdAt', query.cursor);
  const rows = await findOpportunityRows(
    ctx.db,
    workspaceOf(ctx),
    partyOf(ctx),
    query,
    k,
    query.limit,
  );
  return keysetPage(rows, k, query.limit, presentOpportunity);
}

export async function getOpportunity(ctx: Ctx, id: string) {
  const row = await getOpportunityRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!row) throw notFound('Opportunity');
  return presentOpportunity(row);
}

export async function createOpportunity(ctx: Ctx, input: z.infer<typeof opportunityCreateBody>) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const client = await getClientRow(trx, workspaceId, input.clientId);
    if (!client || client.archived_at) {
      throw new AppError('validation_failed', 'No such client', {
        fields: { 'body.clientId': ['no such client'] },
      });
    }
    const number = await nextNumber(trx, workspaceId, 'OPP');
    const now = isoNow(ctx.clock);
    const values = {
      client_id: input.clientId,
      title: input.title,
      stage: input.stage,
      amount_minor: input.amountMinor,
      currency: input.currency,
      probability: input.probability ?? defaultProbability[input.stage],
      expected_close: input.expectedClose ?? null,
      owner_id: input.ownerId ?? null,
    };
    await insertOpportunity(trx, {
      ...values,
      id,
      workspace_id: workspaceId,
      number,
      loss_reason: null,
      closed_at: closedStages.includes(input.stage) ? now : null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await movePipelineTotals(trx, workspaceId, null, values);
    await audit(trx, ctx, {
      action: 'opportunity.create',
      entityType: 'opportunity',
      entityId: id,
      changes: created({ number, ...values }),
    });
  });
  return getOpportunity(ctx, id);
}

export async function updateOpportunity(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof opportunityUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getOpportunityRow(trx, workspaceId, id);
    if (!before) throw notFound('Opportunity');
    assertVersion(before, input.version);
    const values = {
      title: input.title,
      amount_minor: input.amountMinor,
      currency: input.currency,
      probability: input.probability,
      expected_close: input.expectedClose,
      owner_id: input.ownerId,
    };
    if (
      !(await updateVersioned(
        trx,
        'opportunities',
        { workspaceId, id, version: input.version },
        {
          ...values,
          updated_at: isoNow(ctx.clock),
        },
      ))
    )
      throw versionConflict();
    await movePipelineTotals(trx, workspaceId, before, { ...before, ...definedOnly(values) });
    await audit(trx, ctx, {
      action: 'opportunity.update',
      entityType: 'opportunity',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getOpportunity(ctx, id);
}

/**
 * Moves an opportunity to a stage. Won and lost close it (lost needs a reason) and fix the
 * probability at 100 or 0; moving back to an open stage reopens it at that stage's default.
 */
export async function moveOpportunity(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof opportunityMoveBody>,
) {
  const workspaceId = workspaceOf(ctx);
  if (input.stage === 'lost' && !input.lossReason) {
    throw new AppError('validation_failed', 'Say why it was lost', {
      fields: { 'body.lossReason': ['required when lost'] },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getOpportunityRow(trx, workspaceId, id);
    if (!before) throw notFound('Opportunity');
    assertVersion(before, input.version);
    if (before.stage === input.stage) return;
    const closing = closedStages.includes(input.stage);
    const reopening = closedStages.includes(before.stage) && !closing;
    const values = {
      stage: input.stage,
      probability: closing || reopening ? defaultProbability[input.stage] : before.probability,
      loss_reason: input.stage === 'lost' ? (input.lossReason ?? null) : null,
      closed_at: closing ? isoNow(ctx.clock) : null,
    };
    if (
      !(await updateVersioned(
        trx,
        'opportunities',
        { workspaceId, id, version: input.version },
        {
          ...values,
          updated_at: isoNow(ctx.clock),
        },
      ))
    )
      throw versionConflict();
    await movePipelineTotals(trx, workspaceId, before, { ...before, ...values });
    await audit(trx, ctx, {
      action: 'opportunity.move',
      entityType: 'opportunity',
      entityId: id,
      changes: diff(before, values),
    });
    if (input.stage === 'won')
      await recordEvent(trx, ctx, 'opportunity.won', {
        opportunityId: id,
        clientId: before.client_id,
      });
  });
  return getOpportunity(ctx, id);
}

/** Per stage: count, and per currency the total and the probability-weighted total. */
export async function getPipeline(
  ctx: Ctx,
  f: { clientId?: string | undefined; ownerId?: string | undefined },
) {
  // The whole workspace's pipeline comes from the running totals; a client's or an owner's
  // share is summed from their (indexed) opportunities.
  const rows =
    f.clientId || f.ownerId
      ? await sumPipeline(ctx.db, workspaceOf(ctx), f)
      : await findPipelineTotals(ctx.db, workspaceOf(ctx));
  return {
    stages: opportunityStages.map((stage) => {
      const mine = rows.filter((r) => r.stage === stage);
      return {
        stage,
        count: mine.reduce((n, r) => n + Number(r.count), 0),
        totals: mine.map((r) => ({
          currency: r.currency,
          amountMinor: Number(r.amount_minor),
          weightedMinor: Math.round(Number(r.weighted_hundredths) / 100),
        })),
      };
    }),
  };
}
