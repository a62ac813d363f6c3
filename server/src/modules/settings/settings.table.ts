import type { Json, Timestamp, Version } from '../../db/column.ts';

export const workerDocuments = ['nda', 'dpa', 'background_check'] as const;
export type WorkerDocument = (typeof workerDocuments)[number];

export type WorkspaceSettingsTable = {
  workspace_id: string;
  /** Margin under this percentage is flagged in back-to-back previews. */
  margin_floor_percent: number;
  /** Documents a supplier worker must hold valid to keep access; null means all of them. */
  worker_documents: Json<WorkerDocument[]> | null;
  /** A project's SPI or CPI below this percentage raises an alert; null means 90. */
  spi_alert_percent: number | null;
  cpi_alert_percent: number | null;
  updated_at: Timestamp;
};

export type ExchangeRateTable = {
  id: string;
  workspace_id: string;
  currency: string;
  on_date: string;
  /** Decimal text: one unit of `currency` expressed in the workspace's base currency. */
  rate: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type SettingsTables = {
  workspace_settings: WorkspaceSettingsTable;
  exchange_rates: ExchangeRateTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends SettingsTables {}
}
