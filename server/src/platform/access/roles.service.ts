import type { Selectable } from 'kysely';
import { updateVersioned } from '../../db/versioned.ts';
import { audit, created, diff } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import { type Ctx, workspaceOf } from '../context.ts';
import { AppError, assertVersion, notFound, versionConflict } from '../errors/app-error.ts';
import { newId } from '../ids.ts';
import type { RoleTable } from './access.table.ts';
import type { Permission } from './permissions.ts';
import { assertMayDefineRole, assertMayEditRole } from './roles.repository.ts';

export const presentRole = (row: Selectable<RoleTable>) => ({
  id: row.id,
  key: row.key,
  name: row.name,
  builtin: row.builtin,
  permissions: row.permissions as Permission[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export async function listRoles(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('roles')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .orderBy('builtin', 'desc')
    .orderBy('name')
    .execute();
  return rows.map(presentRole);
}

async function getRoleRow(ctx: Ctx, id: string) {
  const row = await ctx.db
    .selectFrom('roles')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Role');
  return row;
}

export async function getRole(ctx: Ctx, id: string) {
  return presentRole(await getRoleRow(ctx, id));
}

export async function createRole(ctx: Ctx, input: { name: string; permissions: Permission[] }) {
  const id = newId();
  const now = isoNow(ctx.clock);
  const perms = [...new Set(input.permissions)].sort();
  await assertMayDefineRole(ctx.db, ctx, workspaceOf(ctx), perms);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('roles')
      .values({
        id,
        workspace_id: workspaceOf(ctx),
        key: `custom:${id}`,
        name: input.name,
        builtin: false,
        permissions: JSON.stringify(perms),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'role.create',
      entityType: 'role',
      entityId: id,
      changes: created({ name: input.name, permissions: perms }),
    });
  });
  return getRole(ctx, id);
}

/**
 * Built-in roles are fixed; a stale version changes nothing and answers 409. The editor stays
 * under their own ceiling: not their own role, and no permission they lack.
 */
export async function updateRole(
  ctx: Ctx,
  id: string,
  input: { version: number; name?: string | undefined; permissions?: Permission[] | undefined },
) {
  const before = await getRoleRow(ctx, id);
  assertVersion(before, input.version);
  if (before.builtin)
    throw new AppError('unprocessable', 'Built-in roles cannot be changed; create a custom role');
  await assertMayEditRole(ctx.db, ctx, before);
  const perms = input.permissions ? [...new Set(input.permissions)].sort() : undefined;
  if (perms) await assertMayDefineRole(ctx.db, ctx, before.workspace_id, perms);
  await ctx.db.transaction().execute(async (trx) => {
    const key = { workspaceId: before.workspace_id, id, version: input.version };
    const written = await updateVersioned(trx, 'roles', key, {
      name: input.name,
      permissions: perms ? JSON.stringify(perms) : undefined,
      updated_at: isoNow(ctx.clock),
    });
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'role.update',
      entityType: 'role',
      entityId: id,
      changes: diff(
        { name: before.name, permissions: before.permissions },
        { name: input.name, permissions: perms },
      ),
    });
  });
  return getRole(ctx, id);
}

export async function deleteRole(ctx: Ctx, id: string) {
  const before = await getRoleRow(ctx, id);
  if (before.builtin) throw new AppError('unprocessable', 'Built-in roles cannot be deleted');
  await assertMayEditRole(ctx.db, ctx, before);
  await ctx.db.transaction().execute(async (trx) => {
    const inUse = await trx
      .selectFrom('members')
      .select('id')
      .where('role_id', '=', id)
      .executeTakeFirst();
    const invited = await trx
      .selectFrom('invitations')
      .select('id')
      .where('role_id', '=', id)
      .executeTakeFirst();
    if (inUse || invited)
      throw new AppError('conflict', 'The role is in use by members or invitations');
    await trx
      .deleteFrom('roles')
      .where('id', '=', id)
      .where('workspace_id', '=', before.workspace_id)
      .execute();
    await audit(trx, ctx, {
      action: 'role.delete',
      entityType: 'role',
      entityId: id,
      changes: { name: { before: before.name } },
    });
  });
}
