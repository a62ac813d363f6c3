import type { Executor } from '../../db/database.ts';
import { type BuiltinRoleKey, builtinRoleKeys, builtinRoles } from '../access/builtin-roles.ts';
import { audit, created } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { newId } from '../ids.ts';
import { insertMember } from './members.repository.ts';

/** A new workspace comes with every built-in role and its creator as owner. */
export async function createWorkspace(
  trx: Executor,
  ctx: Ctx,
  input: {
    name: string;
    baseCurrency: string;
    ownerUserId: string;
    locale?: 'zh-CN' | 'en-US';
    timeZone?: string;
  },
): Promise<{ workspaceId: string; roleIds: Record<BuiltinRoleKey, string> }> {
  const now = isoNow(ctx.clock);
  const workspaceId = newId();
  await trx
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      name: input.name,
      base_currency: input.baseCurrency,
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.timeZone ? { time_zone: input.timeZone } : {}),
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  const roleIds = Object.fromEntries(builtinRoleKeys.map((k) => [k, newId()])) as Record<
    BuiltinRoleKey,
    string
  >;
  await trx
    .insertInto('roles')
    .values(
      builtinRoleKeys.map((key) => ({
        id: roleIds[key],
        workspace_id: workspaceId,
        key,
        name: key,
        builtin: true,
        permissions: JSON.stringify(builtinRoles[key]),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })),
    )
    .execute();
  const owner = await trx
    .selectFrom('users')
    .select('name')
    .where('id', '=', input.ownerUserId)
    .executeTakeFirstOrThrow();
  await insertMember(trx, {
    workspaceId,
    userId: input.ownerUserId,
    roleId: roleIds.owner,
    name: owner.name,
    createdBy: ctx.actor.userId,
    at: now,
  });
  await audit(trx, ctx, {
    action: 'workspace.create',
    entityType: 'workspace',
    entityId: workspaceId,
    changes: created({
      name: input.name,
      baseCurrency: input.baseCurrency,
      locale: input.locale,
      timeZone: input.timeZone,
    }),
    workspaceId,
  });
  return { workspaceId, roleIds };
}

/** The workspace's base currency; whether it may still change is the caller's rule. */
export async function setBaseCurrency(
  trx: Executor,
  workspaceId: string,
  currency: string,
  at: string,
) {
  await trx
    .updateTable('workspaces')
    .set({ base_currency: currency, updated_at: at })
    .where('id', '=', workspaceId)
    .execute();
}
