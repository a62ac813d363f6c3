import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { assertVersion, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { getSupplierRow } from '../suppliers.repository.ts';
import type { SupplierContactTable } from '../suppliers.table.ts';
import type { supplierContactBody, supplierContactUpdateBody } from './supplier-contacts.schema.ts';

const present = (c: Selectable<SupplierContactTable>) => ({
  id: c.id,
  name: c.name,
  title: c.title,
  email: c.email,
  phone: c.phone,
  role: c.role,
  version: c.version,
});

/** The supplier as the caller may see it: a supplier portal user only their own. */
async function visibleSupplier(db: Executor, ctx: Ctx, supplierId: string) {
  if (!(await getSupplierRow(db, workspaceOf(ctx), supplierId, partyOf(ctx))))
    throw notFound('Supplier');
}

function contactRows(db: Executor, workspaceId: string, supplierId: string) {
  return db
    .selectFrom('supplier_contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('supplier_id', '=', supplierId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function listSupplierContacts(ctx: Ctx, supplierId: string) {
  await visibleSupplier(ctx.db, ctx, supplierId);
  return (await contactRows(ctx.db, workspaceOf(ctx), supplierId)).map(present);
}

const toColumns = (input: Partial<z.infer<typeof supplierContactBody>>) => ({
  name: input.name,
  title: input.title,
  email: input.email,
  phone: input.phone,
  role: input.role,
});

export async function addSupplierContact(
  ctx: Ctx,
  supplierId: string,
  input: z.infer<typeof supplierContactBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await visibleSupplier(trx, ctx, supplierId);
    const id = newId();
    const now = isoNow(ctx.clock);
    const values = { ...toColumns(input), name: input.name, role: input.role };
    await trx
      .insertInto('supplier_contacts')
      .values({
        ...values,
        title: input.title ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        id,
        workspace_id: workspaceId,
        supplier_id: supplierId,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'supplier_contact.create',
      entityType: 'supplier',
      entityId: supplierId,
      changes: created(values),
    });
  });
  return listSupplierContacts(ctx, supplierId);
}

async function contactOf(db: Executor, ctx: Ctx, supplierId: string, id: string) {
  await visibleSupplier(db, ctx, supplierId);
  const row = (await contactRows(db, workspaceOf(ctx), supplierId)).find((c) => c.id === id);
  if (!row) throw notFound('Contact');
  return row;
}

export async function updateSupplierContact(
  ctx: Ctx,
  supplierId: string,
  id: string,
  input: z.infer<typeof supplierContactUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contactOf(trx, ctx, supplierId, id);
    assertVersion(before, input.version);
    const values = toColumns(input);
    const written = await updateVersioned(
      trx,
      'supplier_contacts',
      { workspaceId, id, version: input.version },
      {
        ...values,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'supplier_contact.update',
      entityType: 'supplier',
      entityId: supplierId,
      changes: diff(before, values),
    });
  });
  return listSupplierContacts(ctx, supplierId);
}

export async function removeSupplierContact(ctx: Ctx, supplierId: string, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contactOf(trx, ctx, supplierId, id);
    await trx.deleteFrom('supplier_contacts').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'supplier_contact.delete',
      entityType: 'supplier',
      entityId: supplierId,
      changes: { name: { before: before.name } },
    });
  });
  return listSupplierContacts(ctx, supplierId);
}
