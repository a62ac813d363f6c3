import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { lockRow } from '../../../db/lock.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoLatestDay, isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, userOf, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { newId } from '../../../platform/ids.ts';
import { assertPosition, positionRef, positionsByIds } from '../../settings/index.ts';
import { checkTerms } from '../contract-terms.ts';
import { type ContractRow, getContractRow } from '../contracts.repository.ts';
import type { decisionBody } from '../contracts.schema.ts';
import { writeContract } from '../contracts.service.ts';
import type { AmendmentChanges, ContractAmendmentTable, SlaTerms } from '../contracts.table.ts';
import { approvalNeed, valueInBase } from '../lifecycle/approval-rules.ts';
import { isInForce } from '../lifecycle/contract-lifecycle.ts';
import { checkDecision, notifyApprovers, recordDecision } from '../lifecycle/review-decision.ts';
import { insertRate } from '../rates/rate-cards.repository.ts';
import { checkTarget } from '../slas/slas.service.ts';
import type { amendmentBody, amendmentSignBody, amendmentUpdateBody } from './amendments.schema.ts';

type AmendmentRow = Selectable<ContractAmendmentTable>;

/** The contract's own SLAs (not those flowed down from a client contract) as terms. */
async function ownSlas(db: Executor, c: ContractRow): Promise<SlaTerms[]> {
  const rows = await db
    .selectFrom('contract_slas')
    .selectAll()
    .where('workspace_id', '=', c.workspace_id)
    .where('contract_id', '=', c.id)
    .where('source_sla_id', 'is', null)
    .orderBy('metric')
    .orderBy('priority')
    .execute();
  return rows.map((s) => ({
    metric: s.metric,
    priority: s.priority,
    target: s.target,
    measurementWindow: s.measurement_window,
    creditPercent: s.credit_percent,
    creditCapPercent: s.credit_cap_percent,
  }));
}

/** The contract's own rate card, every version, in the shape an amendment's rates take. */
async function ownRates(
  db: Executor,
  c: ContractRow,
): Promise<NonNullable<AmendmentChanges['rates']>> {
  const rows = await db
    .selectFrom('contract_rates')
    .select(['position_id', 'seniority', 'unit', 'rate_minor', 'effective_from'])
    .where('workspace_id', '=', c.workspace_id)
    .where('contract_id', '=', c.id)
    .orderBy('position_id')
    .orderBy('seniority')
    .orderBy('effective_from')
    .execute();
  return rows.map((r) => ({
    positionId: r.position_id,
    seniority: r.seniority,
    unit: r.unit,
    rateMinor: r.rate_minor,
    effectiveFrom: r.effective_from,
  }));
}

/** The contract's current values of the fields an amendment changes. */
async function currentTerms(db: Executor, c: ContractRow, changes: AmendmentChanges) {
  const all: AmendmentChanges = {
    valueMinor: c.value_minor,
    capMinor: c.cap_minor,
    startDate: c.start_date,
    endDate: c.end_date,
    noticeDays: c.notice_days,
    autoRenew: c.auto_renew,
    scope: c.scope,
    ...(changes.rates ? { rates: await ownRates(db, c) } : {}),
    ...(changes.slas ? { slas: await ownSlas(db, c) } : {}),
  };
  return Object.fromEntries(
    Object.keys(changes).map((k) => [k, all[k as keyof AmendmentChanges]]),
  ) as AmendmentChanges;
}

const actionsOf = (a: AmendmentRow) =>
  ({
    draft: ['edit', 'submit'] as const,
    in_review: ['decide', 'withdraw'] as const,
    approved: ['sign', 'withdraw'] as const,
    signed: [] as const,
  })[a.status];

/** Rate versions as a person reads them: each with its position's names beside the id. */
async function namedRates(db: Executor, c: ContractRow, terms: AmendmentChanges[]) {
  const ids = terms.flatMap((t) => (t.rates ?? []).map((r) => r.positionId));
  const positions = await positionsByIds(db, c.workspace_id, ids);
  return (value: unknown, field: string) =>
    field === 'rates' && Array.isArray(value)
      ? (value as NonNullable<AmendmentChanges['rates']>).map((r) => ({
          ...r,
          position: positionRef(positions, r.positionId),
        }))
      : value;
}

