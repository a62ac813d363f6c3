import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { membershipColumns } from '../workspaces/members.repository.ts';
import type { ApiTokenTable } from './auth.table.ts';

/** A live token with its user's active membership in the token's workspace, in one query. */
export function findApiTokenIdentity(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .innerJoin('members', (join) =>
      join
        .onRef('members.workspace_id', '=', 'api_tokens.workspace_id')
        .onRef('members.user_id', '=', 'api_tokens.user_id')
        .on('members.status', '=', 'active'),
    )
    .innerJoin('roles', 'roles.id', 'members.role_id')
    .select([
      'api_tokens.id',
      'api_tokens.workspace_id',
      'api_tokens.user_id',
      'api_tokens.name',
      'api_tokens.last_used_at',
      'users.email',
      'users.time_zone',
      ...membershipColumns,
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
}

export function touchApiToken(db: Executor, id: string, at: string) {
  return db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export function insertApiToken(db: Executor, row: Insertable<ApiTokenTable>) {
  return db.insertInto('api_tokens').values(row).execute();
}

export function findUserApiTokens(db: Executor, userId: string, workspaceId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
}

export function getUserApiToken(db: Executor, userId: string, workspaceId: string, id: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'revoked_at'])
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function revokeApiToken(db: Executor, id: string, at: string) {
  return db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}
