import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { assertClientVisible } from '../contacts.service.ts';
import {
  belongsToClient,
  findRequirementRows,
  getRequirementRow,
  type RequirementRow,
  requirementSorts,
} from './requirements.repository.ts';
import type { requirementCreateBody, requirementUpdateBody } from './requirements.schema.ts';
import type { RequirementPriority, RequirementStatus } from './requirements.table.ts';

const ref = (id: string | null, number: string | null, title: string | null) =>
  id && number ? { id, number, title: title ?? '' } : null;

const present = (r: RequirementRow) => ({
  id: r.id,
  number: r.number,
  clientId: r.client_id,
  title: r.title,
  description: r.description,
  priority: r.priority,
  status: r.status,
  source: r.source,
  opportunity: ref(r.opportunity_id, r.opportunity_number, r.opportunity_title),
  contract: ref(r.contract_id, r.contract_number, r.contract_title),
  owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export async function listRequirements(
  ctx: Ctx,
  clientId: string,
  query: {
    status?: RequirementStatus | undefined;
    priority?: RequirementPriority | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  await assertClientVisible(ctx.db, ctx, clientId);
  const k = keyset(requirementSorts, 'requirements.id', '-createdAt', query.cursor);
  const rows = await findRequirementRows(
    ctx.db,
    workspaceOf(ctx),
    clientId,
    partyOf(ctx),
    query,
    k,
    query.limit,
  );
  return keysetPage(rows, k, query.limit, present);
}

async function getRequirement(ctx: Ctx, clientId: string, id: string) {
  const row = await getRequirementRow(ctx.db, workspaceOf(ctx), clientId, id);
  if (!row) throw notFound('Requirement');
  return present(row);
}

type Input = Partial<z.infer<typeof requirementCreateBody>>;

/** A linked opportunity or contract must be this client's. */
async function assertLinks(trx: Executor, ctx: Ctx, clientId: string, input: Input) {
  const workspaceId = workspaceOf(ctx);
  for (const [field, table, id] of [
    ['opportunityId', 'opportunities', input.opportunityId],
    ['contractId', 'contracts', input.contractId],
  ] as const) {
    if (id && !(await belongsToClient(trx, table, workspaceId, clientId, id))) {
      throw new AppError('validation_failed', "Not one of this client's", {
        fields: { [`body.${field}`]: ["not one of this client's"] },
      });
    }
  }
}

const updateColumns = (input: Input) => ({
  title: input.title,
  description: input.description,
  priority: input.priority,
  status: input.status,
  source: input.source,
  opportunity_id: input.opportunityId,
  contract_id: input.contractId,
  owner_id: input.ownerId,
});

export async function createRequirement(
  ctx: Ctx,
  clientId: string,
  input: z.infer<typeof requirementCreateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await assertClientVisible(trx, ctx, clientId);
    await assertLinks(trx, ctx, clientId, input);
    const number = await nextNumber(trx, workspaceId, 'REQ');
    const now = isoNow(ctx.clock);
    const values = {
      title: input.title,
      description: input.description,
      priority: input.priority,
      status: input.status,
      source: input.source,
      opportunity_id: input.opportunityId ?? null,
      contract_id: input.contractId ?? null,
      owner_id: input.ownerId ?? null,
    };
    await trx
      .insertInto('requirements')
      .values({
        ...values,
        id,
        workspace_id: workspaceId,
        client_id: clientId,
        number,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'requirement.create',
      entityType: 'requirement',
      entityId: id,
      changes: created({ number, ...values }),
    });
  });
  return getRequirement(ctx, clientId, id);
}

export async function updateRequirement(
  ctx: Ctx,
  clientId: string,
  id: string,
  input: z.infer<typeof requirementUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getRequirementRow(trx, workspaceId, clientId, id);
    if (!before) throw notFound('Requirement');
    assertVersion(before, input.version);
    await assertLinks(trx, ctx, clientId, input);
    const values = updateColumns(input);
    const written = await updateVersioned(
      trx,
      'requirements',
      { workspaceId, id, version: input.version },
      {
        ...values,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'requirement.update',
      entityType: 'requirement',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getRequirement(ctx, clientId, id);
}
