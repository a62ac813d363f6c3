import { type ReferenceExpression, type SelectQueryBuilder, sql } from 'kysely';
import type { Membership } from '../context.ts';
import type { PartyType } from '../workspaces/workspaces.table.ts';

/** The caller's client or supplier, for portal users; null for internal members. */
export type Party = Membership['party'];

/** `ctx.membership.party`, for services handing it to repositories. */
export const partyOf = (ctx: { membership: Membership | null }): Party =>
  ctx.membership?.party ?? null;

/**
 * The one way modules scope a query for portal users. Internal members see every row; a
 * client or supplier portal user sees only rows whose column for their party holds their
 * party's id. A query that names no column for the caller's kind of party returns nothing:
 * what a module did not mean to show a portal, the portal does not see.
 */
export function whereParty<DB, TB extends keyof DB, O>(
  qb: SelectQueryBuilder<DB, TB, O>,
  party: Party,
  columns: Partial<Record<PartyType, ReferenceExpression<DB, TB>>>,
): SelectQueryBuilder<DB, TB, O> {
  if (!party) return qb;
  const column = columns[party.type];
  if (!column) return qb.where(sql<boolean>`1 = 0`);
  return qb.where(column, '=', party.id as never);
}
