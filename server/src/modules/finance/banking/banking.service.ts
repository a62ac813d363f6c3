import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  notFound,
  refusedField,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { applyKeyset, keyset, keysetPage, newestFirst } from '../../../platform/http/keyset.ts';
import { sheetFromCsv, sheetFromXlsx } from '../../../platform/http/sheet.ts';
import { newId } from '../../../platform/ids.ts';
import { recordPaymentIn } from '../payments/payments.service.ts';
import type {
  ignoreBody,
  lineQuery as lineQuerySchema,
  matchBody,
  statementBody,
  statementQuery,
} from './banking.schema.ts';
import type { ColumnMapping } from './banking.table.ts';
import {
  openInvoices,
  runSuggestionsFor,
  suggestionsFor,
  unmatchedRuns,
} from './match-suggestions.ts';
import { linesFromSheet } from './statement-lines.ts';

async function statementRow(db: Executor, ctx: Ctx, id: string) {
  const row = await db
    .selectFrom('bank_statements')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Bank statement');
  return row;
}

/** Statement lines with their payment's number and their statement's currency. */
function lineQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('bank_statement_lines as l')
    .innerJoin('bank_statements as s', 's.id', 'l.statement_id')
    .leftJoin('payments as p', 'p.id', 'l.payment_id')
    .leftJoin('payment_runs as r', 'r.id', 'l.payment_run_id')
    .selectAll('l')
    .select(['p.number as payment_number', 'r.number as run_number', 's.currency'])
    .where('l.workspace_id', '=', workspaceId);
}

type LineRow = Awaited<ReturnType<ReturnType<typeof lineQuery>['execute']>>[number];

/**
 * Lines as the app shows them, with what each line of open money in may pay and which paid
 * run each line of open money out may be.
 */
async function presentLines(db: Executor, workspaceId: string, lines: LineRow[]) {
  const open = lines.filter((l) => l.status === 'open');
  const invoices = new Map<string, Awaited<ReturnType<typeof openInvoices>>>();
  for (const c of new Set(open.filter((l) => l.amount_minor > 0).map((l) => l.currency))) {
    invoices.set(c, await openInvoices(db, workspaceId, c));
  }
  const runs = new Map<string, Awaited<ReturnType<typeof unmatchedRuns>>>();
  for (const c of new Set(open.filter((l) => l.amount_minor < 0).map((l) => l.currency))) {
    runs.set(c, await unmatchedRuns(db, workspaceId, c));
  }
  return lines.map((l) => ({
    id: l.id,
    statementId: l.statement_id,
    seq: l.seq,
    bookedOn: l.booked_on,
    amountMinor: l.amount_minor,
    reference: l.reference,
    counterparty: l.counterparty,
    status: l.status,
    payment:
      l.payment_id && l.payment_number ? { id: l.payment_id, number: l.payment_number } : null,
    paymentRun:
      l.payment_run_id && l.run_number ? { id: l.payment_run_id, number: l.run_number } : null,
    note: l.note,
    suggestions: l.status === 'open' ? suggestionsFor(l, invoices.get(l.currency) ?? []) : [],
    runSuggestions: l.status === 'open' ? runSuggestionsFor(l, runs.get(l.currency) ?? []) : [],
    version: l.version,
  }));
}

/** A statement's lines in order. */
async function statementLines(ctx: Ctx, statementId: string) {
  const workspaceId = workspaceOf(ctx);
  const rows = await lineQuery(ctx.db, workspaceId)
    .where('l.statement_id', '=', statementId)
    .orderBy('l.seq')
    .execute();
  return presentLines(ctx.db, workspaceId, rows);
}

/** One line as the app shows it. */
async function lineOf(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const rows = await lineQuery(ctx.db, workspaceId).where('l.id', '=', id).execute();
  const [line] = await presentLines(ctx.db, workspaceId, rows);
  if (!line) throw notFound('Bank statement line');
  return line;
}

/** Lines to reconcile across statements (open ones unless asked), oldest booking first. */
export async function listLines(ctx: Ctx, query: z.infer<typeof lineQuerySchema>) {
  const workspaceId = workspaceOf(ctx);
  const k = keyset({ bookedOn: 'l.booked_on' }, 'l.id', 'bookedOn', query.cursor);
  let q = lineQuery(ctx.db, workspaceId).where('l.status', '=', query.status);
  if (query.statementId) q = q.where('l.statement_id', '=', query.statementId);
  const rows = await applyKeyset(q, k, query.limit).execute();
  const shown = new Map((await presentLines(ctx.db, workspaceId, rows)).map((l) => [l.id, l]));
  return keysetPage(
    rows,
    k,
    query.limit,
    (r) => shown.get(r.id) as NonNullable<ReturnType<typeof shown.get>>,
  );
}

