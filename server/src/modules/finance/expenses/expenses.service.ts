import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { removeDocumentsOf } from '../../../platform/documents/index.ts';
import {
  AppError,
  assertVersion,
  notFound,
  refusedField,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { convertMinor } from '../../../platform/money.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { getPersonRow, ownPersonId } from '../../people/index.ts';
import { openProjectExists, projectContractId } from '../../projects/index.ts';
import { getSettingsRow, rateToBase } from '../../settings/index.ts';
import { mayDecide, stageOf, supplierApprovers } from '../../time/index.ts';
import { policyOf } from '../tax/policy.service.ts';
import { expenseLineDocuments } from './expense-documents.ts';
import {
  type ClaimFilter,
  type ClaimRow,
  claimRow,
  findClaimRows,
  type LineRow,
  lineRows,
} from './expenses.repository.ts';
import {
  type claimBody,
  type claimQuery,
  claimSorts,
  type lineBody,
  type myClaimsQuery,
} from './expenses.schema.ts';
import type { ExpenseClaimTable } from './expenses.table.ts';

const can = (ctx: Ctx, permission: 'finance:write' | 'finance:read') =>
  Boolean(ctx.membership?.permissions.has(permission));

/** A draft or rejected claim is changed by its person, or by finance on their behalf. */
function mayEdit(ctx: Ctx, claim: ClaimRow) {
  if (!['draft', 'rejected'].includes(claim.status)) return false;
  return claim.person_user_id === ctx.actor.userId || (!partyOf(ctx) && can(ctx, 'finance:write'));
}

function presentSummary(r: ClaimRow) {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    person: { id: r.person_id, name: r.person_name ?? '' },
    project: { id: r.project_id, number: r.project_number ?? '', name: r.project_name ?? '' },
    supplier: r.supplier_id ? { id: r.supplier_id, name: r.supplier_name ?? '' } : null,
    status: r.status,
    currency: r.currency,
    totalMinor: r.total_minor,
    taxMinor: r.tax_minor,
    billableMinor: Number(r.billable_minor ?? 0),
    submittedAt: r.submitted_at,
    approvedAt: r.approved_at,
    rejectionReason: r.rejection_reason,
    paymentRun: r.payment_run_id ? { id: r.payment_run_id, number: r.run_number ?? '' } : null,
    paidOn: r.paid_on,
    createdAt: r.created_at,
    version: r.version,
  };
}

function presentLine(l: LineRow) {
  return {
    id: l.id,
    day: l.day,
    category: l.category,
    description: l.description,
    location: l.location,
    days: l.days,
    currency: l.currency,
    amountMinor: l.amount_minor,
    taxMinor: l.tax_minor,
    fxRate: l.fx_rate,
    amountBaseMinor: l.amount_base_minor,
    taxBaseMinor: l.tax_base_minor,
    billable: l.billable,
    receipts: Number(l.receipts ?? 0),
    markup: l.markup,
    rebillCurrency: l.rebill_currency,
    rebillMinor: l.rebill_minor,
    invoice: l.invoice_id ? { id: l.invoice_id, number: l.invoice_number } : null,
  };
}

/** A claim the caller reaches, or not found. */
export async function visibleClaim(db: Executor, ctx: Ctx, id: string) {
  const claim = await claimRow(db, ctx, workspaceOf(ctx), id);
  if (!claim) throw notFound('Expense claim');
  return claim;
}

/** A line of a claim the caller reaches, for its receipts; not found otherwise. */
export async function visibleLineId(db: Executor, ctx: Ctx, id: string, lineId: string) {
  const claim = await visibleClaim(db, ctx, id);
  const line = await db
    .selectFrom('expense_lines')
    .select('id')
    .where('id', '=', lineId)
    .where('claim_id', '=', claim.id)
    .executeTakeFirst();
  return line?.id;
}

export async function getClaim(ctx: Ctx, id: string) {
  const claim = await visibleClaim(ctx.db, ctx, id);
  const stage = stageOf(claim);
  return {
    ...presentSummary(claim),
    stage,
    canDecide: stage !== null && mayDecide(ctx, claim, stage),
    canEdit: mayEdit(ctx, claim),
    journalId: claim.journal_id,
    lines: (await lineRows(ctx.db, id)).map(presentLine),
  };
}

async function pageOfClaims(
  ctx: Ctx,
  filter: ClaimFilter,
  query: { limit: number; cursor?: string | undefined },
) {
  const k = keyset(claimSorts, 'expense_claims.id', '-createdAt', query.cursor);
  const rows = await findClaimRows(ctx.db, ctx, workspaceOf(ctx), filter, k, query.limit);
  return keysetPage(rows, k, query.limit, presentSummary);
}

/** The caller's own claims, or those waiting for their decision. */
export const listMyClaims = (ctx: Ctx, query: z.infer<typeof myClaimsQuery>) =>
  pageOfClaims(ctx, query.waiting === 'true' ? { waiting: true } : { mine: true }, query);

/** Every claim of the workspace, for finance. */
export const listClaims = (ctx: Ctx, query: z.infer<typeof claimQuery>) =>
  pageOfClaims(
    ctx,
    { status: query.status, projectId: query.projectId, personId: query.personId },
    query,
  );

