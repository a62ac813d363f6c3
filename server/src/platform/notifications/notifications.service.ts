import { isoNow } from '../clock.ts';
import { type Ctx, userOf, workspaceOf } from '../context.ts';
import { notFound } from '../errors/app-error.ts';
import { applyKeyset, keysetPage, newestFirst } from '../http/keyset.ts';
import type { PageQuery } from '../http/pagination.ts';

/** A page of one's notices, newest first, and how many are unread in all. */
export async function listNotifications(ctx: Ctx, page: PageQuery) {
  const userId = userOf(ctx);
  const workspaceId = workspaceOf(ctx);
  const mine = ctx.db
    .selectFrom('notifications')
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId);
  const k = newestFirst(page.cursor);
  const rows = await applyKeyset(mine.selectAll(), k, page.limit).execute();
  const unread = await mine
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    ...keysetPage(rows, k, page.limit, (n) => ({
      id: n.id,
      kind: n.kind,
      params: n.params,
      link: n.link,
      readAt: n.read_at,
      createdAt: n.created_at,
    })),
    unread: Number(unread.n),
  };
}

/** Reading one's own notices is not a business change: no audit entry. */
export async function markRead(ctx: Ctx, id: string) {
  const r = await ctx.db
    .updateTable('notifications')
    .set({ read_at: isoNow(ctx.clock) })
    .where('id', '=', id)
    .where('user_id', '=', userOf(ctx))
    .where('workspace_id', '=', workspaceOf(ctx))
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound('Notification');
  return { ok: true as const };
}

export async function markAllRead(ctx: Ctx) {
  await ctx.db
    .updateTable('notifications')
    .set({ read_at: isoNow(ctx.clock) })
    .where('user_id', '=', userOf(ctx))
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('read_at', 'is', null)
    .execute();
  return { ok: true as const };
}
