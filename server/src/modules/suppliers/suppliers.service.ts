import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import type { FieldChanges } from '../../platform/audit/audit.table.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../platform/errors/app-error.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { onboardingOf } from './onboarding/onboarding.service.ts';
import { suppliersWithExpiredMandatory } from './qualifications/qualifications.service.ts';
import { needsReason, supplierTransitions } from './supplier-lifecycle.ts';
import {
  findSupplierRows,
  getSupplierRow,
  insertSupplier,
  type SupplierFilter,
  type SupplierRow,
  supplierSorts,
} from './suppliers.repository.ts';
import type {
  supplierCreateBody,
  supplierProfileBody,
  supplierStatusBody,
  supplierUpdateBody,
} from './suppliers.schema.ts';

const canSeeBank = (ctx: Ctx) => Boolean(ctx.membership?.permissions.has('suppliers:bank'));

export const presentSupplier = (r: SupplierRow, showBank: boolean, flagged: Set<string>) => ({
  id: r.id,
  number: r.number,
  name: r.name,
  legalName: r.legal_name,
  country: r.country,
  website: r.website,
  email: r.email,
  phone: r.phone,
  categories: r.categories,
  skills: r.skills,
  regions: r.regions,
  languages: r.languages,
  taxId: r.tax_id,
  bank: showBank ? { name: r.bank_name, account: r.bank_account, swift: r.bank_swift } : null,
  status: r.status,
  statusReason: r.status_reason,
  transitions: supplierTransitions[r.status].map((to) => ({
    status: to,
    needsReason: needsReason(r.status, to),
  })),
  riskTier: r.risk_tier,
  mandatoryQualificationExpired: flagged.has(r.id),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

type SupplierInput = Partial<z.infer<typeof supplierCreateBody>>;

function profileColumns(input: SupplierInput) {
  return {
    website: input.website,
    email: input.email,
    phone: input.phone,
    categories: input.categories,
    skills: input.skills,
    regions: input.regions,
    languages: input.languages,
  };
}

function internalColumns(input: SupplierInput) {
  return {
    name: input.name,
    legal_name: input.legalName,
    country: input.country,
    tax_id: input.taxId,
    risk_tier: input.riskTier,
  };
}

function bankColumns(input: SupplierInput) {
  return {
    bank_name: input.bankName,
    bank_account: input.bankAccount,
    bank_swift: input.bankSwift,
  };
}

/** JSON columns are written as text; everything else as it is. */
function forDb<T extends Record<string, unknown>>(columns: T) {
  return Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]),
  ) as {
    [K in keyof T]: T[K] extends string[] | undefined ? string | undefined : T[K];
  };
}

/** Bank details need their own permission, and their values never enter the audit log. */
function bankChange(ctx: Ctx, input: SupplierInput): FieldChanges {
  const touched = Object.values(bankColumns(input)).some((v) => v !== undefined);
  if (!touched) return {};
  if (!canSeeBank(ctx))
    throw new AppError('forbidden', 'Changing bank details needs the suppliers:bank permission');
  return { bankDetails: { after: 'changed' } };
}

export async function listSuppliers(
  ctx: Ctx,
  query: SupplierFilter & { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  const k = keyset(supplierSorts, 'suppliers.id', query.sort ?? 'name', query.cursor);
  const rows = await findSupplierRows(
    ctx.db,
    workspaceOf(ctx),
    partyOf(ctx),
    query,
    k,
    query.limit,
  );
  const showBank = canSeeBank(ctx);
  const flagged = await flaggedOf(ctx, rows);
  return keysetPage(rows, k, query.limit, (r) => presentSupplier(r, showBank, flagged));
}

const flaggedOf = (ctx: Ctx, rows: { id: string }[]) =>
  suppliersWithExpiredMandatory(
    ctx.db,
    workspaceOf(ctx),
    rows.map((r) => r.id),
    todayOf(ctx),
  );

export async function getSupplier(ctx: Ctx, id: string) {
  const row = await getSupplierRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!row) throw notFound('Supplier');
  return presentSupplier(row, canSeeBank(ctx), await flaggedOf(ctx, [row]));
}

