import { type Deps, systemCtx } from '../../../platform/context.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { majorString } from '../../../platform/money.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { exposureOf } from '../receivables/exposure.service.ts';
import { marginAtRisk } from './financial-risk.service.ts';

/** The workspaces whose day it is. */
async function workspacesToWatch(deps: Deps, scope: DayScope) {
  if (scope.workspaceIds) return scope.workspaceIds;
  return (await deps.db.selectFrom('workspaces').select('id').execute()).map((w) => w.id);
}

/**
 * Daily: the project manager and the finance approvers hear when a project's margin at
 * completion falls below the workspace's floor, and finance and the client's owner when a
 * client owes more than its credit limit; each once a month while it lasts.
 */
export async function runRiskAlerts(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const month = scope.today.slice(0, 7);
  let told = 0;
  for (const workspaceId of await workspacesToWatch(deps, scope)) {
    const ctx = systemCtx(deps, workspaceId);
    const finance = await usersWith(deps.db, workspaceId, 'finance:approve');
    const { marginFloorPercent } = await getSettingsRow(deps.db, workspaceId);
    for (const p of await marginAtRisk(ctx, marginFloorPercent)) {
      await notify(deps.db, deps.clock, [...finance, ...(p.managerId ? [p.managerId] : [])], {
        workspaceId,
        kind: 'project.margin_at_risk',
        params: { project: p.project.number, margin: p.marginPercent, floor: marginFloorPercent },
        link: `/projects/${p.project.id}`,
        uniqueKey: `margin:${p.project.id}:${month}`,
      });
      told += 1;
    }
    const clients = await deps.db
      .selectFrom('invoices')
      .select('client_id')
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'issued')
      .where('base_open_minor', '>', 0)
      .execute();
    for (const { client_id } of clients) {
      const e = await exposureOf(ctx, client_id);
      if (!e?.overLimit) continue;
      await notify(
        deps.db,
        deps.clock,
        [...finance, ...(e.client.ownerId ? [e.client.ownerId] : [])],
        {
          workspaceId,
          kind: 'client.over_limit',
          params: {
            client: e.client.name,
            open: `${e.currency} ${majorString(e.openMinor, e.currency)}`,
            limit: `${e.currency} ${majorString(e.creditLimitMinor ?? 0, e.currency)}`,
          },
          link: `/clients/${client_id}`,
          uniqueKey: `credit:${client_id}:${month}`,
        },
      );
      told += 1;
    }
  }
  return told;
}
