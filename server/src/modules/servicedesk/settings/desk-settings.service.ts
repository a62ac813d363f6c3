import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { versionConflict } from '../../../platform/errors/app-error.ts';
import type { deskSettingsBody } from './desk-settings.schema.ts';
import { defaultMatrix } from './priority-matrix.ts';

/** The workspace's desk settings, or the defaults at version 1 when it set none. */
export async function deskSettingsOf(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('desk_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return {
    priorityMatrix: row?.priority_matrix ?? defaultMatrix,
    updatedAt: row?.updated_at ?? null,
    version: row?.version ?? 1,
  };
}

export const getDeskSettings = (ctx: Ctx) => deskSettingsOf(ctx.db, workspaceOf(ctx));

/**
 * Sets the desk's priority matrix on the version read. New tickets and changes of impact or
 * urgency take it; tickets keep the priority they were given.
 */
export async function putDeskSettings(ctx: Ctx, input: z.infer<typeof deskSettingsBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await deskSettingsOf(trx, workspaceId);
    if (before.version !== input.version) throw versionConflict();
    const values = {
      priority_matrix: JSON.stringify(input.priorityMatrix),
      updated_at: isoNow(ctx.clock),
      updated_by: ctx.actor.userId,
      version: input.version + 1,
    };
    await trx
      .insertInto('desk_settings')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute();
    await audit(trx, ctx, {
      action: 'desk_settings.update',
      entityType: 'desk_settings',
      entityId: workspaceId,
      changes: diff(
        { priorityMatrix: before.priorityMatrix },
        { priorityMatrix: input.priorityMatrix },
      ),
    });
  });
  return getDeskSettings(ctx);
}