async function present(db: Executor, a: AmendmentRow, c: ContractRow) {
  const before = a.before ?? (await currentTerms(db, c, a.changes));
  const named = await namedRates(db, c, [before, a.changes]);
  return {
    id: a.id,
    seq: a.seq,
    title: a.title,
    reason: a.reason,
    status: a.status,
    statusReason: a.status_reason,
    diff: Object.entries(a.changes).map(([field, after]) => ({
      field,
      before: named(before[field as keyof AmendmentChanges] ?? null, field),
      after: named(after, field),
    })),
    review: {
      round: a.review_round,
      approvalsRequired: a.approvals_required,
      financeRequired: a.finance_required,
      submittedBy: a.submitted_by,
    },
    signedOn: a.signed_on,
    actions: [...actionsOf(a)],
    createdAt: a.created_at,
    version: a.version,
  };
}

/** Amendments are our internal paperwork: portals never see them. */
async function internalContract(db: Executor, ctx: Ctx, contractId: string) {
  if (partyOf(ctx)) throw notFound('Contract');
  const c = await getContractRow(db, workspaceOf(ctx), contractId);
  if (!c) throw notFound('Contract');
  return c;
}

function findAmendmentRows(db: Executor, workspaceId: string, contractId: string) {
  return db
    .selectFrom('contract_amendments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contract_id', '=', contractId)
    .orderBy('seq', 'desc')
    .execute();
}

export async function listAmendments(ctx: Ctx, contractId: string) {
  const c = await internalContract(ctx.db, ctx, contractId);
  const rows = await findAmendmentRows(ctx.db, c.workspace_id, c.id);
  return Promise.all(rows.map((a) => present(ctx.db, a, c)));
}

async function getAmendment(ctx: Ctx, contractId: string, id: string) {
  const c = await internalContract(ctx.db, ctx, contractId);
  const rows = await findAmendmentRows(ctx.db, c.workspace_id, c.id);
  const a = rows.find((r) => r.id === id);
  if (!a) throw notFound('Amendment');
  return present(ctx.db, a, c);
}

/** The amended contract must still hang together: dates in order, cap only for T&M, SLA ranges. */
function checkChanges(c: ContractRow, changes: AmendmentChanges) {
  checkTerms({
    type: c.type,
    valueMinor: changes.valueMinor ?? c.value_minor,
    startDate: changes.startDate ?? c.start_date,
    endDate: changes.endDate === undefined ? c.end_date : changes.endDate,
    billingModel: c.billing_model,
    capMinor: changes.capMinor === undefined ? c.cap_minor : changes.capMinor,
    hourBlock: c.hour_block,
    retainerPeriod: c.retainer_period,
    feeSchedule: c.fee_schedule,
  });
  for (const s of changes.slas ?? []) checkTarget(s);
}

/** Each rate an amendment proposes prices an active position of the workspace. */
async function checkPositions(db: Executor, c: ContractRow, changes: AmendmentChanges) {
  for (const [i, r] of (changes.rates ?? []).entries()) {
    await assertPosition(db, c.workspace_id, r.positionId, `body.changes.rates.${i}.positionId`);
  }
}

/** Why the contract cannot take a new amendment now; null when it can. */
async function amendmentBlocker(db: Executor, c: ContractRow): Promise<string | null> {
  if (!isInForce(c.status)) {
    return 'Only a signed contract in force is amended; edit a draft directly';
  }
  const rows = await findAmendmentRows(db, c.workspace_id, c.id);
  const open = rows.find((a) => a.status !== 'signed');
  return open ? `Amendment ${open.seq} is still open` : null;
}

