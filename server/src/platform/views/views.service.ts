import type { z } from 'zod';
import { audit } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import { type Ctx, userOf, workspaceOf } from '../context.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { newId } from '../ids.ts';
import type { viewBody } from './views.schema.ts';

/** The caller's own views of a list and those colleagues shared, own first. */
export async function listViews(ctx: Ctx, list: string) {
  const userId = userOf(ctx);
  const rows = await ctx.db
    .selectFrom('saved_views as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .selectAll('v')
    .select('u.name as author')
    .where('v.workspace_id', '=', workspaceOf(ctx))
    .where('v.list', '=', list)
    .where((eb) => eb.or([eb('v.user_id', '=', userId), eb('v.shared', '=', true)]))
    .orderBy('v.name')
    .orderBy('v.id')
    .execute();
  return rows
    .map((v) => ({
      id: v.id,
      list: v.list,
      name: v.name,
      filter: v.filter,
      shared: v.shared,
      mine: v.user_id === userId,
      author: v.author,
      createdAt: v.created_at,
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine));
}

export async function saveView(ctx: Ctx, input: z.infer<typeof viewBody>) {
  const userId = userOf(ctx);
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('saved_views')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('list', '=', input.list)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', `You already have a view named ${input.name}`);
    const id = newId();
    await trx
      .insertInto('saved_views')
      .values({
        id,
        workspace_id: workspaceId,
        user_id: userId,
        list: input.list,
        name: input.name,
        filter: JSON.stringify(input.filter),
        shared: input.shared,
        created_at: isoNow(ctx.clock),
      })
      .execute();
    await audit(trx, ctx, {
      action: 'saved_view.create',
      entityType: 'saved_view',
      entityId: id,
      changes: { view: { after: input } },
    });
  });
  return listViews(ctx, input.list);
}

/** Only the author deletes a view; a colleague's shared view is not theirs to remove. */
export async function deleteView(ctx: Ctx, id: string) {
  const userId = userOf(ctx);
  const workspaceId = workspaceOf(ctx);
  const list = await ctx.db.transaction().execute(async (trx) => {
    const view = await trx
      .selectFrom('saved_views')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('user_id', '=', userId), eb('shared', '=', true)]))
      .executeTakeFirst();
    if (!view) throw notFound('View');
    if (view.user_id !== userId) throw new AppError('forbidden', 'Only its author deletes a view');
    await trx.deleteFrom('saved_views').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'saved_view.delete',
      entityType: 'saved_view',
      entityId: id,
      changes: { view: { before: { list: view.list, name: view.name } } },
    });
    return view.list;
  });
  return listViews(ctx, list);
}
