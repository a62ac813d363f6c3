import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { ensureChart } from './accounts.service.ts';
import {
  findJournalRows,
  type JournalLineRow,
  type JournalRow,
  journalLineRows,
  journalRow,
} from './journals.repository.ts';
import {
  type journalBody,
  type journalQuery,
  journalSorts,
  type reverseBody,
} from './ledger.schema.ts';
import type { JournalSource } from './ledger.table.ts';
import { assertPeriodOpen, periodOf } from './periods.service.ts';

/** One side of a posting, in base currency, with what it concerns. */
export type PostingLine = {
  accountId: string;
  debitMinor: number;
  creditMinor: number;
  /** The amount in its own currency and the rate to base; base currency at 1 when left out. */
  currency?: string;
  amountMinor?: number;
  fxRate?: string;
  memo?: string | null;
  projectId?: string | null;
  clientId?: string | null;
  supplierId?: string | null;
};

export type Posting = {
  postedOn: string;
  description: string;
  source: { type: JournalSource; id: string | null };
  reversesId?: string | null;
  lines: PostingLine[];
};

/** Why a posting cannot stand; the field names where the caller gave it. */
function refuse(message: string, field = 'body.lines'): never {
  throw new AppError('validation_failed', message, { fields: { [field]: [message] } });
}

/** A posting balances: each line one side and positive, Σ debits = Σ credits, two lines at least. */
function assertBalanced(lines: readonly PostingLine[]): number {
  if (lines.length < 2) refuse('A journal has two lines at least');
  let debit = 0;
  let credit = 0;
  for (const [i, l] of lines.entries()) {
    if (l.debitMinor > 0 === l.creditMinor > 0 || l.debitMinor < 0 || l.creditMinor < 0) {
      refuse('Each line is a debit or a credit, above zero', `body.lines.${i}`);
    }
    debit += l.debitMinor;
    credit += l.creditMinor;
  }
  if (debit !== credit) refuse(`Debits ${debit} and credits ${credit} differ`);
  if (!Number.isSafeInteger(debit)) refuse('The total is too large');
  return debit;
}

async function assertAccounts(trx: Executor, workspaceId: string, lines: readonly PostingLine[]) {
  const ids = [...new Set(lines.map((l) => l.accountId))];
  const found = await trx
    .selectFrom('ledger_accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', true)
    .where('id', 'in', ids)
    .execute();
  const known = new Set(found.map((a) => a.id));
  for (const [i, l] of lines.entries()) {
    if (!known.has(l.accountId)) {
      refuse('Not an active account of this chart', `body.lines.${i}.accountId`);
    }
  }
}

/**
 * Adds a posting's lines to its month's balances, per account: in the posting's transaction,
 * so the balances are always the sum of the lines.
 */
async function addToBalances(
  trx: Executor,
  workspaceId: string,
  period: string,
  lines: readonly PostingLine[],
) {
  const byAccount = new Map<string, { debit: number; credit: number }>();
  for (const l of lines) {
    const sum = byAccount.get(l.accountId) ?? { debit: 0, credit: 0 };
    byAccount.set(l.accountId, {
      debit: sum.debit + l.debitMinor,
      credit: sum.credit + l.creditMinor,
    });
  }
  for (const [accountId, sum] of byAccount) {
    await trx
      .insertInto('ledger_balances')
      .values({
        workspace_id: workspaceId,
        account_id: accountId,
        period,
        debit_minor: sum.debit,
        credit_minor: sum.credit,
      })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'account_id', 'period']).doUpdateSet({
          debit_minor: sql`ledger_balances.debit_minor + ${sum.debit}`,
          credit_minor: sql`ledger_balances.credit_minor + ${sum.credit}`,
        }),
      )
      .execute();
  }
}

/**
 * Posts a balanced journal in the caller's transaction: the only way anything reaches the
 * ledger. It numbers the journal without gaps per year (the counter row is taken in this
 * transaction), refuses a closed month, and writes the audit entry.
 */
