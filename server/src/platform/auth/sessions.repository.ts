import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { membershipColumns } from '../workspaces/members.repository.ts';
import type { SessionTable } from './auth.table.ts';

export function insertSession(db: Executor, row: Insertable<SessionTable>) {
  return db.insertInto('sessions').values(row).execute();
}

/** The session, its user and the user's active membership in the session's workspace: one query per request. */
export function findSessionIdentity(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('members', (join) =>
      join
        .onRef('members.workspace_id', '=', 'sessions.workspace_id')
        .onRef('members.user_id', '=', 'sessions.user_id')
        .on('members.status', '=', 'active'),
    )
    .leftJoin('roles', 'roles.id', 'members.role_id')
    .select([
      'sessions.id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.workspace_id',
      'users.id as user_id',
      'users.email',
      'users.time_zone',
      ...membershipColumns,
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchSession(db: Executor, id: string, at: string) {
  return db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export function setSessionWorkspace(db: Executor, id: string, workspaceId: string) {
  return db
    .updateTable('sessions')
    .set({ workspace_id: workspaceId })
    .where('id', '=', id)
    .execute();
}

export function findUserSessions(db: Executor, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'ip', 'user_agent', 'created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function deleteSession(db: Executor, userId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Ends every session of a user, but the one given (the caller's own, when it stays). */
export function deleteUserSessions(db: Executor, userId: string, exceptId: string | null = null) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.execute();
}
