import type { Executor } from '../../db/database.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { type BuiltinRoleKey, builtinRoles } from './builtin-roles.ts';

const OWNER = 'owner';

async function roleKey(
  db: Executor,
  workspaceId: string,
  roleId: string,
): Promise<string | undefined> {
  const role = await db
    .selectFrom('roles')
    .select('key')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roleId)
    .executeTakeFirst();
  return role?.key;
}

/** Whether the caller holds the owner role in the workspace. */
export async function actorIsOwner(db: Executor, ctx: Ctx, workspaceId: string): Promise<boolean> {
  const roleId = ctx.membership?.roleId;
  return roleId ? (await roleKey(db, workspaceId, roleId)) === OWNER : false;
}

/**
 * A role id sent by a client must name a role of the caller's workspace, and only an owner
 * may hand out the owner role: otherwise an admin could take the workspace over.
 */
export async function assertMayAssignRole(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  roleId: string,
): Promise<void> {
  const key = await roleKey(db, workspaceId, roleId);
  if (!key)
    throw new AppError('validation_failed', 'No such role', {
      fields: { 'body.roleId': ['no such role'] },
    });
  if (key === OWNER && !(await actorIsOwner(db, ctx, workspaceId))) {
    throw new AppError('forbidden', 'Only an owner can make someone an owner');
  }
}

/** Only an owner may change or disable another owner. */
export async function assertMayChangeMember(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  memberRoleKey: string,
): Promise<void> {
  if (memberRoleKey === OWNER && !(await actorIsOwner(db, ctx, workspaceId))) {
    throw new AppError('forbidden', 'Only an owner can change another owner');
  }
}

/**
 * Built-in roles are fixed definitions in code. When a module adds permissions, every
 * workspace's built-in roles are brought up to date at start-up; unchanged rows stay as they are.
 */
export async function syncBuiltinRoles(db: Executor, at: string): Promise<number> {
  const rows = await db
    .selectFrom('roles')
    .select(['id', 'key', 'permissions'])
    .where('builtin', '=', true)
    .execute();
  const stale = rows.filter((r) => {
    const wanted = builtinRoles[r.key as BuiltinRoleKey];
    return wanted && [...r.permissions].sort().join() !== [...wanted].sort().join();
  });
  for (const key of new Set(stale.map((r) => r.key as BuiltinRoleKey))) {
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(builtinRoles[key]), updated_at: at })
      .where(
        'id',
        'in',
        stale.filter((r) => r.key === key).map((r) => r.id),
      )
      .execute();
  }
  return stale.length;
}
