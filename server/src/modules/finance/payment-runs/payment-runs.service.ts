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
import {
  type ReimbursableClaim,
  runClaimRows,
  unpaidClaimRows,
} from '../expenses/expenses.repository.ts';
import { policyOf } from '../tax/policy.service.ts';
import { type payRunBody, type runBody, type runQuery, runSorts } from './payment-runs.schema.ts';
import type { PaymentRunStatus, PaymentRunTable } from './payment-runs.table.ts';

type RunRow = Omit<PaymentRunTable, 'version'> & { version: number };

const canSeeBank = (ctx: Ctx) => Boolean(ctx.membership?.permissions.has('suppliers:bank'));

type RunTotal = { currency: string; totalMinor: number; bills: number; claims: number };

/**
 * What each run pays per currency, and how many bills and expense claims, for a page of runs
 * at once.
 */
export async function runTotals(db: Executor, runIds: string[]) {
  const totals = new Map<string, RunTotal[]>();
  if (runIds.length === 0) return totals;
  const sums = (table: 'supplier_bills' | 'expense_claims') =>
    db
      .selectFrom(table)
      .select(['payment_run_id', 'currency'])
      .select((eb) => [
        eb.fn.sum<string>('total_minor').as('total'),
        eb.fn.countAll<string>().as('n'),
      ])
      .where('payment_run_id', 'in', runIds)
      .groupBy(['payment_run_id', 'currency'])
      .execute();
  const [bills, claims] = await Promise.all([sums('supplier_bills'), sums('expense_claims')]);
  const add = (rows: typeof bills, kind: 'bills' | 'claims') => {
    for (const r of rows) {
      const run = totals.get(r.payment_run_id as string) ?? [];
      let t = run.find((x) => x.currency === r.currency);
      if (!t) {
        t = { currency: r.currency, totalMinor: 0, bills: 0, claims: 0 };
        run.push(t);
      }
      t.totalMinor += Number(r.total);
      t[kind] += Number(r.n);
      totals.set(r.payment_run_id as string, run);
    }
  };
  add(bills, 'bills');
  add(claims, 'claims');
  for (const run of totals.values()) run.sort((a, b) => a.currency.localeCompare(b.currency));
  return totals;
}