/** Writes a draft amendment in the caller's transaction and returns its id. */
async function insertAmendment(
  trx: Executor,
  ctx: Ctx,
  c: ContractRow,
  input: z.infer<typeof amendmentBody>,
) {
  await lockRow(trx, 'contracts', c.id);
  const blocker = await amendmentBlocker(trx, c);
  if (blocker) throw new AppError('unprocessable', blocker);
  checkChanges(c, input.changes);
  await checkPositions(trx, c, input.changes);
  const last = (await findAmendmentRows(trx, c.workspace_id, c.id))[0];
  const now = isoNow(ctx.clock);
  const id = newId();
  const seq = (last?.seq ?? 0) + 1;
  await trx
    .insertInto('contract_amendments')
    .values({
      id,
      workspace_id: c.workspace_id,
      contract_id: c.id,
      seq,
      title: input.title,
      reason: input.reason,
      changes: JSON.stringify(input.changes),
      before: null,
      status: 'draft',
      status_reason: null,
      review_round: 0,
      approvals_required: 0,
      finance_required: false,
      submitted_by: null,
      signed_on: null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'amendment.create',
    entityType: 'contract',
    entityId: c.id,
    changes: created({ seq, title: input.title, reason: input.reason, changes: input.changes }),
  });
  return id;
}

export async function createAmendment(
  ctx: Ctx,
  contractId: string,
  input: z.infer<typeof amendmentBody>,
) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const c = await internalContract(trx, ctx, contractId);
    return insertAmendment(trx, ctx, c, input);
  });
  return getAmendment(ctx, contractId, id);
}

/** A change a project agreed with its client, as its contract should follow it. */
export type AgreedChange = {
  title: string;
  reason: string;
  currency: string;
  valueDeltaMinor: number;
  /** The project's new end; the contract runs at least that long. */
  endDate: string | null;
};

/** The contract terms an agreed change moves: value (and a T&M cap) by the delta, a later end. */
function changesFor(c: ContractRow, change: AgreedChange): AmendmentChanges {
  if (change.valueDeltaMinor !== 0 && change.currency !== c.currency) {
    throw new AppError(
      'unprocessable',
      `The contract is in ${c.currency}, the change in ${change.currency}`,
    );
  }
  const changes: AmendmentChanges = {};
  if (change.valueDeltaMinor !== 0) {
    changes.valueMinor = c.value_minor + change.valueDeltaMinor;
    if (c.cap_minor !== null) changes.capMinor = c.cap_minor + change.valueDeltaMinor;
  }
  if (change.endDate && c.end_date && change.endDate > c.end_date) changes.endDate = change.endDate;
  return changes;
}

/**
 * Drafts the amendment that carries an approved project change into its client contract, in the
 * caller's transaction. Null when the contract's terms stay as they are, or, with `ifPossible`,
 * when the contract cannot take an amendment now (another is open): the change is then linked
 * later, by hand.
 */
export async function draftChangeAmendment(
  trx: Executor,
  ctx: Ctx,
  contractId: string,
  change: AgreedChange,
  ifPossible: boolean,
): Promise<string | null> {
  // The client's approval in the portal drafts it too: read past the portal's scope.
  const c = await getContractRow(trx, workspaceOf(ctx), contractId);
  if (!c) throw notFound('Contract');
  const changes = changesFor(c, change);
  if (Object.keys(changes).length === 0) return null;
  if (ifPossible && (await amendmentBlocker(trx, c))) return null;
  return insertAmendment(trx, ctx, c, { title: change.title, reason: change.reason, changes });
}

/** Reads an amendment for a change at the version the caller saw, with its contract. */
async function forChange(trx: Executor, ctx: Ctx, contractId: string, id: string, version: number) {
  const c = await internalContract(trx, ctx, contractId);
  const a = (await findAmendmentRows(trx, c.workspace_id, c.id)).find((r) => r.id === id);
  if (!a) throw notFound('Amendment');
  assertVersion(a, version);
  return { c, a };
}

