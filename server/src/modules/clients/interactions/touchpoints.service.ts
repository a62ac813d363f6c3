import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, type Deps, todayOf, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { assertClientVisible } from '../contacts.service.ts';
import { countClientContacts } from './interactions.repository.ts';
import { findTouchpointRows, lastTouchOf, type TouchpointRow } from './touchpoints.repository.ts';
import type { touchpointBody, touchpointUpdateBody } from './touchpoints.schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a touchpoint stands on a day: due a cadence after the last touch, at once if none. */
async function standing(db: Executor, t: TouchpointRow, today: string) {
  const lastTouch = await lastTouchOf(db, t.workspace_id, t.client_id, t.contact_id);
  const nextDue = lastTouch
    ? new Date(Date.parse(lastTouch.slice(0, 10)) + t.cadence_days * DAY_MS)
        .toISOString()
        .slice(0, 10)
    : today;
  return { lastTouch, nextDue, overdue: !lastTouch || nextDue < today };
}

const present = async (db: Executor, t: TouchpointRow, today: string) => ({
  id: t.id,
  contact: { id: t.contact_id, name: t.contact_name },
  channel: t.channel,
  cadenceDays: t.cadence_days,
  owner: t.owner_id && t.owner_name ? { id: t.owner_id, name: t.owner_name } : null,
  ...(await standing(db, t, today)),
  version: t.version,
});

export async function listTouchpoints(ctx: Ctx, clientId: string) {
  await assertClientVisible(ctx.db, ctx, clientId);
  const rows = await findTouchpointRows(ctx.db, workspaceOf(ctx), clientId);
  return Promise.all(rows.map((t) => present(ctx.db, t, todayOf(ctx))));
}

export async function addTouchpoint(
  ctx: Ctx,
  clientId: string,
  input: z.infer<typeof touchpointBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    await assertClientVisible(trx, ctx, clientId);
    if ((await countClientContacts(trx, workspaceId, clientId, [input.contactId])) !== 1) {
      throw new AppError('validation_failed', "Not one of this client's contacts", {
        fields: { 'body.contactId': ["not one of this client's contacts"] },
      });
    }
    const id = newId();
    const now = isoNow(ctx.clock);
    const values = {
      client_id: clientId,
      contact_id: input.contactId,
      channel: input.channel,
      cadence_days: input.cadenceDays,
      owner_id: input.ownerId ?? null,
    };
    await trx
      .insertInto('touchpoints')
      .values({
        ...values,
        id,
        workspace_id: workspaceId,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'touchpoint.create',
      entityType: 'client',
      entityId: clientId,
      changes: created(values),
    });
  });
  return listTouchpoints(ctx, clientId);
}

async function touchpointOf(db: Executor, ctx: Ctx, clientId: string, id: string) {
  const row = (await findTouchpointRows(db, workspaceOf(ctx), clientId)).find((t) => t.id === id);
  if (!row) throw notFound('Touchpoint');
  return row;
}

export async function updateTouchpoint(
  ctx: Ctx,
  clientId: string,
  id: string,
  input: z.infer<typeof touchpointUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await touchpointOf(trx, ctx, clientId, id);
    assertVersion(before, input.version);
    const values = {
      channel: input.channel,
      cadence_days: input.cadenceDays,
      owner_id: input.ownerId,
    };
    const written = await updateVersioned(
      trx,
      'touchpoints',
      { workspaceId, id, version: input.version },
      {
        ...values,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'touchpoint.update',
      entityType: 'client',
      entityId: clientId,
      changes: diff(before, values),
    });
  });
  return listTouchpoints(ctx, clientId);
}

export async function removeTouchpoint(ctx: Ctx, clientId: string, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await touchpointOf(trx, ctx, clientId, id);
    await trx.deleteFrom('touchpoints').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'touchpoint.delete',
      entityType: 'client',
      entityId: clientId,
      changes: {
        contact: { before: before.contact_name },
        cadenceDays: { before: before.cadence_days },
      },
    });
  });
  return listTouchpoints(ctx, clientId);
}

/**
 * The daily reminder: each overdue touchpoint tells its owner (else the client's owner) once
 * for each due day it misses.
 */
export async function runTouchpointReminders(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  let sent = 0;
  for (const t of await findTouchpointRows(deps.db, scope.workspaceIds)) {
    const s = await standing(deps.db, t, today);
    const to = t.owner_id ?? t.client_owner_id;
    if (!s.overdue || !to) continue;
    await notify(deps.db, deps.clock, [to], {
      workspaceId: t.workspace_id,
      kind: 'touchpoint.overdue',
      params: { client: t.client_name, contact: t.contact_name, due: s.nextDue },
      link: `/clients/${t.client_id}`,
      uniqueKey: `touchpoint:${t.id}:${s.nextDue}`,
    });
    sent += 1;
  }
  return sent;
}
