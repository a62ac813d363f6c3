import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { applyKeyset, type Keyset } from '../http/keyset.ts';
import { newId } from '../ids.ts';
import type { MemberStatus } from './workspaces.table.ts';

const memberColumns = [
  'members.id',
  'members.workspace_id',
  'members.user_id',
  'members.role_id',
  'members.status',
  'members.party_type',
  'members.party_id',
  'members.created_at',
  'members.updated_at',
  'members.version',
  'members.name',
  'users.email',
  'roles.key as role_key',
  'roles.name as role_name',
] as const;

function memberQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('members')
    .innerJoin('users', 'users.id', 'members.user_id')
    .innerJoin('roles', 'roles.id', 'members.role_id')
    .where('members.workspace_id', '=', workspaceId);
}

export type MemberRow = Awaited<ReturnType<typeof getMemberRow>>;

export function getMemberRow(db: Executor, workspaceId: string, memberId: string) {
  return memberQuery(db, workspaceId)
    .select(memberColumns)
    .where('members.id', '=', memberId)
    .executeTakeFirst();
}

/** The member list's allow-listed sorts; each is indexed with the workspace and the id. */
export const memberSorts = { name: 'members.name', createdAt: 'members.created_at' };

export type MemberListQuery = {
  limit: number;
  keyset: Keyset;
  q?: string | undefined;
  status?: MemberStatus | undefined;
  roleId?: string | undefined;
};

export function findMemberRows(db: Executor, workspaceId: string, query: MemberListQuery) {
  let qb = memberQuery(db, workspaceId).select(memberColumns);
  if (query.status) qb = qb.where('members.status', '=', query.status);
  if (query.roleId) qb = qb.where('members.role_id', '=', query.roleId);
  if (query.q) {
    const text = query.q;
    qb = qb.where((eb) => anyContains(eb, ['members.name', 'users.email'], text));
  }
  return applyKeyset(qb, query.keyset, query.limit).execute();
}

/** What the access guard needs of a membership, for queries that join members and roles. */
export const membershipColumns = [
  'members.id as member_id',
  'members.role_id',
  'members.party_type',
  'members.party_id',
  'roles.key as role_key',
  'roles.permissions',
] as const;

/** An active member's role and party in a workspace: what the access guard needs. */
export function findActiveMembership(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('members')
    .innerJoin('roles', 'roles.id', 'members.role_id')
    .select(membershipColumns)
    .where('members.workspace_id', '=', workspaceId)
    .where('members.user_id', '=', userId)
    .where('members.status', '=', 'active')
    .executeTakeFirst();
}

/** The workspaces where the user's membership has the status: active, unless asked. */
export function findUserWorkspaces(db: Executor, userId: string, status: MemberStatus = 'active') {
  return db
    .selectFrom('members')
    .innerJoin('workspaces', 'workspaces.id', 'members.workspace_id')
    .select(['workspaces.id', 'workspaces.name'])
    .where('members.user_id', '=', userId)
    .where('members.status', '=', status)
    .orderBy('workspaces.name')
    .execute();
}

/** A user's new name reaches every membership in the same transaction as the rename. */
export function renameMember(db: Executor, userId: string, name: string) {
  return db.updateTable('members').set({ name }).where('user_id', '=', userId).execute();
}

export type NewMember = {
  workspaceId: string;
  userId: string;
  roleId: string;
  name: string;
  createdBy: string | null;
  at: string;
};

/** An active, internal member; a user already in the workspace is left as they are. */
export async function insertMember(db: Executor, m: NewMember): Promise<string> {
  const id = newId();
  await db
    .insertInto('members')
    .values({
      id,
      workspace_id: m.workspaceId,
      user_id: m.userId,
      role_id: m.roleId,
      name: m.name,
      status: 'active',
      party_type: null,
      party_id: null,
      created_at: m.at,
      updated_at: m.at,
      created_by: m.createdBy,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
    .execute();
  return id;
}