async function writeAmendment(
  trx: Executor,
  ctx: Ctx,
  a: AmendmentRow,
  action: string,
  values: Partial<Record<keyof ContractAmendmentTable, unknown>>,
  changes = diff(a, values),
) {
  const written = await updateVersioned(
    trx,
    'contract_amendments',
    { workspaceId: a.workspace_id, id: a.id, version: a.version },
    { ...values, updated_at: isoNow(ctx.clock) } as never,
  );
  if (!written) throw versionConflict();
  await audit(trx, ctx, {
    action,
    entityType: 'contract',
    entityId: a.contract_id,
    changes: { amendment: { after: a.seq }, ...changes },
  });
}

export async function updateAmendment(
  ctx: Ctx,
  contractId: string,
  id: string,
  input: z.infer<typeof amendmentUpdateBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const { c, a } = await forChange(trx, ctx, contractId, id, input.version);
    if (a.status !== 'draft')
      throw new AppError('unprocessable', 'Only a draft amendment is edited');
    if (input.changes) {
      checkChanges(c, input.changes);
      await checkPositions(trx, c, input.changes);
    }
    const values = {
      title: input.title,
      reason: input.reason,
      ...(input.changes ? { changes: JSON.stringify(input.changes) } : {}),
    };
    await writeAmendment(trx, ctx, a, 'amendment.update', values, {
      ...diff(a, { title: input.title, reason: input.reason }),
      ...(input.changes ? diff({ changes: a.changes }, { changes: input.changes }) : {}),
    });
  });
  return getAmendment(ctx, contractId, id);
}

/**
 * Sends an amendment for review under the contract's approval rules, judged by the contract's
 * value after the amendment at its locked exchange rate. Its round is the contract's next.
 */
export async function submitAmendment(ctx: Ctx, contractId: string, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const { c, a } = await forChange(trx, ctx, contractId, id, version);
    if (a.status !== 'draft')
      throw new AppError('unprocessable', 'Only a draft amendment is submitted');
    const value = await valueInBase(trx, c, a.changes.valueMinor ?? c.value_minor, todayOf(ctx));
    const need = await approvalNeed(trx, c.workspace_id, c.type, value);
    const bumped = await trx
      .updateTable('contracts')
      .set((eb) => ({ review_round: eb('review_round', '+', 1) }))
      .where('id', '=', c.id)
      .returning('review_round')
      .executeTakeFirstOrThrow();
    await writeAmendment(trx, ctx, a, 'amendment.submit', {
      status: 'in_review',
      status_reason: null,
      review_round: bumped.review_round,
      approvals_required: need.approvers,
      finance_required: need.finance,
      submitted_by: userOf(ctx),
    });
    await notifyApprovers(trx, ctx, {
      kind: 'amendment.review',
      params: { number: c.number, title: c.title, seq: a.seq },
      link: `/contracts/${c.id}`,
      uniqueKey: `amendment:${a.id}:review:${bumped.review_round}`,
    });
  });
  return getAmendment(ctx, contractId, id);
}

export async function withdrawAmendment(ctx: Ctx, contractId: string, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await forChange(trx, ctx, contractId, id, version);
    if (a.status !== 'in_review' && a.status !== 'approved') {
      throw new AppError('unprocessable', 'Only an amendment in review or approved is withdrawn');
    }
    await writeAmendment(trx, ctx, a, 'amendment.withdraw', { status: 'draft' });
  });
  return getAmendment(ctx, contractId, id);
}

export async function decideAmendment(
  ctx: Ctx,
  contractId: string,
  id: string,
  input: z.infer<typeof decisionBody>,
) {
  checkDecision(input);
  await ctx.db.transaction().execute(async (trx) => {
    const { c, a } = await forChange(trx, ctx, contractId, id, input.version);
    if (a.status !== 'in_review')
      throw new AppError('unprocessable', 'The amendment is not in review');
    const outcome = await recordDecision(
      trx,
      ctx,
      {
        contractId: c.id,
        amendmentId: a.id,
        round: a.review_round,
        submittedBy: a.submitted_by,
        need: { approvers: a.approvals_required, finance: a.finance_required },
      },
      input,
    );
    const status = outcome === 'rejected' ? 'draft' : outcome;
    await writeAmendment(
      trx,
      ctx,
      a,
      `amendment.${outcome === 'rejected' ? 'reject' : 'approve'}`,
      {
        status,
        status_reason: outcome === 'rejected' ? (input.comment ?? null) : null,
      },
    );
  });
  return getAmendment(ctx, contractId, id);
}

