import type { Executor } from '../../db/database.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import { type WorkerDocument, workerDocuments } from './settings.table.ts';

/** Used until a workspace saves its own settings. */
export const DEFAULT_MARGIN_FLOOR_PERCENT = 15;
export const DEFAULT_ALERT_PERCENT = 90;

export const exchangeRateSorts = { day: 'exchange_rates.on_date' };

export async function getSettingsRow(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('workspaces')
    .leftJoin('workspace_settings as s', 's.workspace_id', 'workspaces.id')
    .select([
      'workspaces.base_currency',
      'workspaces.locale',
      's.margin_floor_percent',
      's.worker_documents',
      's.spi_alert_percent',
      's.cpi_alert_percent',
    ])
    .where('workspaces.id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return {
    baseCurrency: row.base_currency,
    locale: row.locale,
    marginFloorPercent: row.margin_floor_percent ?? DEFAULT_MARGIN_FLOOR_PERCENT,
    workerDocuments: row.worker_documents ?? [...workerDocuments],
    spiAlertPercent: row.spi_alert_percent ?? DEFAULT_ALERT_PERCENT,
    cpiAlertPercent: row.cpi_alert_percent ?? DEFAULT_ALERT_PERCENT,
  };
}

/** Saves the settings a workspace has changed; the first save creates its row. */
export function upsertSettings(
  db: Executor,
  workspaceId: string,
  values: {
    marginFloorPercent: number;
    workerDocuments: readonly WorkerDocument[];
    spiAlertPercent: number;
    cpiAlertPercent: number;
  },
  at: string,
) {
  const row = {
    margin_floor_percent: values.marginFloorPercent,
    worker_documents: JSON.stringify(values.workerDocuments),
    spi_alert_percent: values.spiAlertPercent,
    cpi_alert_percent: values.cpiAlertPercent,
    updated_at: at,
  };
  return db
    .insertInto('workspace_settings')
    .values({ workspace_id: workspaceId, ...row })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(row))
    .execute();
}

/**
 * Whether any contract has locked an exchange rate to the base currency: changing the base
 * afterwards would make those locked rates mean something else.
 */
export async function hasLockedRates(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('contracts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('fx_rate', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function findExchangeRateRows(
  db: Executor,
  workspaceId: string,
  currency: string | undefined,
  k: Keyset,
  limit: number,
) {
  let q = db
    .selectFrom('exchange_rates')
    .selectAll()
    .where('exchange_rates.workspace_id', '=', workspaceId);
  if (currency) q = q.where('exchange_rates.currency', '=', currency);
  return applyKeyset(q, k, limit).execute();
}

export function getExchangeRateRow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('exchange_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findExchangeRateOn(
  db: Executor,
  workspaceId: string,
  currency: string,
  date: string,
) {
  return db
    .selectFrom('exchange_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('currency', '=', currency)
    .where('on_date', '=', date)
    .executeTakeFirst();
}

/** The newest rate entered on or before the date. */
export function findRateInForce(db: Executor, workspaceId: string, currency: string, date: string) {
  return db
    .selectFrom('exchange_rates')
    .select(['rate', 'on_date'])
    .where('workspace_id', '=', workspaceId)
    .where('currency', '=', currency)
    .where('on_date', '<=', date)
    .orderBy('on_date', 'desc')
    .limit(1)
    .executeTakeFirst();
}
