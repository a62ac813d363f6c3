import { setSessionWorkspace } from '../auth/sessions.repository.ts';
import { type Ctx, userOf } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { createWorkspace } from './workspaces.service.ts';

export type NewWorkspace = {
  name: string;
  baseCurrency: string;
  locale: 'zh-CN' | 'en-US';
  timeZone: string;
};

/** Whether the caller may create a workspace under the installation's WORKSPACE_CREATION. */
async function assertMayCreate(ctx: Ctx): Promise<void> {
  const policy = ctx.config.workspaceCreation;
  if (policy === 'anyone') return;
  if (policy === 'owners') {
    const owns = await ctx.db
      .selectFrom('members')
      .innerJoin('roles', 'roles.id', 'members.role_id')
      .select('members.id')
      .where('members.user_id', '=', userOf(ctx))
      .where('members.status', '=', 'active')
      .where('roles.key', '=', 'owner')
      .executeTakeFirst();
    if (owns) return;
  }
  throw new AppError(
    'forbidden',
    policy === 'owners'
      ? 'On this installation only owners of a workspace may create another'
      : 'On this installation workspaces are created by its operator',
  );
}

/**
 * A signed-in user opens a workspace of their own: they become its owner, with every built-in
 * role in place, and their session moves into it.
 */
export async function openWorkspace(ctx: Ctx, sessionId: string | null, input: NewWorkspace) {
  await assertMayCreate(ctx);
  const { workspaceId } = await ctx.db
    .transaction()
    .execute((trx) => createWorkspace(trx, ctx, { ...input, ownerUserId: userOf(ctx) }));
  if (sessionId) await setSessionWorkspace(ctx.db, sessionId, workspaceId);
  return ctx.db
    .selectFrom('workspaces')
    .select(['id', 'name', 'base_currency', 'locale', 'time_zone', 'created_at'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow()
    .then((w) => ({
      id: w.id,
      name: w.name,
      baseCurrency: w.base_currency,
      locale: w.locale,
      timeZone: w.time_zone,
      createdAt: w.created_at,
    }));
}
