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
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { assertClientVisible } from '../contacts.service.ts';
import {
  countClientContacts,
  findClientInteractionRows,
  findOpenNextSteps,
  getInteractionRow,
  type InteractionRow,
  insertInteraction,
  interactionSorts,
} from './interactions.repository.ts';
import type { interactionCreateBody, interactionUpdateBody } from './interactions.schema.ts';

export const presentInteraction = (r: InteractionRow) => ({
  id: r.id,
  client: { id: r.client_id, name: r.client_name },
  kind: r.kind,
  occurredAt: r.occurred_at,
  subject: r.subject,
  notes: r.notes,
  contactIds: r.contact_ids,
  owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
  nextStep: r.next_step,
  nextStepDue: r.next_step_due,
  nextStepDone: r.next_step_done,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

type InteractionInput = z.infer<typeof interactionCreateBody>;
type InteractionUpdate = z.infer<typeof interactionUpdateBody>;

const toColumns = (input: Partial<InteractionInput> & { nextStepDone?: boolean | undefined }) => ({
  kind: input.kind,
  occurred_at: input.occurredAt,
  subject: input.subject,
  notes: input.notes,
  contact_ids: input.contactIds,
  owner_id: input.ownerId,
  next_step: input.nextStep,
  next_step_due: input.nextStepDue,
  next_step_done: input.nextStepDone,
});

/** Participants must be live contacts of this client. */
async function assertContacts(db: Executor, ctx: Ctx, clientId: string, ids: string[] | undefined) {
  if (!ids) return;
  const unique = [...new Set(ids)];
  if ((await countClientContacts(db, workspaceOf(ctx), clientId, unique)) !== unique.length) {
    throw new AppError('validation_failed', 'Participants must be contacts of this client', {
      fields: { 'body.contactIds': ['not contacts of this client'] },
    });
  }
}

export async function listInteractions(
  ctx: Ctx,
  clientId: string,
  query: { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  await assertClientVisible(ctx.db, ctx, clientId);
  const k = keyset(interactionSorts, 'interactions.id', query.sort ?? '-occurredAt', query.cursor);
  const rows = await findClientInteractionRows(
    ctx.db,
    workspaceOf(ctx),
    partyOf(ctx),
    clientId,
    k,
    query.limit,
  );
  return keysetPage(rows, k, query.limit, presentInteraction);
}

export async function listNextSteps(
  ctx: Ctx,
  query: { ownerId?: string | undefined; dueBy?: string | undefined },
) {
  return (await findOpenNextSteps(ctx.db, workspaceOf(ctx), partyOf(ctx), query)).map(
    presentInteraction,
  );
}

export async function createInteraction(ctx: Ctx, clientId: string, input: InteractionInput) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    await assertClientVisible(trx, ctx, clientId);
    await assertContacts(trx, ctx, clientId, input.contactIds);
    const now = isoNow(ctx.clock);
    const columns = toColumns(input);
    await insertInteraction(trx, {
      ...columns,
      id,
      workspace_id: workspaceId,
      client_id: clientId,
      kind: input.kind,
      occurred_at: input.occurredAt,
      subject: input.subject,
      contact_ids: JSON.stringify(input.contactIds),
      owner_id: input.ownerId ?? ctx.actor.userId,
      next_step_done: false,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, {
      action: 'interaction.create',
      entityType: 'interaction',
      entityId: id,
      changes: created({ clientId, ...columns }),
    });
    const saved = await getInteractionRow(trx, workspaceId, clientId, id);
    if (!saved) throw notFound('Interaction');
    return presentInteraction(saved);
  });
}

export async function updateInteraction(
  ctx: Ctx,
  clientId: string,
  id: string,
  input: InteractionUpdate,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getInteractionRow(trx, workspaceId, clientId, id);
    if (!before) throw notFound('Interaction');
    assertVersion(before, input.version);
    await assertContacts(trx, ctx, clientId, input.contactIds);
    const columns = toColumns(input);
    const values = {
      ...columns,
      contact_ids: columns.contact_ids ? JSON.stringify(columns.contact_ids) : undefined,
      updated_at: isoNow(ctx.clock),
    };
    if (
      !(await updateVersioned(
        trx,
        'interactions',
        { workspaceId, id, version: input.version },
        values,
      ))
    )
      throw versionConflict();
    await audit(trx, ctx, {
      action: 'interaction.update',
      entityType: 'interaction',
      entityId: id,
      changes: diff(before, columns),
    });
    const saved = await getInteractionRow(trx, workspaceId, clientId, id);
    if (!saved) throw notFound('Interaction');
    return presentInteraction(saved);
  });
}
