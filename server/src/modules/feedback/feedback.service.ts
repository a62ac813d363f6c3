import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { audit, created } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { assertOwner } from '../../platform/workspaces/owner.ts';
import { contactName, getContactRow } from '../clients/index.ts';
import type { feedbackBody, feedbackUpdateBody } from './feedback.schema.ts';
import type { FeedbackSeverity, FeedbackStatus } from './feedback.table.ts';
import { internalClient } from './surveys.service.ts';

const HOUR_MS = 3600 * 1000;

/** How soon a complaint must have a first response, by severity. */
export const RESPONSE_HOURS: Record<FeedbackSeverity, number> = {
  critical: 4,
  high: 24,
  medium: 72,
  low: 120,
};

function feedbackRows(db: Executor, workspaceId: string, clientId: string) {
  return db
    .selectFrom('feedback_items as f')
    .leftJoin('users as u', 'u.id', 'f.owner_id')
    .selectAll('f')
    .select((eb) => [
      contactName(db, eb.ref('f.contact_id')).as('contact_name'),
      'u.name as owner_name',
    ])
    .where('f.workspace_id', '=', workspaceId)
    .where('f.client_id', '=', clientId)
    .orderBy('f.received_at', 'desc')
    .orderBy('f.id')
    .execute();
}

type FeedbackRow = Awaited<ReturnType<typeof feedbackRows>>[number];

const present = (f: FeedbackRow, now: string) => ({
  id: f.id,
  number: f.number,
  kind: f.kind,
  severity: f.severity,
  subject: f.subject,
  description: f.description,
  contact: f.contact_id && f.contact_name ? { id: f.contact_id, name: f.contact_name } : null,
  owner: f.owner_id && f.owner_name ? { id: f.owner_id, name: f.owner_name } : null,
  receivedAt: f.received_at,
  responseDueAt: f.response_due_at,
  respondedAt: f.responded_at,
  overdue: Boolean(f.response_due_at && !f.responded_at && f.response_due_at < now),
  status: f.status,
  resolution: f.resolution,
  resolvedAt: f.resolved_at,
  version: f.version,
});

export async function listFeedback(ctx: Ctx, clientId: string) {
  await internalClient(ctx.db, ctx, clientId);
  const now = isoNow(ctx.clock);
  return (await feedbackRows(ctx.db, workspaceOf(ctx), clientId)).map((f) => present(f, now));
}

async function feedbackOf(ctx: Ctx, clientId: string, id: string) {
  const found = (await listFeedback(ctx, clientId)).find((f) => f.id === id);
  if (!found) throw notFound('Feedback');
  return found;
}

export async function createFeedback(
  ctx: Ctx,
  clientId: string,
  input: z.infer<typeof feedbackBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await internalClient(trx, ctx, clientId);
    if (input.contactId && !(await getContactRow(trx, workspaceId, clientId, input.contactId))) {
      throw new AppError('validation_failed', 'The contact is not one of this client’s', {
        fields: { 'body.contactId': ['not a contact of this client'] },
      });
    }
    const now = isoNow(ctx.clock);
    const receivedAt = input.receivedAt ?? now;
    const severity = input.kind === 'complaint' ? (input.severity ?? null) : null;
    const values = {
      number: await nextNumber(trx, workspaceId, 'FBK'),
      kind: input.kind,
      severity,
      subject: input.subject,
      description: input.description,
      contact_id: input.contactId ?? null,
      owner_id: input.ownerId ?? ctx.actor.userId,
      received_at: receivedAt,
      response_due_at: severity
        ? new Date(Date.parse(receivedAt) + RESPONSE_HOURS[severity] * HOUR_MS).toISOString()
        : null,
    };
    await trx
      .insertInto('feedback_items')
      .values({
        ...values,
        id,
        workspace_id: workspaceId,
        client_id: clientId,
        responded_at: null,
        status: input.kind === 'praise' ? 'resolved' : 'open',
        resolution: null,
        resolved_at: input.kind === 'praise' ? now : null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'feedback.create',
      entityType: 'client',
      entityId: clientId,
      changes: created({ feedback: id, ...values }),
    });
  });
  return feedbackOf(ctx, clientId, id);
}

/** The moves a complaint makes: first response, resolution (with what was done), reopening. */
const moves: Record<string, { from: FeedbackStatus[]; to: FeedbackStatus }> = {
  respond: { from: ['open'], to: 'responded' },
  resolve: { from: ['open', 'responded'], to: 'resolved' },
  reopen: { from: ['resolved'], to: 'open' },
};

export async function updateFeedback(
  ctx: Ctx,
  clientId: string,
  id: string,
  input: z.infer<typeof feedbackUpdateBody>,
) {
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    await internalClient(trx, ctx, clientId);
    const before = (await feedbackRows(trx, workspaceOf(ctx), clientId)).find((f) => f.id === id);
    if (!before) throw notFound('Feedback');
    assertVersion(before, input.version);
    const now = isoNow(ctx.clock);
    const values: Record<string, string | null> = {};
    if (input.ownerId !== undefined) values.owner_id = input.ownerId;
    if (input.action) {
      const move = moves[input.action];
      if (!move?.from.includes(before.status)) {
        throw new AppError('conflict', `A ${before.status} item cannot ${input.action}`);
      }
      if (input.action === 'resolve' && !input.resolution) {
        throw new AppError('validation_failed', 'Say how it was resolved', {
          fields: { 'body.resolution': ['required to resolve'] },
        });
      }
      values.status = move.to;
      if (input.action === 'resolve') {
        values.resolution = input.resolution ?? null;
        values.resolved_at = now;
      }
      // A resolution is also a response; the first one is the one that counts.
      if (input.action !== 'reopen' && !before.responded_at) values.responded_at = now;
      if (input.action === 'reopen') values.resolved_at = null;
    }
    const written = await updateVersioned(
      trx,
      'feedback_items',
      { workspaceId: workspaceOf(ctx), id, version: input.version },
      { ...values, updated_at: now },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: input.action ? `feedback.${input.action}` : 'feedback.update',
      entityType: 'client',
      entityId: clientId,
      changes: Object.fromEntries(
        Object.entries(values).map(([k, v]) => [
          k,
          { before: before[k as keyof FeedbackRow], after: v },
        ]),
      ),
    });
  });
  return feedbackOf(ctx, clientId, id);
}
