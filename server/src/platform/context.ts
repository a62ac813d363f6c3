import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Permission } from './access/permissions.ts';
import type { ActorType } from './audit/audit.table.ts';
import { type Clock, isoDayIn } from './clock.ts';
import { AppError } from './errors/app-error.ts';
import type { PartyType } from './workspaces/workspaces.table.ts';

/** Who acts: a signed-in user, a user's API token, the system (jobs), or nobody yet. */
export type Actor = {
  type: ActorType;
  id: string | null;
  label: string | null;
  userId: string | null;
  /** The user's zone: "today" for them is the day there. Absent for the system: UTC. */
  timeZone?: string;
};

/** The actor's standing in the current workspace. */
export type Membership = {
  workspaceId: string;
  memberId: string;
  roleId: string;
  permissions: ReadonlySet<Permission>;
  /** Set for portal users: they see only what belongs to this client or supplier. */
  party: { type: PartyType; id: string } | null;
};

export type Deps = {
  db: Db;
  config: Config;
  clock: Clock;
};

/** Everything a service function needs to know about the call it serves. */
export type Ctx = Deps & {
  actor: Actor;
  membership: Membership | null;
  requestId: string | null;
  ip: string | null;
};

export const anonymousActor: Actor = { type: 'anonymous', id: null, label: null, userId: null };
export const systemActor: Actor = { type: 'system', id: null, label: 'system', userId: null };

/** Today's calendar day where the caller is: what "today" means in a date they enter. */
export const todayOf = (ctx: Pick<Ctx, 'clock' | 'actor'>): string =>
  isoDayIn(ctx.clock, ctx.actor.timeZone ?? 'UTC');

/** The workspace comes from the session or token, never from the request. */
export function workspaceOf(ctx: Ctx): string {
  if (!ctx.membership) throw new AppError('forbidden', 'No workspace is selected');
  return ctx.membership.workspaceId;
}

export function userOf(ctx: Ctx): string {
  if (!ctx.actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  return ctx.actor.userId;
}

/** The system acting inside one workspace (daily jobs): audited to that workspace's chain. */
export function systemCtx(deps: Deps, workspaceId: string): Ctx {
  return {
    ...deps,
    actor: systemActor,
    membership: {
      workspaceId,
      memberId: 'system',
      roleId: 'system',
      permissions: new Set(),
      party: null,
    },
    requestId: null,
    ip: null,
  };
}