/**
 * Signing an approved amendment changes the contract: its fields, new rate versions added to
 * its card, its own SLAs replaced. What the fields were just before is kept for the diff.
 */
export async function signAmendment(
  ctx: Ctx,
  contractId: string,
  id: string,
  input: z.infer<typeof amendmentSignBody>,
) {
  if (input.signedOn > isoLatestDay(ctx.clock)) {
    throw new AppError('validation_failed', 'An amendment cannot be signed in the future', {
      fields: { 'body.signedOn': ['after today'] },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const { c, a } = await forChange(trx, ctx, contractId, id, input.version);
    if (a.status !== 'approved')
      throw new AppError('unprocessable', 'Only an approved amendment is signed');
    if (!isInForce(c.status))
      throw new AppError('unprocessable', 'The contract is no longer in force');
    const changes = a.changes;
    checkChanges(c, changes);
    const before = await currentTerms(trx, c, changes);
    await applyRates(trx, ctx, c, changes);
    await applySlas(trx, ctx, c, changes);
    const { rates: _r, slas: _s, ...fields } = changes;
    await writeContract(
      trx,
      ctx,
      c,
      'contract.amend',
      {
        value_minor: fields.valueMinor,
        cap_minor: fields.capMinor,
        start_date: fields.startDate,
        end_date: fields.endDate,
        notice_days: fields.noticeDays,
        auto_renew: fields.autoRenew,
        scope: fields.scope,
      },
      { amendment: { after: a.seq }, ...diff(before as Record<string, unknown>, changes) },
    );
    await writeAmendment(
      trx,
      ctx,
      a,
      'amendment.sign',
      {
        status: 'signed',
        signed_on: input.signedOn,
        before: JSON.stringify(before),
      },
      { status: { before: a.status, after: 'signed' }, signedOn: { after: input.signedOn } },
    );
    await recordEvent(trx, ctx, 'contract.amended', { contractId: c.id, amendmentId: a.id });
  });
  return getAmendment(ctx, contractId, id);
}

async function applyRates(trx: Executor, ctx: Ctx, c: ContractRow, changes: AmendmentChanges) {
  const now = isoNow(ctx.clock);
  for (const r of changes.rates ?? []) {
    await trx
      .deleteFrom('contract_rates')
      .where('contract_id', '=', c.id)
      .where('position_id', '=', r.positionId)
      .where('seniority', '=', r.seniority)
      .where('effective_from', '=', r.effectiveFrom)
      .execute();
    await insertRate(trx, {
      ...r,
      workspaceId: c.workspace_id,
      contractId: c.id,
      currency: c.currency,
      at: now,
      by: ctx.actor.userId,
    });
  }
}

async function applySlas(trx: Executor, ctx: Ctx, c: ContractRow, changes: AmendmentChanges) {
  if (!changes.slas) return;
  const now = isoNow(ctx.clock);
  await trx
    .deleteFrom('contract_slas')
    .where('contract_id', '=', c.id)
    .where('source_sla_id', 'is', null)
    .execute();
  for (const s of changes.slas) {
    await trx
      .insertInto('contract_slas')
      .values({
        id: newId(),
        workspace_id: c.workspace_id,
        contract_id: c.id,
        metric: s.metric,
        priority: s.priority ?? null,
        target: s.target,
        measurement_window: s.measurementWindow,
        credit_percent: s.creditPercent,
        credit_cap_percent: s.creditCapPercent,
        source_sla_id: null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
  }
}