/** The person a new claim is for: the caller, or with finance:write anyone the caller sees. */
async function claimant(ctx: Ctx, personId: string | undefined) {
  const own = await ownPersonId(ctx).catch(() => null);
  const id = personId ?? own;
  if (!id) throw notFound('Person');
  if (id !== own && (partyOf(ctx) || !can(ctx, 'finance:write'))) {
    throw new AppError('forbidden', 'Only your own expenses');
  }
  const person = await getPersonRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!person) throw notFound('Person');
  return person;
}

/** Opens a draft claim EXP-2026-00001 for a person on an open project. */
export async function createClaim(ctx: Ctx, input: z.infer<typeof claimBody>) {
  const workspaceId = workspaceOf(ctx);
  const person = await claimant(ctx, input.personId);
  if (!(await openProjectExists(ctx.db, workspaceId, input.projectId))) {
    throw refusedField('projectId', 'Expenses are claimed on an open project');
  }
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const { baseCurrency } = await getSettingsRow(trx, workspaceId);
    const number = await nextNumber(trx, workspaceId, `EXP-${todayOf(ctx).slice(0, 4)}`, 5);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('expense_claims')
      .values({
        id,
        workspace_id: workspaceId,
        number,
        person_id: person.id,
        supplier_id: person.kind === 'supplier_worker' ? person.supplier_id : null,
        project_id: input.projectId,
        title: input.title,
        status: 'draft',
        needs_supplier_approval: false,
        currency: baseCurrency,
        submitted_at: null,
        supplier_approved_by: null,
        supplier_approved_at: null,
        approved_by: null,
        approved_at: null,
        rejection_reason: null,
        journal_id: null,
        payment_run_id: null,
        paid_on: null,
        created_at: now,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'expense_claim.create',
      entityType: 'expense_claim',
      entityId: id,
      changes: created({ number, title: input.title, person: person.name }),
    });
  });
  return getClaim(ctx, id);
}

/** The claim to change: the caller's to edit, on the version they read. */
async function editable(trx: Executor, ctx: Ctx, id: string, version: number | null) {
  const claim = await visibleClaim(trx, ctx, id);
  if (version !== null) assertVersion(claim, version);
  if (!mayEdit(ctx, claim)) {
    throw new AppError(
      ['draft', 'rejected'].includes(claim.status) ? 'forbidden' : 'unprocessable',
      ['draft', 'rejected'].includes(claim.status)
        ? 'Only the person claiming changes the claim'
        : `${claim.number} is ${claim.status}: only a draft or rejected claim changes`,
    );
  }
  return claim;
}

/** Writes the claim's totals from its lines and moves its version on, guarded by the version. */
async function touch(trx: Executor, ctx: Ctx, claim: ClaimRow) {
  const sums = await trx
    .selectFrom('expense_lines')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('amount_base_minor'), eb.lit(0)).as('total'),
      eb.fn.coalesce(eb.fn.sum<number>('tax_base_minor'), eb.lit(0)).as('tax'),
    ])
    .where('claim_id', '=', claim.id)
    .executeTakeFirstOrThrow();
  const written = await trx
    .updateTable('expense_claims')
    .set({
      total_minor: Number(sums.total),
      tax_minor: Number(sums.tax),
      updated_at: isoNow(ctx.clock),
      version: sql`version + 1`,
    })
    .where('id', '=', claim.id)
    .where('version', '=', claim.version)
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) throw versionConflict();
}

type LineInput = z.infer<typeof lineBody>;

/** A per-diem line's amount: the location's daily rate times the days. */
async function perDiemAmount(trx: Executor, workspaceId: string, location: string, days: number) {
  const { perDiemRates } = await policyOf(trx, workspaceId);
  const rate = perDiemRates.find((r) => r.location === location);
  if (!rate) {
    throw refusedField(
      'location',
      `No per-diem rate for ${location}: ${perDiemRates.map((r) => r.location).join(', ') || 'none set'}`,
    );
  }
  return { currency: rate.currency, amountMinor: rate.dailyMinor * days, taxMinor: 0 };
}

