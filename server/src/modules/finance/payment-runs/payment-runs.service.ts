import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  notFound,
  refusedField,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { applyKeyset, keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { convertMinor } from '../../../platform/money.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { rateToBase } from '../../settings/index.ts';
import { supplierBankOf } from '../../suppliers/index.ts';
import { type PaidBill, postRunJournal } from '../bills/bill-journal.ts';
import { type BillRow, billRows, runBillRows } from '../bills/bills.repository.ts';
import { policyOf } from '../tax/policy.service.ts';
import { type payRunBody, type runBody, type runQuery, runSorts } from './payment-runs.schema.ts';
import type { PaymentRunStatus, PaymentRunTable } from './payment-runs.table.ts';

type RunRow = Omit<PaymentRunTable, 'version'> & { version: number };

const canSeeBank = (ctx: Ctx) => Boolean(ctx.membership?.permissions.has('suppliers:bank'));

/** What each run pays per currency and how many bills, for a page of runs at once. */
async function totalsOf(db: Executor, runIds: string[]) {
  if (runIds.length === 0)
    return new Map<string, { currency: string; totalMinor: number; n: number }[]>();
  const rows = await db
    .selectFrom('supplier_bills')
    .select(['payment_run_id', 'currency'])
    .select((eb) => [
      eb.fn.sum<string>('total_minor').as('total'),
      eb.fn.countAll<string>().as('n'),
    ])
    .where('payment_run_id', 'in', runIds)
    .groupBy(['payment_run_id', 'currency'])
    .orderBy('currency')
    .execute();
  return Map.groupBy(
    rows.map((r) => ({
      runId: r.payment_run_id as string,
      currency: r.currency,
      totalMinor: Number(r.total),
      n: Number(r.n),
    })),
    (r) => r.runId,
  );
}

function presentSummary(r: RunRow, totals: { currency: string; totalMinor: number; n: number }[]) {
  return {
    id: r.id,
    number: r.number,
    dueBy: r.due_by,
    status: r.status,
    totals: totals.map((t) => ({ currency: t.currency, totalMinor: t.totalMinor })),
    bills: totals.reduce((s, t) => s + t.n, 0),
    approvedAt: r.approved_at,
    paidOn: r.paid_on,
    bankReference: r.bank_reference,
    journalId: r.journal_id,
    createdAt: r.created_at,
    version: r.version,
  };
}

async function runRow(db: Executor, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('payment_runs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Payment run');
  return row;
}

/** The transfers of a run: one per supplier and currency, with the bank details to pay into. */
async function payeesOf(ctx: Ctx, bills: BillRow[]) {
  const groups = Map.groupBy(bills, (b) => `${b.supplier_id}|${b.currency}`);
  const showBank = canSeeBank(ctx);
  const payees = [];
  for (const group of groups.values()) {
    const first = group[0] as BillRow;
    payees.push({
      supplier: { id: first.supplier_id, name: first.supplier_name ?? '' },
      currency: first.currency,
      totalMinor: group.reduce((s, b) => s + b.total_minor, 0),
      bank: showBank ? await supplierBankOf(ctx.db, first.workspace_id, first.supplier_id) : null,
      bills: group.map((b) => ({
        id: b.id,
        number: b.number,
        supplierReference: b.supplier_reference,
        dueDate: b.due_date,
        totalMinor: b.total_minor,
      })),
    });
  }
  return payees;
}

export async function getRun(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const row = await runRow(ctx.db, workspaceId, id);
  const totals = (await totalsOf(ctx.db, [id])).get(id) ?? [];
  return {
    ...presentSummary(row, totals),
    payees: await payeesOf(ctx, await runBillRows(ctx.db, workspaceId, id)),
  };
}

export async function listRuns(ctx: Ctx, query: z.infer<typeof runQuery>) {
  const k = keyset(runSorts, 'payment_runs.id', query.sort, query.cursor);
  let q = ctx.db
    .selectFrom('payment_runs')
    .selectAll('payment_runs')
    .where('workspace_id', '=', workspaceOf(ctx));
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await applyKeyset(q, k, query.limit).execute();
  const totals = await totalsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return keysetPage(rows, k, query.limit, (r) => presentSummary(r, totals.get(r.id) ?? []));
}

/**
 * Gathers every approved bill that nothing holds any longer, due by the day and in no other
 * run, into a draft run numbered PAY-2026-00001.
 */
export async function createRun(ctx: Ctx, input: z.infer<typeof runBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const bills = await billRows(trx, workspaceId, { payableBy: input.dueBy });
    if (bills.length === 0) {
      throw refusedField('dueBy', `No approved and released bill is due by ${input.dueBy}`);
    }
    const number = await nextNumber(trx, workspaceId, `PAY-${todayOf(ctx).slice(0, 4)}`, 5);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('payment_runs')
      .values({
        id,
        workspace_id: workspaceId,
        number,
        due_by: input.dueBy,
        status: 'draft',
        approved_at: null,
        approved_by: null,
        paid_on: null,
        bank_reference: null,
        journal_id: null,
        created_at: now,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    // Guarded: a bill another run took meanwhile is not taken twice.
    const taken = await trx
      .updateTable('supplier_bills')
      .set({ payment_run_id: id, updated_at: now })
      .where(
        'id',
        'in',
        bills.map((b) => b.id),
      )
      .where('payment_run_id', 'is', null)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== bills.length) throw versionConflict();
    await audit(trx, ctx, {
      action: 'payment_run.create',
      entityType: 'payment_run',
      entityId: id,
      changes: created({ number, dueBy: input.dueBy, bills: bills.map((b) => b.number) }),
    });
  });
  return getRun(ctx, id);
}

