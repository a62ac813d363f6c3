import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { removeDocumentsOf } from '../../../platform/documents/index.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { getSupplierRow } from '../suppliers.repository.ts';
import type { SupplierQualificationTable } from '../suppliers.table.ts';
import { qualificationDocuments } from './qualification-documents.ts';
import type { qualificationBody } from './qualifications.schema.ts';

/** Qualifications ending within this many days show as expiring. */
export const EXPIRING_WITHIN_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export function qualificationStatus(validTo: string | null, today: string) {
  if (validTo === null) return 'valid' as const;
  if (validTo < today) return 'expired' as const;
  const daysLeft = (Date.parse(validTo) - Date.parse(today)) / DAY_MS;
  return daysLeft <= EXPIRING_WITHIN_DAYS ? ('expiring' as const) : ('valid' as const);
}

const present = (q: Selectable<SupplierQualificationTable>, today: string) => ({
  id: q.id,
  kind: q.kind,
  name: q.name,
  number: q.number,
  issuer: q.issuer,
  validFrom: q.valid_from,
  validTo: q.valid_to,
  mandatory: q.mandatory,
  status: qualificationStatus(q.valid_to, today),
  createdAt: q.created_at,
});

/** The supplier as the caller may see it: a portal user only their own. */
async function visibleSupplier(db: Executor, ctx: Ctx, supplierId: string) {
  const supplier = await getSupplierRow(db, workspaceOf(ctx), supplierId, partyOf(ctx));
  if (!supplier) throw notFound('Supplier');
  return supplier;
}

export async function listQualifications(ctx: Ctx, supplierId: string) {
  await visibleSupplier(ctx.db, ctx, supplierId);
  const rows = await ctx.db
    .selectFrom('supplier_qualifications')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('supplier_id', '=', supplierId)
    .orderBy('valid_to')
    .orderBy('id')
    .execute();
  const today = todayOf(ctx);
  return rows.map((q) => present(q, today));
}

/** Suppliers of the list whose mandatory qualification has run out. */
export async function suppliersWithExpiredMandatory(
  db: Executor,
  workspaceId: string,
  supplierIds: string[],
  today: string,
): Promise<Set<string>> {
  if (supplierIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('supplier_qualifications')
    .select('supplier_id')
    .where('workspace_id', '=', workspaceId)
    .where('supplier_id', 'in', supplierIds)
    .where('mandatory', '=', true)
    .where('valid_to', '<', today)
    .groupBy('supplier_id')
    .execute();
  return new Set(rows.map((r) => r.supplier_id));
}

/** Internal users and the supplier itself record qualifications; only we say which are mandatory. */
export async function addQualification(
  ctx: Ctx,
  supplierId: string,
  input: z.infer<typeof qualificationBody>,
) {
  const workspaceId = workspaceOf(ctx);
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw new AppError('validation_failed', 'It ends before it starts', {
      fields: { 'body.validTo': ['before validFrom'] },
    });
  }
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await visibleSupplier(trx, ctx, supplierId);
    const now = isoNow(ctx.clock);
    const values = {
      supplier_id: supplierId,
      kind: input.kind,
      name: input.name,
      number: input.number ?? null,
      issuer: input.issuer ?? null,
      valid_from: input.validFrom ?? null,
      valid_to: input.validTo ?? null,
      mandatory: partyOf(ctx) ? false : input.mandatory,
    };
    await trx
      .insertInto('supplier_qualifications')
      .values({
        ...values,
        id,
        workspace_id: workspaceId,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'qualification.create',
      entityType: 'qualification',
      entityId: id,
      changes: created(values),
    });
  });
  return listQualifications(ctx, supplierId);
}

/** The qualification's id when it belongs to this supplier. */
export async function qualificationIdOf(
  db: Executor,
  workspaceId: string,
  supplierId: string,
  id: string,
) {
  const found = await db
    .selectFrom('supplier_qualifications')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('supplier_id', '=', supplierId)
    .where('id', '=', id)
    .executeTakeFirst();
  return found?.id;
}

export async function removeQualification(ctx: Ctx, supplierId: string, qualificationId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await visibleSupplier(trx, ctx, supplierId);
    const r = await trx
      .deleteFrom('supplier_qualifications')
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('supplier_id', '=', supplierId)
      .where('id', '=', qualificationId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Qualification');
    const files = await removeDocumentsOf(
      trx,
      workspaceOf(ctx),
      qualificationDocuments,
      qualificationId,
    );
    await audit(trx, ctx, {
      action: 'qualification.delete',
      entityType: 'qualification',
      entityId: qualificationId,
      changes: { documents: { before: files } },
    });
  });
  return listQualifications(ctx, supplierId);
}