/** Adds a receipt or a per-diem allowance, valued in base currency at the rate of its day. */
export async function addLine(ctx: Ctx, id: string, input: LineInput) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const claim = await editable(trx, ctx, id, input.version);
    if (input.day > todayOf(ctx)) throw refusedField('day', 'An expense is claimed once spent');
    if (input.billable && !(await projectContractId(trx, workspaceId, claim.project_id))) {
      throw refusedField('billable', 'The project bills no client contract to re-bill it to');
    }
    const money =
      input.category === 'per_diem'
        ? await perDiemAmount(trx, workspaceId, input.location, input.days)
        : { currency: input.currency, amountMinor: input.amountMinor, taxMinor: input.taxMinor };
    const rate = await rateToBase(trx, workspaceId, money.currency, input.day);
    if (!rate) {
      throw refusedField('day', `No exchange rate for ${money.currency} on or before ${input.day}`);
    }
    const base = (minor: number) =>
      convertMinor(minor, money.currency, rate.baseCurrency, rate.rate);
    const lineId = newId();
    await trx
      .insertInto('expense_lines')
      .values({
        id: lineId,
        workspace_id: workspaceId,
        claim_id: id,
        day: input.day,
        category: input.category,
        description: input.description,
        location: input.category === 'per_diem' ? input.location : null,
        days: input.category === 'per_diem' ? input.days : null,
        currency: money.currency,
        amount_minor: money.amountMinor,
        tax_minor: money.taxMinor,
        fx_rate: rate.rate,
        amount_base_minor: base(money.amountMinor),
        tax_base_minor: base(money.taxMinor),
        billable: input.billable,
        markup: null,
        rebill_currency: null,
        rebill_minor: null,
        created_at: isoNow(ctx.clock),
      })
      .execute();
    await touch(trx, ctx, claim);
    await audit(trx, ctx, {
      action: 'expense_claim.line_add',
      entityType: 'expense_claim',
      entityId: id,
      changes: created({
        category: input.category,
        day: input.day,
        description: input.description,
        billable: input.billable,
      }),
    });
  });
  return getClaim(ctx, id);
}

/** Removes a line of a draft or rejected claim, and its receipts with it. */
export async function removeLine(ctx: Ctx, id: string, lineId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const claim = await editable(trx, ctx, id, null);
    const gone = await trx
      .deleteFrom('expense_lines')
      .where('id', '=', lineId)
      .where('claim_id', '=', id)
      .returning(['description'])
      .executeTakeFirst();
    if (!gone) throw notFound('Expense line');
    await removeDocumentsOf(trx, workspaceOf(ctx), expenseLineDocuments, lineId);
    await touch(trx, ctx, claim);
    await audit(trx, ctx, {
      action: 'expense_claim.line_remove',
      entityType: 'expense_claim',
      entityId: id,
      changes: { description: { before: gone.description } },
    });
  });
  return getClaim(ctx, id);
}

/**
 * Sends a claim for approval once every receipt line has its receipt: to the worker's supplier
 * first where it has portal users, else to the project's manager.
 */
export async function submitClaim(ctx: Ctx, id: string, version: number) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const claim = await editable(trx, ctx, id, version);
    const lines = await lineRows(trx, id);
    if (lines.length === 0) throw new AppError('unprocessable', 'A claim needs a line to submit');
    const bare = lines.filter((l) => l.category !== 'per_diem' && Number(l.receipts ?? 0) === 0);
    if (bare.length > 0) {
      throw new AppError(
        'unprocessable',
        `Attach the receipt of: ${bare.map((l) => l.description).join(', ')}`,
      );
    }
    const person = await getPersonRow(trx, workspaceId, claim.person_id);
    const approvers = person ? await supplierApprovers(trx, workspaceId, person) : [];
    await moveClaim(
      trx,
      ctx,
      claim,
      {
        status: 'submitted',
        needs_supplier_approval: approvers.length > 0,
        submitted_at: isoNow(ctx.clock),
        rejection_reason: null,
      },
      'expense_claim.submit',
    );
    await tellAbout(
      trx,
      ctx,
      claim,
      approvers.length > 0 ? approvers : [claim.project_manager_id],
      'expense_claim.waiting',
    );
  });
  return getClaim(ctx, id);
}

type Move = Omit<Updateable<ExpenseClaimTable>, 'id' | 'version'> & {
  status: ExpenseClaimTable['status'];
};

/** Moves a claim to a status on the version read, with its audit entry. */
export async function moveClaim(
  trx: Executor,
  ctx: Ctx,
  claim: ClaimRow,
  set: Move,
  action:
    | 'expense_claim.submit'
    | 'expense_claim.supplier_approve'
    | 'expense_claim.approve'
    | 'expense_claim.reject',
  reason?: string,
) {
  const written = await trx
    .updateTable('expense_claims')
    .set({ ...set, updated_at: isoNow(ctx.clock), version: sql`version + 1` })
    .where('id', '=', claim.id)
    .where('version', '=', claim.version)
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) throw versionConflict();
  await audit(trx, ctx, {
    action,
    entityType: 'expense_claim',
    entityId: claim.id,
    changes: {
      status: { before: claim.status, after: set.status },
      ...(reason ? { reason: { after: reason } } : {}),
    },
  });
}

/** Tells people about a claim, never the one who acted. */
export async function tellAbout(
  trx: Executor,
  ctx: Ctx,
  claim: ClaimRow,
  userIds: (string | null)[],
  kind: 'expense_claim.waiting' | 'expense_claim.approved' | 'expense_claim.rejected',
) {
  await notify(
    trx,
    ctx.clock,
    userIds.filter((u): u is string => Boolean(u) && u !== ctx.actor.userId),
    {
      workspaceId: claim.workspace_id,
      kind,
      params: {
        number: claim.number,
        person: claim.person_name ?? '',
        project: claim.project_number ?? '',
      },
      link: `/expenses?claim=${claim.id}`,
      uniqueKey: `${kind}:${claim.id}:${claim.version + 1}`,
    },
  );
}