export async function createSupplier(ctx: Ctx, input: z.infer<typeof supplierCreateBody>) {
  const bank = bankChange(ctx, input);
  const id = await ctx.db.transaction().execute((trx) => insertNewSupplier(trx, ctx, input, bank));
  return getSupplier(ctx, id);
}

/** Registers a supplier as a prospect in the caller's transaction; bank checks come first. */
export async function insertNewSupplier(
  trx: Executor,
  ctx: Ctx,
  input: z.infer<typeof supplierCreateBody>,
  bank: FieldChanges = {},
) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  const number = await nextNumber(trx, workspaceId, 'SUP');
  const now = isoNow(ctx.clock);
  const visible = { ...internalColumns(input), ...profileColumns(input) };
  await insertSupplier(trx, {
    ...forDb({ ...visible, ...bankColumns(input) }),
    id,
    workspace_id: workspaceId,
    number,
    name: input.name,
    categories: JSON.stringify(input.categories),
    skills: JSON.stringify(input.skills),
    regions: JSON.stringify(input.regions),
    languages: JSON.stringify(input.languages),
    status: 'prospect',
    status_reason: null,
    created_at: now,
    updated_at: now,
    created_by: ctx.actor.userId,
  });
  await audit(trx, ctx, {
    action: 'supplier.create',
    entityType: 'supplier',
    entityId: id,
    changes: { ...created({ number, ...visible }), ...bank },
  });
  return id;
}

async function applyUpdate(
  ctx: Ctx,
  id: string,
  version: number,
  columns: Record<string, unknown>,
  extraChanges: FieldChanges,
  party = partyOf(ctx),
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getSupplierRow(trx, workspaceId, id, party);
    if (!before) throw notFound('Supplier');
    assertVersion(before, version);
    const written = await updateVersioned(
      trx,
      'suppliers',
      { workspaceId, id, version },
      { ...forDb(columns), updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    const visible = Object.fromEntries(
      Object.entries(columns).filter(([k]) => !k.startsWith('bank_')),
    );
    await audit(trx, ctx, {
      action: 'supplier.update',
      entityType: 'supplier',
      entityId: id,
      changes: { ...diff(before, visible), ...extraChanges },
    });
  });
  return getSupplier(ctx, id);
}

export function updateSupplier(ctx: Ctx, id: string, input: z.infer<typeof supplierUpdateBody>) {
  const bank = bankChange(ctx, input);
  return applyUpdate(
    ctx,
    id,
    input.version,
    { ...internalColumns(input), ...profileColumns(input), ...bankColumns(input) },
    bank,
  );
}

/** The supplier keeps its own contact details and capabilities current; nothing else. */
export function updateSupplierProfile(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof supplierProfileBody>,
) {
  return applyUpdate(ctx, id, input.version, profileColumns(input), {});
}

/** Moves along the lifecycle; suspending, blacklisting and rehabilitating need a reason. */
export async function changeSupplierStatus(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof supplierStatusBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getSupplierRow(trx, workspaceId, id);
    if (!before) throw notFound('Supplier');
    assertVersion(before, input.version);
    if (!supplierTransitions[before.status].includes(input.status)) {
      throw new AppError(
        'unprocessable',
        `A ${before.status} supplier cannot become ${input.status}`,
      );
    }
    if (before.status === 'onboarding' && input.status === 'approved') {
      const onboarding = await onboardingOf(trx, workspaceId, id);
      const open = onboarding.steps.filter((s) => s.item.required && !s.done);
      if (open.length > 0) {
        throw new AppError(
          'unprocessable',
          `Complete onboarding first: ${open.map((s) => s.item.label).join(', ')}`,
        );
      }
    }
    if (needsReason(before.status, input.status) && !input.reason) {
      throw new AppError('validation_failed', 'Give the reason', {
        fields: { 'body.reason': ['required for this change'] },
      });
    }
    const values = { status: input.status, status_reason: input.reason ?? null };
    const written = await updateVersioned(
      trx,
      'suppliers',
      { workspaceId, id, version: input.version },
      { ...values, updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'supplier.status',
      entityType: 'supplier',
      entityId: id,
      changes: diff(before, values),
    });
    await recordEvent(trx, ctx, 'supplier.status_changed', {
      supplierId: id,
      from: before.status,
      to: input.status,
    });
  });
  return getSupplier(ctx, id);
}
