import type { Executor } from '../../db/database.ts';
import { AppError } from '../errors/app-error.ts';

/** A role id sent by a client must name a role of the caller's workspace. */
export async function assertRoleInWorkspace(
  db: Executor,
  workspaceId: string,
  roleId: string,
): Promise<void> {
  const role = await db
    .selectFrom('roles')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roleId)
    .executeTakeFirst();
  if (!role)
    throw new AppError('validation_failed', 'No such role', {
      fields: { 'body.roleId': ['no such role'] },
    });
}
