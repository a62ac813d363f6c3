import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { isPermission, type Permission } from '../access/permissions.ts';
import type { Clock } from '../clock.ts';
import type { Actor, Membership } from '../context.ts';
import { hashToken } from '../crypto.ts';
import { findActiveMembership } from '../workspaces/members.repository.ts';
import type { PartyType } from '../workspaces/workspaces.table.ts';
import { findApiTokenIdentity, touchApiToken } from './api-tokens.repository.ts';
import {
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
} from './session-policy.ts';
import { findSessionIdentity, touchSession } from './sessions.repository.ts';

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
  const row = await findSessionIdentity(db, hashToken(token));
  if (!row) return anonymousIdentity;
  const now = clock.now().getTime();
  const idleEnds = Date.parse(row.last_seen_at) + SESSION_IDLE_MS;
  const absoluteEnds = Date.parse(row.created_at) + SESSION_ABSOLUTE_MS;
  if (now >= idleEnds || now >= absoluteEnds) return anonymousIdentity;
  if (now - Date.parse(row.last_seen_at) > SESSION_TOUCH_MS) {
    await touchSession(db, row.id, clock.now().toISOString());
  }
  return {
    actor: {
      type: 'user',
      id: row.user_id,
      label: row.email,
      userId: row.user_id,
      timeZone: row.time_zone,
    },
    membership: row.workspace_id ? toMembership(row.workspace_id, row) : null,
    via: 'session',
    sessionId: row.id,
  };
}

async function fromApiToken(db: Db, clock: Clock, token: string): Promise<Identity> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return anonymousIdentity;
  // Only a token whose user is still an active member resolves: disabling a member stops their tokens.
  const row = await findApiTokenIdentity(db, hashToken(token));
  if (!row) return anonymousIdentity;
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
      timeZone: row.time_zone,
    },
    membership: toMembership(row.workspace_id, row),
    via: 'api_token',
    sessionId: null,
  };
}

type MembershipRow = {
  member_id: string | null;
  role_id: string | null;
  role_key: string | null;
  party_type: PartyType | null;
  party_id: string | null;
  permissions: string[] | null;
};

/** A portal role is only as good as its binding: unbound, it may do nothing at all. */
const portalParty: Record<string, PartyType> = {
  client_portal: 'client',
  supplier_portal: 'supplier',
};

function toMembership(workspaceId: string, row: MembershipRow): Membership | null {
  if (!row.member_id || !row.role_id) return null;
  const party = row.party_type && row.party_id ? { type: row.party_type, id: row.party_id } : null;
  const needs = row.role_key ? portalParty[row.role_key] : undefined;
  const unbound = needs !== undefined && party?.type !== needs;
  return {
    workspaceId,
    memberId: row.member_id,
    roleId: row.role_id,
    permissions: new Set(
      unbound ? [] : (row.permissions ?? []).filter(isPermission),
    ) as ReadonlySet<Permission>,
    party,
  };
}

export async function membershipOf(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<Membership | null> {
  const row = await findActiveMembership(db, workspaceId, userId);
  return row ? toMembership(workspaceId, row) : null;
}
