import type { Executor } from '../../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { convertMinor } from '../../../platform/money.ts';
import { clientName } from '../../clients/index.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { listProjects, projectEvm } from '../../projects/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { fxExposure } from './fx-exposure.ts';
import { unbilledTime } from './unbilled-time.ts';

/** Revenue invoiced per client over the last year, net of credit notes, and its share. */
async function concentration(db: Executor, workspaceId: string, base: string, today: string) {
  const rows = await db
    .selectFrom('invoices')
    .select(['client_id', 'net_minor', 'currency', 'fx_rate'])
    .select((eb) => clientName(db, eb.ref('invoices.client_id')).as('client_name'))
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'issued')
    .where('issue_date', '>', addDays(today, -365))
    .execute();
  const byClient = new Map<
    string,
    { client: { id: string; name: string }; revenueMinor: number }
  >();
  for (const r of rows) {
    const c = byClient.get(r.client_id) ?? {
      client: { id: r.client_id, name: r.client_name ?? '' },
      revenueMinor: 0,
    };
    c.revenueMinor += convertMinor(r.net_minor, r.currency, base, r.fx_rate ?? '1');
    byClient.set(r.client_id, c);
  }
  const total = [...byClient.values()].reduce((s, c) => s + c.revenueMinor, 0);
  return [...byClient.values()]
    .sort((a, b) => b.revenueMinor - a.revenueMinor)
    .map((c) => ({
      ...c,
      sharePercent: total > 0 ? Math.round((c.revenueMinor / total) * 1000) / 10 : null,
    }));
}

/**
 * Projects whose margin at completion (the contract's value less the estimate at completion,
 * over the value) falls below the workspace's floor; projects without a baseline or whose
 * contract is in another currency than their budget are left out.
 */
export async function marginAtRisk(ctx: Ctx, floorPercent: number) {
  const { items } = await listProjects(ctx, { limit: 200 });
  const rows = [];
  for (const p of items) {
    if (!p.contract || p.phase === 'closed') continue;
    const contract = await clientContractOf(ctx.db, workspaceOf(ctx), p.contract.id);
    const { evm } = await projectEvm(ctx, p.id);
    if (!contract || !evm || evm.eac === null || evm.currency !== contract.currency) continue;
    if (contract.valueMinor <= 0) continue;
    const marginPercent =
      Math.round(((contract.valueMinor - evm.eac) / contract.valueMinor) * 1000) / 10;
    if (marginPercent >= floorPercent) continue;
    rows.push({
      project: { id: p.id, number: p.number, name: p.name },
      managerId: p.manager?.id ?? null,
      currency: contract.currency,
      contractValueMinor: contract.valueMinor,
      eacMinor: evm.eac,
      marginPercent,
    });
  }
  return rows;
}

/** Work done and not yet invoiced on time-and-materials contracts, as a draft would take it. */
async function unbilledWork(ctx: Ctx) {
  const rows = await unbilledTime(ctx.db, workspaceOf(ctx), { billedBy: 'any' });
  return rows.map(({ contractId: _, clientId: __, ...row }) => row);
}

/**
 * Financial risk today: exposure to each foreign currency, how much of the last year's
 * revenue each client brings, work done and not yet invoiced, and the projects heading below
 * the margin floor.
 */
export async function financialRisk(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const settings = await getSettingsRow(ctx.db, workspaceId);
  const base = settings.baseCurrency;
  return {
    asOf: today,
    currency: base,
    marginFloorPercent: settings.marginFloorPercent,
    fxExposure: await fxExposure(ctx.db, workspaceId, base, today),
    concentration: await concentration(ctx.db, workspaceId, base, today),
    unbilledWork: await unbilledWork(ctx),
    marginAtRisk: (await marginAtRisk(ctx, settings.marginFloorPercent)).map(
      ({ managerId: _, ...row }) => row,
    ),
  };
}
