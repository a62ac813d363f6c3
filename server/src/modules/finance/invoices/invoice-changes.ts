import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import type { FieldChanges } from '../../../platform/audit/audit.table.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { type InvoiceRow, invoiceRow } from './invoices.repository.ts';
import type { InvoiceStatus } from './invoices.table.ts';

export async function rowOf(db: Executor, ctx: Ctx, id: string) {
  const row = await invoiceRow(db, workspaceOf(ctx), id);
  if (!row) throw notFound('Invoice');
  return row;
}

/** An invoice read for a change: this workspace's, at the version the caller read, in a status. */
export async function forChange(
  trx: Executor,
  ctx: Ctx,
  id: string,
  version: number,
  status: InvoiceStatus,
  verb: string,
) {
  const row = await rowOf(trx, ctx, id);
  if (row.version !== version) throw versionConflict();
  if (row.status !== status)
    throw new AppError('unprocessable', `Only a ${status} invoice is ${verb}`);
  return row;
}

export async function move(
  trx: Executor,
  ctx: Ctx,
  row: InvoiceRow,
  values: Parameters<typeof updateVersioned<'invoices'>>[3],
  action: string,
  changes: FieldChanges = { status: { before: row.status, after: values.status ?? row.status } },
) {
  const written = await updateVersioned(
    trx,
    'invoices',
    { workspaceId: row.workspace_id, id: row.id, version: row.version },
    { ...values, updated_at: isoNow(ctx.clock) },
  );
  if (!written) throw versionConflict();
  await audit(trx, ctx, {
    action,
    entityType: 'invoice',
    entityId: row.id,
    changes,
  });
}
