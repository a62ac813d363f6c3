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