export async function postJournal(trx: Executor, ctx: Ctx, posting: Posting): Promise<string> {
  const workspaceId = workspaceOf(ctx);
  await ensureChart(trx, ctx, workspaceId);
  const total = assertBalanced(posting.lines);
  await assertAccounts(trx, workspaceId, posting.lines);
  const period = periodOf(posting.postedOn);
  await assertPeriodOpen(trx, workspaceId, period);
  const { baseCurrency } = await getSettingsRow(trx, workspaceId);
  const id = newId();
  const number = await nextNumber(trx, workspaceId, `JV-${posting.postedOn.slice(0, 4)}`);
  await trx
    .insertInto('journals')
    .values({
      id,
      workspace_id: workspaceId,
      number,
      posted_on: posting.postedOn,
      period,
      description: posting.description,
      source_type: posting.source.type,
      source_id: posting.source.id,
      reverses_id: posting.reversesId ?? null,
      total_minor: total,
      created_at: isoNow(ctx.clock),
      created_by: ctx.actor.userId,
    })
    .execute();
  await trx
    .insertInto('journal_lines')
    .values(
      posting.lines.map((l, i) => ({
        id: newId(),
        workspace_id: workspaceId,
        journal_id: id,
        seq: i + 1,
        account_id: l.accountId,
        posted_on: posting.postedOn,
        debit_minor: l.debitMinor,
        credit_minor: l.creditMinor,
        currency: l.currency ?? baseCurrency,
        amount_minor: l.amountMinor ?? l.debitMinor + l.creditMinor,
        fx_rate: l.fxRate ?? '1',
        memo: l.memo ?? null,
        project_id: l.projectId ?? null,
        client_id: l.clientId ?? null,
        supplier_id: l.supplierId ?? null,
      })),
    )
    .execute();
  await addToBalances(trx, workspaceId, period, posting.lines);
  await audit(trx, ctx, {
    action: 'journal.post',
    entityType: 'journal',
    entityId: id,
    changes: {
      number: { after: number },
      postedOn: { after: posting.postedOn },
      description: { after: posting.description },
    },
  });
  return id;
}

/** A stored line as a posting: what it debits or credits, in which currency, for what. */
const postingLineOf = (l: JournalLineRow) => ({
  accountId: l.account_id,
  debitMinor: l.debit_minor,
  creditMinor: l.credit_minor,
  currency: l.currency,
  amountMinor: l.amount_minor,
  fxRate: l.fx_rate,
  memo: l.memo,
  projectId: l.project_id,
  clientId: l.client_id,
  supplierId: l.supplier_id,
});

function presentSummary(j: JournalRow, currency: string) {
  return {
    id: j.id,
    number: j.number,
    postedOn: j.posted_on,
    period: j.period,
    description: j.description,
    sourceType: j.source_type,
    sourceId: j.source_id,
    reversesId: j.reverses_id,
    reversedById: j.reversed_by_id ?? null,
    currency,
    totalMinor: j.total_minor,
    createdAt: j.created_at,
  };
}

export async function getJournal(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const row = await journalRow(ctx.db, workspaceId, id);
  if (!row) throw notFound('Journal');
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  const lines = await journalLineRows(ctx.db, workspaceId, id);
  return {
    ...presentSummary(row, baseCurrency),
    lines: lines.map((l) => {
      const { accountId, ...rest } = postingLineOf(l);
      return {
        seq: l.seq,
        account: { id: accountId, code: l.code, nameZh: l.name_zh, nameEn: l.name_en },
        ...rest,
      };
    }),
  };
}

export async function listJournals(ctx: Ctx, query: z.infer<typeof journalQuery>) {
  const workspaceId = workspaceOf(ctx);
  const k = keyset(journalSorts, 'journals.id', query.sort, query.cursor);
  const rows = await findJournalRows(ctx.db, workspaceId, query, k, query.limit);
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return keysetPage(rows, k, query.limit, (j) => presentSummary(j, baseCurrency));
}

/** A journal someone enters by hand, in base currency. */
export async function createJournal(ctx: Ctx, input: z.infer<typeof journalBody>) {
  const id = await ctx.db.transaction().execute((trx) =>
    postJournal(trx, ctx, {
      postedOn: input.postedOn,
      description: input.description,
      source: { type: 'manual', id: null },
      lines: input.lines,
    }),
  );
  return getJournal(ctx, id);
}

/**
 * Corrects a journal by its mirror image: every debit becomes a credit of the same amount on
 * the same account. A journal is reversed once at most (the database keeps that too), and a
 * reversal is not reversed: post the journal again instead.
 */
export async function reverseJournal(ctx: Ctx, id: string, input: z.infer<typeof reverseBody>) {
  const workspaceId = workspaceOf(ctx);
  const reversalId = await ctx.db.transaction().execute(async (trx) => {
    const original = await journalRow(trx, workspaceId, id);
    if (!original) throw notFound('Journal');
    if (original.reverses_id) throw new AppError('unprocessable', 'A reversal is not reversed');
    if (original.reversed_by_id) {
      throw new AppError('unprocessable', `${original.number} is reversed already`);
    }
    const lines = await journalLineRows(trx, workspaceId, id);
    return postJournal(trx, ctx, {
      postedOn: input.postedOn ?? todayOf(ctx),
      description: `${original.number}: ${input.reason}`,
      source: { type: 'reversal', id },
      reversesId: id,
      lines: lines.map((l) => ({
        ...postingLineOf(l),
        debitMinor: l.credit_minor,
        creditMinor: l.debit_minor,
      })),
    });
  });
  return getJournal(ctx, reversalId);
}
