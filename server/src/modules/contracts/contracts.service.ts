import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import type { FieldChanges } from '../../platform/audit/audit.table.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { definedOnly } from '../../platform/defined.ts';
import {
  AppError,
  assertVersion,
  invalidField,
  notFound,
  versionConflict,
} from '../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { assertOwner } from '../../platform/workspaces/owner.ts';
import { clientExists, opportunityClientOf } from '../clients/index.ts';
import { calendarExists } from '../settings/index.ts';
import { isBlacklisted, supplierStatusOf } from '../suppliers/index.ts';
import { checkParent, checkTerms } from './contract-terms.ts';
import {
  type ContractFilter,
  type ContractRow,
  contractSorts,
  findContractRows,
  getContractRow,
  insertContract,
} from './contracts.repository.ts';
import type { contractCreateBody, contractSchema, contractUpdateBody } from './contracts.schema.ts';
import type { ContractTable } from './contracts.table.ts';
import { actionsFor, isEditable } from './lifecycle/contract-lifecycle.ts';

export const presentContract = (r: ContractRow) => ({
  id: r.id,
  number: r.number,
  partyType: r.party_type,
  counterparty: {
    id: (r.client_id ?? r.supplier_id) as string,
    number: r.party_number ?? '',
    name: r.party_name ?? '',
  },
  type: r.type,
  parent:
    r.parent_id && r.parent_number
      ? { id: r.parent_id, number: r.parent_number, title: r.parent_title ?? '' }
      : null,
  opportunityId: r.opportunity_id,
  renewsId: r.renews_id,
  title: r.title,
  owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
  currency: r.currency,
  valueMinor: r.value_minor,
  startDate: r.start_date,
  endDate: r.end_date,
  autoRenew: r.auto_renew,
  noticeDays: r.notice_days,
  paymentTermsDays: r.payment_terms_days,
  billingModel: r.billing_model,
  capMinor: r.cap_minor,
  hourBlock: r.hour_block,
  feeSchedule: r.fee_schedule,
  scope: r.scope,
  paymentRelease: r.payment_release,
  invoiceDetail: r.invoice_detail,
  expenseMarkup: r.expense_markup,
  retainerPeriod: r.retainer_period,
  retainerOverage: r.retainer_overage,
  calendarId: r.calendar_id,
  slaPriorityChange: r.sla_priority_change,
  slaPauseCapMinutes: r.sla_pause_cap_minutes,
  status: r.status,
  statusReason: r.status_reason,
  review: {
    round: r.review_round,
    approvalsRequired: r.approvals_required,
    financeRequired: r.finance_required,
    submittedBy: r.submitted_by,
  },
  signedOn: r.signed_on,
  signatories: r.signatories,
  fxRate: r.fx_rate,
  fxDate: r.fx_date,
  actions: actionsFor(r.status),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

/**
 * What a portal user sees of a contract: the terms, never our review (who submitted, approvals
 * required), the actions open to us, the opportunity it came from or an internal reason.
 */
function presentForPortal(r: ContractRow) {
  const { review, actions, opportunityId, statusReason, ...terms } = presentContract(r);
  return terms;
}

const contractPresenter = (ctx: Ctx): ((r: ContractRow) => z.infer<typeof contractSchema>) =>
  ctx.membership?.party ? presentForPortal : presentContract;

export async function listContracts(
  ctx: Ctx,
  query: ContractFilter & { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  const k = keyset(contractSorts, 'contracts.id', query.sort ?? '-createdAt', query.cursor);
  const rows = await findContractRows(
    ctx.db,
    workspaceOf(ctx),
    partyOf(ctx),
    query,
    k,
    query.limit,
  );
  return keysetPage(rows, k, query.limit, contractPresenter(ctx));
}

export async function getContract(ctx: Ctx, id: string) {
  const row = await getContractRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!row) throw notFound('Contract');
  return contractPresenter(ctx)(row);
}

type CreateInput = z.infer<typeof contractCreateBody>;

/** The counterparty exists, is on the side the contract says, and may be contracted. */
async function counterpartyColumns(trx: Executor, workspaceId: string, input: CreateInput) {
  if (input.partyType === 'client') {
    if (!input.clientId || input.supplierId)
      throw invalidField('clientId', 'a client contract names its client only');
    if (!(await clientExists(trx, workspaceId, input.clientId)))
      throw invalidField('clientId', 'no such client');
    if (input.opportunityId) {
      const clientOfOpportunity = await opportunityClientOf(trx, workspaceId, input.opportunityId);
      if (clientOfOpportunity !== input.clientId) {
        throw invalidField('opportunityId', "not one of this client's opportunities");
      }
    }
    return { party_type: 'client' as const, client_id: input.clientId, supplier_id: null };
  }
  if (!input.supplierId || input.clientId)
    throw invalidField('supplierId', 'a supplier contract names its supplier only');
  if (input.opportunityId) throw invalidField('opportunityId', 'opportunities are with clients');
  await assertContractableSupplier(trx, workspaceId, input.supplierId);
  return { party_type: 'supplier' as const, client_id: null, supplier_id: input.supplierId };
}

/** Blacklisted suppliers cannot be put on new contracts, nor have one signed. */
export async function assertContractableSupplier(trx: Executor, workspaceId: string, id: string) {
  const status = await supplierStatusOf(trx, workspaceId, id);
  if (!status) throw invalidField('supplierId', 'no such supplier');
  if (isBlacklisted(status)) {
    throw new AppError('unprocessable', 'The supplier is blacklisted and cannot be contracted');
  }
}

/** A parent is an MSA or framework with the same counterparty. */
async function checkParentOf(
  trx: Executor,
  workspaceId: string,
  child: Pick<ContractTable, 'type' | 'client_id' | 'supplier_id'> & { id?: string },
  parentId: string | null | undefined,
) {
  if (!parentId) return;
  const parent = await getContractRow(trx, workspaceId, parentId);
  if (!parent || parent.id === child.id) throw invalidField('parentId', 'no such contract');
  checkParent(child.type, parent.type);
  if (parent.client_id !== child.client_id || parent.supplier_id !== child.supplier_id) {
    throw invalidField('parentId', 'the parent is with another counterparty');
  }
}

/** A contract's calendar is one of the workspace's. */
async function assertCalendar(ctx: Ctx, calendarId: string | null | undefined) {
  if (calendarId && !(await calendarExists(ctx.db, workspaceOf(ctx), calendarId))) {
    throw invalidField('calendarId', 'no such working calendar');
  }
}

export async function createContract(ctx: Ctx, input: CreateInput) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await assertCalendar(ctx, input.calendarId);
  checkTerms({
    ...input,
    endDate: input.endDate ?? null,
    capMinor: input.capMinor ?? null,
    hourBlock: input.hourBlock ?? null,
  });
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const party = await counterpartyColumns(trx, workspaceId, input);
    await checkParentOf(trx, workspaceId, { ...party, type: input.type }, input.parentId);
    const number = await nextNumber(trx, workspaceId, 'CON');
    const now = isoNow(ctx.clock);
    const values = {
      ...party,
      number,
      type: input.type,
      parent_id: input.parentId ?? null,
      opportunity_id: input.opportunityId ?? null,
      title: input.title,
      owner_id: input.ownerId ?? null,
      currency: input.currency,
      value_minor: input.valueMinor,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      auto_renew: input.autoRenew,
      notice_days: input.noticeDays,
      payment_terms_days: input.paymentTermsDays,
      billing_model: input.billingModel,
      cap_minor: input.capMinor ?? null,
      hour_block: input.hourBlock ?? null,
      scope: input.scope,
      payment_release: input.paymentRelease ?? 'on_approval',
      invoice_detail: input.invoiceDetail ?? 'summary',
      expense_markup: input.expenseMarkup ?? '0',
      retainer_period: input.retainerPeriod ?? 'term',
      retainer_overage: input.retainerOverage ?? false,
      calendar_id: input.calendarId ?? null,
      sla_priority_change: input.slaPriorityChange ?? 'retroactive',
      sla_pause_cap_minutes: input.slaPauseCapMinutes ?? null,
    };
    await insertContract(trx, {
      ...values,
      id,
      workspace_id: workspaceId,
      fee_schedule: JSON.stringify(input.feeSchedule),
      signatories: '[]',
      status: 'draft',
      review_round: 0,
      approvals_required: 0,
      finance_required: false,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, {
      action: 'contract.create',
      entityType: 'contract',
      entityId: id,
      changes: created({ ...values, fee_schedule: input.feeSchedule }),
    });
  });
  return getContract(ctx, id);
}

