import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { assertVersion, notFound, versionConflict } from '../../platform/errors/app-error.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { assertOwner } from '../../platform/workspaces/owner.ts';
import {
  type ClientFilter,
  type ClientRow,
  clientSorts,
  findClientRows,
  getClientRow,
  insertClient,
} from './clients.repository.ts';
import type { clientCreateBody, clientUpdateBody } from './clients.schema.ts';

export const presentClient = (r: ClientRow) => ({
  id: r.id,
  number: r.number,
  name: r.name,
  legalName: r.legal_name,
  industry: r.industry,
  country: r.country,
  tier: r.tier,
  status: r.status,
  owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
  tags: r.tags,
  taxId: r.tax_id,
  billingEmail: r.billing_email,
  billingAddress: r.billing_address,
  billingPhone: r.billing_phone,
  billingBank: r.billing_bank,
  creditLimitMinor: r.credit_limit_minor,
  paymentTermsDays: r.payment_terms_days,
  contactCount: Number(r.contact_count ?? 0),
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

type ClientInput = z.infer<typeof clientCreateBody>;
type ClientUpdate = z.infer<typeof clientUpdateBody>;

/** Client fields as columns; undefined leaves a column as it is. */
function toColumns(input: Partial<ClientInput>) {
  return {
    name: input.name,
    legal_name: input.legalName,
    industry: input.industry,
    country: input.country,
    tier: input.tier,
    status: input.status,
    owner_id: input.ownerId,
    tags: input.tags,
    tax_id: input.taxId,
    billing_email: input.billingEmail,
    billing_address: input.billingAddress,
    billing_phone: input.billingPhone,
    billing_bank: input.billingBank,
    credit_limit_minor: input.creditLimitMinor,
    payment_terms_days: input.paymentTermsDays,
  };
}

/** The owner must be an active member of the workspace. */
export async function listClients(
  ctx: Ctx,
  query: ClientFilter & { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  const k = keyset(clientSorts, 'clients.id', query.sort ?? 'name', query.cursor);
  const rows = await findClientRows(ctx.db, workspaceOf(ctx), partyOf(ctx), query, k, query.limit);
  return keysetPage(rows, k, query.limit, presentClient);
}

export async function getClient(ctx: Ctx, id: string) {
  const row = await getClientRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!row) throw notFound('Client');
  return presentClient(row);
}

export async function createClient(ctx: Ctx, input: ClientInput) {
  await assertOwner(ctx, input.ownerId);
  const id = await ctx.db.transaction().execute((trx) => insertNewClient(trx, ctx, input));
  return getClient(ctx, id);
}

/** Creates a client in the caller's transaction (one by one, or many in an import). */
export async function insertNewClient(trx: Executor, ctx: Ctx, input: ClientInput) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  const number = await nextNumber(trx, workspaceId, 'CLI');
  const now = isoNow(ctx.clock);
  const columns = toColumns(input);
  await insertClient(trx, {
    ...columns,
    id,
    workspace_id: workspaceId,
    number,
    name: input.name,
    tier: input.tier,
    status: input.status,
    tags: JSON.stringify(input.tags),
    created_at: now,
    updated_at: now,
    created_by: ctx.actor.userId,
  });
  await audit(trx, ctx, {
    action: 'client.create',
    entityType: 'client',
    entityId: id,
    changes: created({ number, ...columns }),
  });
  await recordEvent(trx, ctx, 'client.created', { clientId: id });
  return id;
}

export async function updateClient(ctx: Ctx, id: string, input: ClientUpdate) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getClientRow(trx, workspaceId, id);
    if (!before) throw notFound('Client');
    assertVersion(before, input.version);
    const columns = toColumns(input);
    const written = await updateVersioned(
      trx,
      'clients',
      { workspaceId, id, version: input.version },
      {
        ...columns,
        tags: columns.tags ? JSON.stringify(columns.tags) : undefined,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'client.update',
      entityType: 'client',
      entityId: id,
      changes: diff(before, columns),
    });
  });
  return getClient(ctx, id);
}

/** Clients are archived, never deleted: contracts and invoices will point at them. */
export async function setClientArchived(ctx: Ctx, id: string, version: number, archived: boolean) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getClientRow(trx, workspaceId, id);
    if (!before) throw notFound('Client');
    const archivedAt = archived ? (before.archived_at ?? isoNow(ctx.clock)) : null;
    const written = await updateVersioned(
      trx,
      'clients',
      { workspaceId, id, version },
      {
        archived_at: archivedAt,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: archived ? 'client.archive' : 'client.restore',
      entityType: 'client',
      entityId: id,
      changes: { archivedAt: { before: before.archived_at, after: archivedAt } },
    });
  });
  return getClient(ctx, id);
}
