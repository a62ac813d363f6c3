import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { isPermission, type Permission } from '../access/permissions.ts';
import type { Clock } from '../clock.ts';
import type { Actor, Membership } from '../context.ts';
import { hashToken } from '../crypto.ts';
import { findActiveMembership } from '../workspaces/members.repository.ts';
import { findApiTokenByHash, touchApiToken } from './api-tokens.repository.ts';
import {
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
} from './session-policy.ts';
import { findSessionByHash, touchSession } from './sessions.repository.ts';
import { findUserById } from './users.repository.ts';

export type Identity = {
  actor: Actor;
  membership: Membership | null;
  /** How the caller proved who they are: cookie callers must also pass the CSRF check. */
  via: 'session' | 'api_token' | null;
  sessionId: string | null;
};

export const anonymousIdentity: Identity = {
  actor: { type: 'anonymous', id: null, label: null, userId: null },
  membership: null,
  via: null,
  sessionId: null,
};

export const API_TOKEN_PREFIX = 'pat_';

export async function resolveIdentity(
  db: Db,
  clock: Clock,
  request: FastifyRequest,
): Promise<Identity> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return fromApiToken(db, clock, bearer);
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) return fromSession(db, clock, cookie);
  return anonymousIdentity;
}

async function fromSession(db: Db, clock: Clock, token: string): Promise<Identity> {
  const session = await findSessionByHash(db, hashToken(token));
  if (!session) return anonymousIdentity;
  const now = clock.now().getTime();
  const idleEnds = Date.parse(session.last_seen_at) + SESSION_IDLE_MS;
  const absoluteEnds = Date.parse(session.created_at) + SESSION_ABSOLUTE_MS;
  if (now >= idleEnds || now >= absoluteEnds) return anonymousIdentity;
  if (now - Date.parse(session.last_seen_at) > SESSION_TOUCH_MS) {
    await touchSession(db, session.id, clock.now().toISOString());
  }
  const user = await findUserById(db, session.user_id);
  if (!user) return anonymousIdentity;
  return {
    actor: { type: 'user', id: user.id, label: user.email, userId: user.id },
    membership: session.workspace_id ? await membershipOf(db, session.workspace_id, user.id) : null,
    via: 'session',
    sessionId: session.id,
  };
}

async function fromApiToken(db: Db, clock: Clock, token: string): Promise<Identity> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return anonymousIdentity;
  const row = await findApiTokenByHash(db, hashToken(token));
  if (!row || row.revoked_at) return anonymousIdentity;
  const membership = await membershipOf(db, row.workspace_id, row.user_id);
  // A token outlives nothing: a disabled member's tokens stop working with them.
  if (!membership) return anonymousIdentity;
  const now = clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > SESSION_TOUCH_MS) {
    await touchApiToken(db, row.id, now.toISOString());
  }
  return {
    actor: {
      type: 'api_token',
      id: row.id,
      label: `${row.email} (${row.name})`,
      userId: row.user_id,
    },
    membership,
    via: 'api_token',
    sessionId: null,
  };
}

export async function membershipOf(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<Membership | null> {
  const row = await findActiveMembership(db, workspaceId, userId);
  if (!row) return null;
  return {
    workspaceId,
    memberId: row.id,
    roleId: row.role_id,
    permissions: new Set(row.permissions.filter(isPermission)) as ReadonlySet<Permission>,
    party: row.party_type && row.party_id ? { type: row.party_type, id: row.party_id } : null,
  };
}