/** Reads the row a change starts from: it must exist and still be at the version the caller read. */
export async function contractForChange(trx: Executor, ctx: Ctx, id: string, version: number) {
  const row = await getContractRow(trx, workspaceOf(ctx), id);
  if (!row) throw notFound('Contract');
  assertVersion(row, version);
  return row;
}

/**
 * Writes a change to a contract with its audit entry, in the caller's transaction. The audit
 * changes default to a diff of the values; callers writing JSON text pass their own.
 */
export async function writeContract(
  trx: Executor,
  ctx: Ctx,
  before: ContractRow,
  action: string,
  values: Updateable<ContractTable>,
  changes: FieldChanges = diff(before, values as Record<string, unknown>),
) {
  const written = await updateVersioned(
    trx,
    'contracts',
    { workspaceId: before.workspace_id, id: before.id, version: before.version },
    { ...values, updated_at: isoNow(ctx.clock) },
  );
  if (!written) throw versionConflict();
  await audit(trx, ctx, {
    action,
    entityType: 'contract',
    entityId: before.id,
    changes,
  });
}

export async function updateContract(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof contractUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await assertCalendar(ctx, input.calendarId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, input.version);
    if (!isEditable(before.status)) {
      throw new AppError(
        'unprocessable',
        'Only a draft is edited; a signed contract changes by amendment',
      );
    }
    const values = {
      type: input.type,
      parent_id: input.parentId,
      title: input.title,
      owner_id: input.ownerId,
      currency: input.currency,
      value_minor: input.valueMinor,
      start_date: input.startDate,
      end_date: input.endDate,
      auto_renew: input.autoRenew,
      notice_days: input.noticeDays,
      payment_terms_days: input.paymentTermsDays,
      billing_model: input.billingModel,
      cap_minor: input.capMinor,
      hour_block: input.hourBlock,
      scope: input.scope,
      payment_release: input.paymentRelease,
      invoice_detail: input.invoiceDetail,
      expense_markup: input.expenseMarkup,
      retainer_period: input.retainerPeriod,
      retainer_overage: input.retainerOverage,
      calendar_id: input.calendarId,
      sla_priority_change: input.slaPriorityChange,
      sla_pause_cap_minutes: input.slaPauseCapMinutes,
    };
    const merged = { ...before, ...definedOnly(values) };
    checkTerms({
      type: merged.type,
      valueMinor: merged.value_minor,
      startDate: merged.start_date,
      endDate: merged.end_date,
      billingModel: merged.billing_model,
      capMinor: merged.cap_minor,
      hourBlock: merged.hour_block,
      retainerPeriod: merged.retainer_period,
      feeSchedule: input.feeSchedule ?? before.fee_schedule,
    });
    if (input.parentId !== undefined || input.type !== undefined) {
      await checkParentOf(trx, workspaceId, merged, merged.parent_id);
    }
    const feeSchedule = input.feeSchedule
      ? { fee_schedule: JSON.stringify(input.feeSchedule) }
      : {};
    const feeChange = input.feeSchedule
      ? diff({ feeSchedule: before.fee_schedule }, { feeSchedule: input.feeSchedule })
      : {};
    await writeContract(
      trx,
      ctx,
      before,
      'contract.update',
      { ...values, ...feeSchedule },
      {
        ...diff(before, values),
        ...feeChange,
      },
    );
  });
  return getContract(ctx, id);
}
