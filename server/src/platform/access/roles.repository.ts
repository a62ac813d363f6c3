import type { Executor } from '../../db/database.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { type BuiltinRoleKey, builtinRoles } from './builtin-roles.ts';
import type { Permission } from './permissions.ts';

const OWNER = 'owner';
/** Roles only an owner hands out or takes away: either one runs the workspace. */
const PRIVILEGED = new Set(['owner', 'admin']);

type RoleGrant = { key: string; permissions: readonly string[] };

async function findRoleGrant(
  db: Executor,
  workspaceId: string,
  roleId: string,
): Promise<RoleGrant | undefined> {
  return db
    .selectFrom('roles')
    .select(['key', 'permissions'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roleId)
    .executeTakeFirst();
}

/** Whether the caller holds the owner role in the workspace. */
export async function actorIsOwner(db: Executor, ctx: Ctx, workspaceId: string): Promise<boolean> {
  const roleId = ctx.membership?.roleId;
  return roleId ? (await findRoleGrant(db, workspaceId, roleId))?.key === OWNER : false;
}

/** Nobody grants, through a role, a member or an invitation, a permission they lack. */
function assertHoldsAll(ctx: Ctx, wanted: readonly string[]): void {
  const held = ctx.membership?.permissions ?? new Set();
  const missing = wanted.filter((p) => !held.has(p as Permission));
  if (missing.length > 0) {
    throw new AppError(
      'forbidden',
      `You cannot grant permissions you do not hold: ${missing.sort().join(', ')}`,
    );
  }
}

/**
 * A role the caller may hand out or take away: within their own permissions, and the admin
 * and owner roles only if they are an owner.
 */
async function assertWithinCeiling(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  role: RoleGrant,
): Promise<void> {
  await assertOwnerFor(db, ctx, workspaceId, role);
  assertHoldsAll(ctx, role.permissions);
}

async function assertOwnerFor(db: Executor, ctx: Ctx, workspaceId: string, role: RoleGrant) {
  if (isPrivileged(role) && !(await actorIsOwner(db, ctx, workspaceId))) {
    throw new AppError(
      'forbidden',
      'Only an owner can give or take away the admin and owner roles',
    );
  }
}

/** A custom role that carries `workspace:admin` is an admin role under another name. */
const isPrivileged = (role: RoleGrant) =>
  PRIVILEGED.has(role.key) || role.permissions.includes('workspace:admin');

/** What a custom role may be defined with: what the caller holds, and admin only by an owner. */
export async function assertMayDefineRole(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  permissions: readonly string[],
): Promise<void> {
  await assertWithinCeiling(db, ctx, workspaceId, { key: 'custom', permissions });
}

/**
 * A role id sent by a client must name a role of the caller's workspace that the caller may
 * hand out: otherwise an admin could take the workspace over, or a role editor rise above
 * their own permissions.
 */
export async function assertMayAssignRole(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  roleId: string,
): Promise<void> {
  const role = await findRoleGrant(db, workspaceId, roleId);
  if (!role)
    throw new AppError('validation_failed', 'No such role', {
      fields: { 'body.roleId': ['no such role'] },
    });
  await assertWithinCeiling(db, ctx, workspaceId, role);
}

/** A member who holds an admin or owner role is an owner's to change or disable. */
export async function assertMayChangeMember(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  memberRoleId: string,
): Promise<void> {
  const role = await findRoleGrant(db, workspaceId, memberRoleId);
  if (role) await assertOwnerFor(db, ctx, workspaceId, role);
}

/**
 * A custom role the caller may edit or delete: not the one they hold (they would raise their
 * own ceiling), and one carrying admin powers only as an owner. What it may then hold is
 * checked by `assertMayDefineRole`.
 */
export async function assertMayEditRole(
  db: Executor,
  ctx: Ctx,
  role: RoleGrant & { id: string; workspace_id: string },
): Promise<void> {
  if (ctx.membership?.roleId === role.id) {
    throw new AppError('forbidden', 'You cannot change the role you hold');
  }
  await assertOwnerFor(db, ctx, role.workspace_id, role);
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
