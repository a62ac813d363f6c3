import { sql } from 'kysely';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { getClientRow } from '../../clients/index.ts';
import { getSettingsRow } from '../../settings/index.ts';

/** Days sales outstanding are measured over this many days of invoicing. */
const DSO_DAYS = 90;

/**
 * What a client owes us today against its credit limit, in base currency: open and overdue
 * receivables, what the limit leaves, and days sales outstanding (open receivables over the
 * last ninety days' invoicing, in days; null without invoicing).
 */
export async function clientExposure(ctx: Ctx, clientId: string) {
  const exposure = await exposureOf(ctx, clientId);
  if (!exposure) throw notFound('Client');
  const { client: _, ...figures } = exposure;
  return figures;
}

/** A client's exposure, or null when it is not the workspace's. */
export async function exposureOf(ctx: Ctx, clientId: string) {
  const workspaceId = workspaceOf(ctx);
  const client = await getClientRow(ctx.db, workspaceId, clientId);
  if (!client) return null;
  const today = todayOf(ctx);
  const since = addDays(today, -DSO_DAYS);
  const row = await ctx.db
    .selectFrom('invoices')
    .select([
      sql<string>`coalesce(sum(case when kind = 'invoice' and base_open_minor > 0 then base_open_minor else 0 end), 0)`.as(
        'open',
      ),
      sql<string>`coalesce(sum(case when kind = 'invoice' and base_open_minor > 0 and due_date < ${today} then base_open_minor else 0 end), 0)`.as(
        'overdue',
      ),
      sql<string>`coalesce(sum(case when issue_date > ${since} then base_total_minor else 0 end), 0)`.as(
        'invoiced',
      ),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where('status', '=', 'issued')
    .executeTakeFirstOrThrow();
  const open = Number(row.open);
  const invoiced = Number(row.invoiced);
  const limit = client.credit_limit_minor;
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return {
    client: { name: client.name, ownerId: client.owner_id },
    currency: baseCurrency,
    openMinor: open,
    overdueMinor: Number(row.overdue),
    creditLimitMinor: limit,
    availableMinor: limit === null ? null : limit - open,
    overLimit: limit !== null && open > limit,
    dsoDays: invoiced > 0 ? Math.round((open / invoiced) * DSO_DAYS) : null,
  };
}