type StatementRow = Awaited<ReturnType<typeof statementRow>>;

function presentSummary(s: StatementRow, counts: { lines: number; open: number }) {
  return {
    id: s.id,
    bankAccount: s.bank_account,
    currency: s.currency,
    fileName: s.file_name,
    firstDay: s.first_day,
    lastDay: s.last_day,
    ...counts,
    createdAt: s.created_at,
  };
}

/** How many lines each statement has, and how many are still open. */
async function lineCounts(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { lines: number; open: number }>();
  const rows = await db
    .selectFrom('bank_statement_lines')
    .select((eb) => [
      'statement_id',
      eb.fn.countAll<string>().as('lines'),
      sql<string>`sum(case when status = 'open' then 1 else 0 end)`.as('open'),
    ])
    .where('statement_id', 'in', ids)
    .groupBy('statement_id')
    .execute();
  return new Map(
    rows.map((r) => [r.statement_id, { lines: Number(r.lines), open: Number(r.open) }]),
  );
}

export async function getStatement(ctx: Ctx, id: string) {
  const statement = await statementRow(ctx.db, ctx, id);
  const counts = (await lineCounts(ctx.db, [id])).get(id) ?? { lines: 0, open: 0 };
  return { ...presentSummary(statement, counts), bookings: await statementLines(ctx, id) };
}

export async function listStatements(ctx: Ctx, query: z.infer<typeof statementQuery>) {
  const k = newestFirst(query.cursor);
  const rows = await applyKeyset(
    ctx.db.selectFrom('bank_statements').selectAll().where('workspace_id', '=', workspaceOf(ctx)),
    k,
    query.limit,
  ).execute();
  const counts = await lineCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return keysetPage(rows, k, query.limit, (r) =>
    presentSummary(r, counts.get(r.id) ?? { lines: 0, open: 0 }),
  );
}

/** The column mapping an account's files were last imported with, if any. */
export async function mappingOf(db: Executor, workspaceId: string, bankAccount: string) {
  const row = await db
    .selectFrom('bank_mappings')
    .select('mapping')
    .where('workspace_id', '=', workspaceId)
    .where('bank_account', '=', bankAccount)
    .executeTakeFirst();
  return (row?.mapping as ColumnMapping | undefined) ?? null;
}

/** The mapping an account was last imported with; 404 for an account never imported. */
export async function getMapping(ctx: Ctx, bankAccount: string) {
  const mapping = await mappingOf(ctx.db, workspaceOf(ctx), bankAccount);
  if (!mapping) throw notFound('Bank mapping');
  return mapping;
}

/**
 * Imports a bank's statement file under the account's column mapping (given, or the one it
 * was last imported with, which a given one replaces); every row must read, or nothing is
 * imported.
 */
export async function importStatement(ctx: Ctx, input: z.infer<typeof statementBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const mapping = input.mapping ?? (await mappingOf(trx, workspaceId, input.bankAccount));
    if (!mapping) throw refusedField('mapping', 'Say which columns hold the day and the amount');
    const sheet =
      input.format === 'csv' ? sheetFromCsv(input.content) : await sheetFromXlsx(input.content);
    const lines = linesFromSheet(sheet, mapping, input.currency);
    const days = lines.map((l) => l.bookedOn).sort();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('bank_statements')
      .values({
        id,
        workspace_id: workspaceId,
        bank_account: input.bankAccount,
        currency: input.currency,
        file_name: input.fileName ?? null,
        first_day: days[0] as string,
        last_day: days.at(-1) as string,
        created_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    for (let k = 0; k < lines.length; k += 500) {
      await trx
        .insertInto('bank_statement_lines')
        .values(
          lines.slice(k, k + 500).map((l, i) => ({
            id: newId(),
            workspace_id: workspaceId,
            statement_id: id,
            seq: k + i + 1,
            booked_on: l.bookedOn,
            amount_minor: l.amountMinor,
            reference: l.reference,
            counterparty: l.counterparty,
            status: 'open' as const,
            payment_id: null,
            note: null,
            decided_at: null,
            decided_by: null,
          })),
        )
        .execute();
    }
    const saved = { workspace_id: workspaceId, bank_account: input.bankAccount, updated_at: now };
    await trx
      .insertInto('bank_mappings')
      .values({ ...saved, mapping: JSON.stringify(mapping) })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'bank_account']).doUpdateSet({
          mapping: JSON.stringify(mapping),
          updated_at: now,
        }),
      )
      .execute();
    await audit(trx, ctx, {
      action: 'bank_statement.import',
      entityType: 'bank_statement',
      entityId: id,
      changes: created({ bankAccount: input.bankAccount, lines: lines.length }),
    });
  });
  return getStatement(ctx, id);
}

