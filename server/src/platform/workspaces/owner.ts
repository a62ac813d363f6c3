import { type Ctx, workspaceOf } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * Records are owned by an active member of the caller's workspace, or by nobody. `field` names
 * the body field in the answer (`ownerId`, or e.g. `managerId`). Call it before a transaction:
 * it reads on its own connection.
 */
export async function assertOwner(ctx: Ctx, ownerId: string | null | undefined, field = 'ownerId') {
  if (!ownerId) return;
  const member = await ctx.db
    .selectFrom('members')
    .select('id')
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('user_id', '=', ownerId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!member) {
    throw new AppError('validation_failed', 'Must be an active member of the workspace', {
      fields: { [`body.${field}`]: ['not an active member'] },
    });
  }
}

/**
 * Members named to be told something internal (mentions) are active members of the workspace
 * and no portal's: a portal user never hears of what they may not read. Call it before a
 * transaction.
 */
export async function assertInternalMembers(ctx: Ctx, userIds: readonly string[], field: string) {
  if (userIds.length === 0) return;
  const found = await ctx.db
    .selectFrom('members')
    .select('user_id')
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('user_id', 'in', [...userIds])
    .where('status', '=', 'active')
    .where('party_type', 'is', null)
    .execute();
  const known = new Set(found.map((m) => m.user_id));
  const missing = userIds.findIndex((id) => !known.has(id));
  if (missing >= 0) {
    throw new AppError('validation_failed', 'Must be an active member of ours', {
      fields: { [`body.${field}.${missing}`]: ['not an active member of ours'] },
    });
  }
}