/** Moves a run on from the status it must be in, on the version read. */
async function move(
  trx: Executor,
  ctx: Ctx,
  id: string,
  version: number,
  from: PaymentRunStatus,
  set: Partial<Omit<RunRow, 'id' | 'version'>> & { status: PaymentRunStatus },
  action: 'payment_run.approve' | 'payment_run.discard' | 'payment_run.pay',
) {
  const row = await runRow(trx, workspaceOf(ctx), id);
  if (row.version !== version) throw versionConflict();
  if (row.status !== from) {
    throw new AppError('unprocessable', `${row.number} is ${row.status}, not ${from}`);
  }
  const written = await trx
    .updateTable('payment_runs')
    .set({ ...set, updated_at: isoNow(ctx.clock), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) throw versionConflict();
  await audit(trx, ctx, {
    action,
    entityType: 'payment_run',
    entityId: id,
    changes: { status: { before: from, after: set.status } },
  });
  return row;
}

/** Approves a draft run; where the workspace asks for four eyes, not by whoever made it. */
export async function approveRun(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await runRow(trx, workspaceOf(ctx), id);
    if (row.version !== version) throw versionConflict();
    const { fourEyes } = await policyOf(trx, row.workspace_id);
    if (fourEyes && row.created_by === ctx.actor.userId) {
      throw new AppError('forbidden', 'Someone other than whoever made the run approves it');
    }
    await move(
      trx,
      ctx,
      id,
      version,
      'draft',
      {
        status: 'approved',
        approved_at: isoNow(ctx.clock),
        approved_by: ctx.actor.userId,
      },
      'payment_run.approve',
    );
  });
  return getRun(ctx, id);
}

/** Discards a draft run: its bills wait for the next one. */
export async function discardRun(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    await move(trx, ctx, id, version, 'draft', { status: 'discarded' }, 'payment_run.discard');
    await trx
      .updateTable('supplier_bills')
      .set({ payment_run_id: null, updated_at: isoNow(ctx.clock) })
      .where('payment_run_id', '=', id)
      .execute();
  });
  return getRun(ctx, id);
}

/**
 * Records an approved run as paid by the bank: each bill paid at the day's rate, the payables
 * closed at what approval booked, the difference realised as exchange gain or loss, in one
 * journal.
 */
export async function payRun(ctx: Ctx, id: string, input: z.infer<typeof payRunBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (input.paidOn > todayOf(ctx)) {
      throw refusedField('paidOn', 'A run is marked paid once the bank has paid it');
    }
    const run = await move(
      trx,
      ctx,
      id,
      input.version,
      'approved',
      {
        status: 'paid',
        paid_on: input.paidOn,
        bank_reference: input.bankReference,
      },
      'payment_run.pay',
    );
    const bills = await runBillRows(trx, workspaceId, id);
    const paid: PaidBill[] = [];
    for (const bill of bills) {
      const rate = await rateToBase(trx, workspaceId, bill.currency, input.paidOn);
      if (!rate) {
        throw refusedField(
          'paidOn',
          `No exchange rate for ${bill.currency} on or before ${input.paidOn}`,
        );
      }
      const paidBaseMinor = convertMinor(
        bill.total_minor,
        bill.currency,
        rate.baseCurrency,
        rate.rate,
      );
      paid.push({ bill, paidBaseMinor, fxRate: rate.rate });
    }
    const journalId = await postRunJournal(
      trx,
      ctx,
      {
        id,
        workspaceId,
        number: run.number,
        paidOn: input.paidOn,
        bankReference: input.bankReference,
      },
      paid,
    );
    await trx
      .updateTable('payment_runs')
      .set({ journal_id: journalId })
      .where('id', '=', id)
      .execute();
    await trx
      .updateTable('supplier_bills')
      .set({
        status: 'paid',
        paid_on: input.paidOn,
        updated_at: isoNow(ctx.clock),
        version: sql`version + 1`,
      })
      .where('payment_run_id', '=', id)
      .execute();
  });
  return getRun(ctx, id);
}