/** An open line of a statement, read for a decision on the version the caller saw. */
async function openLine(trx: Executor, ctx: Ctx, lineId: string, version: number) {
  const line = await lineQuery(trx, workspaceOf(ctx)).where('l.id', '=', lineId).executeTakeFirst();
  if (!line) throw notFound('Bank statement line');
  if (line.version !== version) throw versionConflict();
  if (line.status !== 'open') {
    throw new AppError('unprocessable', `Line ${line.seq} is ${line.status}`);
  }
  return line;
}

async function decide(
  trx: Executor,
  ctx: Ctx,
  line: { id: string; version: number },
  set: {
    status: 'matched' | 'ignored';
    payment_id?: string;
    payment_run_id?: string;
    note?: string;
  },
) {
  const written = await trx
    .updateTable('bank_statement_lines')
    .set({
      ...set,
      decided_at: isoNow(ctx.clock),
      decided_by: ctx.actor.userId,
      version: line.version + 1,
    })
    .where('id', '=', line.id)
    .where('version', '=', line.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) throw versionConflict();
}

type OpenLine = Awaited<ReturnType<typeof openLine>>;

/**
 * Matches a line of money out to the paid payment run it was, for its whole total in the
 * line's currency: the run booked the payment when it was marked paid, so nothing posts.
 */
async function matchToRun(trx: Executor, ctx: Ctx, line: OpenLine, runId: string) {
  if (line.amount_minor >= 0) {
    throw new AppError('unprocessable', 'Only money out is matched to a payment run');
  }
  const run = (await unmatchedRuns(trx, line.workspace_id, line.currency)).find(
    (r) => r.id === runId,
  );
  if (!run) {
    throw refusedField(
      'paymentRunId',
      `No paid run in ${line.currency} waits for its statement line`,
    );
  }
  if (run.totalMinor !== -line.amount_minor) {
    throw refusedField(
      'paymentRunId',
      `${run.number} paid ${run.totalMinor}, not ${-line.amount_minor}`,
    );
  }
  await decide(trx, ctx, line, { status: 'matched', payment_run_id: run.id });
  await audit(trx, ctx, {
    action: 'bank_statement.match',
    entityType: 'bank_statement',
    entityId: line.statement_id,
    changes: { line: { after: line.seq }, paymentRun: { after: run.number } },
  });
}

/**
 * Matches a line of money in to an invoice a person chose (the payment is recorded as the
 * bank booked it: day, amount, reference, payer; to that invoice up to what it owes, the rest
 * the client's credit balance; the line keeps the payment), or a line of money out to the
 * payment run it paid.
 */
export async function matchLine(ctx: Ctx, lineId: string, input: z.infer<typeof matchBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const line = await openLine(trx, ctx, lineId, input.version);
    if (input.paymentRunId) return matchToRun(trx, ctx, line, input.paymentRunId);
    if (line.amount_minor <= 0) {
      throw new AppError('unprocessable', 'Only money in is matched to an invoice');
    }
    const invoice = (await openInvoices(trx, line.workspace_id, line.currency)).find(
      (i) => i.id === input.invoiceId,
    );
    if (!invoice)
      throw refusedField(
        'invoiceId',
        `No issued invoice in ${line.currency} owes anything by that id`,
      );
    const paymentId = await recordPaymentIn(trx, ctx, {
      clientId: invoice.client_id,
      receivedOn: line.booked_on,
      currency: line.currency,
      amountMinor: line.amount_minor,
      ...(line.reference ? { reference: line.reference.slice(0, 200) } : {}),
      ...(line.counterparty ? { payer: line.counterparty.slice(0, 200) } : {}),
      allocations: [
        { invoiceId: invoice.id, amountMinor: Math.min(line.amount_minor, invoice.balance) },
      ],
    });
    await decide(trx, ctx, line, { status: 'matched', payment_id: paymentId });
    await audit(trx, ctx, {
      action: 'bank_statement.match',
      entityType: 'bank_statement',
      entityId: line.statement_id,
      changes: { line: { after: line.seq }, invoice: { after: invoice.number } },
    });
  });
  return lineOf(ctx, lineId);
}

/** Sets a line aside with a note: bank charges, a transfer between our accounts. */
export async function ignoreLine(ctx: Ctx, lineId: string, input: z.infer<typeof ignoreBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const line = await openLine(trx, ctx, lineId, input.version);
    await decide(trx, ctx, line, { status: 'ignored', note: input.note });
    await audit(trx, ctx, {
      action: 'bank_statement.ignore',
      entityType: 'bank_statement',
      entityId: line.statement_id,
      changes: { line: { after: line.seq }, note: { after: input.note } },
    });
  });
  return lineOf(ctx, lineId);
}
