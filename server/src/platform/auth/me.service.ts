import { type Ctx, userOf } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { findUserWorkspaces } from '../workspaces/members.repository.ts';
import { findUserById } from './users.repository.ts';

/** The signed-in user, their workspaces, and what they may do in the current one. */
export async function getMe(ctx: Ctx) {
  const user = await findUserById(ctx.db, userOf(ctx));
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  const workspaces = await findUserWorkspaces(ctx.db, user.id);
  const current = ctx.membership
    ? await ctx.db
        .selectFrom('workspaces')
        .select(['id', 'name', 'base_currency'])
        .where('id', '=', ctx.membership.workspaceId)
        .executeTakeFirst()
    : undefined;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale as 'zh-CN' | 'en-US',
      timeZone: user.time_zone,
      totpEnabled: user.totp_enabled,
      version: user.version,
    },
    workspaces,
    workspace: current
      ? { id: current.id, name: current.name, baseCurrency: current.base_currency }
      : null,
    permissions: [...(ctx.membership?.permissions ?? [])].sort(),
    party: ctx.membership?.party ?? null,
  };
}