function presentSummary(r: RunRow, totals: RunTotal[]) {
  return {
    id: r.id,
    number: r.number,
    dueBy: r.due_by,
    status: r.status,
    totals: totals.map((t) => ({ currency: t.currency, totalMinor: t.totalMinor })),
    bills: totals.reduce((s, t) => s + t.bills, 0),
    claims: totals.reduce((s, t) => s + t.claims, 0),
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

/**
 * The transfers of a run: one per supplier and currency with the bank details to pay into
 * (its bills and its workers' claims), and one per employee reimbursed.
 */
async function payeesOf(ctx: Ctx, bills: BillRow[], claims: ReimbursableClaim[]) {
  const workspaceId = workspaceOf(ctx);
  const payeeOf = (supplierId: string | null, personId: string, currency: string) =>
    supplierId ? `s|${supplierId}|${currency}` : `p|${personId}|${currency}`;
  const keys = [
    ...bills.map((b) => payeeOf(b.supplier_id, '', b.currency)),
    ...claims.map((c) => payeeOf(c.supplier_id, c.person_id, c.currency)),
  ];
  const showBank = canSeeBank(ctx);
  const payees = [];
  for (const key of new Set(keys)) {
    const own = {
      bills: bills.filter((b) => payeeOf(b.supplier_id, '', b.currency) === key),
      claims: claims.filter((c) => payeeOf(c.supplier_id, c.person_id, c.currency) === key),
    };
    const bill = own.bills[0];
    const claim = own.claims[0];
    const supplierId = bill?.supplier_id ?? claim?.supplier_id ?? null;
    payees.push({
      supplier: supplierId
        ? { id: supplierId, name: bill?.supplier_name ?? claim?.supplier_name ?? '' }
        : null,
      person: supplierId || !claim ? null : { id: claim.person_id, name: claim.person_name ?? '' },
      currency: (bill?.currency ?? claim?.currency) as string,
      totalMinor:
        own.bills.reduce((s, b) => s + b.total_minor, 0) +
        own.claims.reduce((s, c) => s + c.total_minor, 0),
      bank: showBank && supplierId ? await supplierBankOf(ctx.db, workspaceId, supplierId) : null,
      bills: own.bills.map((b) => ({
        id: b.id,
        number: b.number,
        supplierReference: b.supplier_reference,
        dueDate: b.due_date,
        totalMinor: b.total_minor,
      })),
      claims: own.claims.map((c) => ({
        id: c.id,
        number: c.number,
        title: c.title,
        totalMinor: c.total_minor,
      })),
    });
  }
  return payees;
}

export async function getRun(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const row = await runRow(ctx.db, workspaceId, id);
  const totals = (await runTotals(ctx.db, [id])).get(id) ?? [];
  return {
    ...presentSummary(row, totals),
    payees: await payeesOf(
      ctx,
      await runBillRows(ctx.db, workspaceId, id),
      await runClaimRows(ctx.db, workspaceId, id),
    ),
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
  const totals = await runTotals(
    ctx.db,
    rows.map((r) => r.id),
  );
  return keysetPage(rows, k, query.limit, (r) => presentSummary(r, totals.get(r.id) ?? []));
}

/** Puts rows no run took yet into the run; one another run took meanwhile fails the whole. */
async function take(
  trx: Executor,
  table: 'supplier_bills' | 'expense_claims',
  ids: string[],
  runId: string,
  now: string,
) {
  if (ids.length === 0) return;
  const taken = await trx
    .updateTable(table)
    .set({ payment_run_id: runId, updated_at: now })
    .where('id', 'in', ids)
    .where('payment_run_id', 'is', null)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== ids.length) throw versionConflict();
}

/**
 * Gathers every approved bill that nothing holds any longer, due by the day and in no other
 * run, and every approved expense claim not yet reimbursed, into a draft run numbered
 * PAY-2026-00001.
 */
export async function createRun(ctx: Ctx, input: z.infer<typeof runBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const bills = await billRows(trx, workspaceId, { payableBy: input.dueBy });
    const claims = await unpaidClaimRows(trx, workspaceId);
    if (bills.length === 0 && claims.length === 0) {
      throw refusedField(
        'dueBy',
        `No approved and released bill is due by ${input.dueBy}, and no approved expense claim waits`,
      );
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
    // Guarded: a bill or claim another run took meanwhile is not taken twice.
    await take(
      trx,
      'supplier_bills',
      bills.map((b) => b.id),
      id,
      now,
    );
    await take(
      trx,
      'expense_claims',
      claims.map((c) => c.id),
      id,
      now,
    );
    await audit(trx, ctx, {
      action: 'payment_run.create',
      entityType: 'payment_run',
      entityId: id,
      changes: created({
        number,
        dueBy: input.dueBy,
        bills: bills.map((b) => b.number),
        claims: claims.map((c) => c.number),
      }),
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

/** Discards a draft run: its bills and claims wait for the next one. */
export async function discardRun(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    await move(trx, ctx, id, version, 'draft', { status: 'discarded' }, 'payment_run.discard');
    for (const table of ['supplier_bills', 'expense_claims'] as const) {
      await trx
        .updateTable(table)
        .set({ payment_run_id: null, updated_at: isoNow(ctx.clock) })
        .where('payment_run_id', '=', id)
        .execute();
    }
  });
  return getRun(ctx, id);
}

/**
 * Records an approved run as paid by the bank: each bill paid at the day's rate, the payables
 * closed at what approval booked, the difference realised as exchange gain or loss, and each
 * expense claim's reimbursement owed settled, in one journal.
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
    const claims = await runClaimRows(trx, workspaceId, id);
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
      claims,
    );
    await trx
      .updateTable('payment_runs')
      .set({ journal_id: journalId })
      .where('id', '=', id)
      .execute();
    for (const table of ['supplier_bills', 'expense_claims'] as const) {
      await trx
        .updateTable(table)
        .set({
          status: 'paid',
          paid_on: input.paidOn,
          updated_at: isoNow(ctx.clock),
          version: sql`version + 1`,
        })
        .where('payment_run_id', '=', id)
        .execute();
    }
  });
  return getRun(ctx, id);
}
