import type { Executor } from '../../../db/database.ts';
import { clientName } from '../../clients/index.ts';
import { balanceOf } from '../invoices/settlement.ts';
import { runTotals } from '../payment-runs/payment-runs.service.ts';

export type Suggestion = {
  invoice: { id: string; number: string; balanceMinor: number };
  client: { id: string; name: string };
  /** Why it is suggested: the same amount, its number in the reference, the payer's name. */
  reasons: ('amount' | 'reference' | 'payer')[];
};

/** The issued invoices of a currency with something owed, with their clients' names. */
export async function openInvoices(db: Executor, workspaceId: string, currency: string) {
  const rows = await db
    .selectFrom('invoices')
    .select(['id', 'number', 'client_id', 'kind', 'status', 'total_minor', 'paid_minor'])
    .select(['credited_minor', 'written_off_minor', 'due_date'])
    .select((eb) => clientName(db, eb.ref('invoices.client_id')).as('client_name'))
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('currency', '=', currency)
    .execute();
  return rows
    .map((r) => ({ ...r, balance: balanceOf(r) }))
    .filter((r) => r.balance > 0 && r.number);
}

const squash = (text: string) => text.toLowerCase().replace(/[\s.,()（）-]/g, '');

/**
 * The invoices a line of money in may pay, best first: the amount owed equal to the line's,
 * the invoice's number in the reference, the client's name in the payer's (or the other way
 * round). Three at most, and only with a reason.
 */
export function suggestionsFor(
  line: { amount_minor: number; reference: string | null; counterparty: string | null },
  invoices: Awaited<ReturnType<typeof openInvoices>>,
): Suggestion[] {
  if (line.amount_minor <= 0) return [];
  const reference = squash(line.reference ?? '');
  const payer = squash(line.counterparty ?? '');
  const weights = { reference: 4, amount: 3, payer: 2 };
  return invoices
    .map((i) => {
      const client = squash(i.client_name ?? '');
      const reasons: Suggestion['reasons'] = [];
      if (i.balance === line.amount_minor) reasons.push('amount');
      if (reference.includes(squash(i.number as string))) reasons.push('reference');
      if (payer && client && (payer.includes(client) || client.includes(payer)))
        reasons.push('payer');
      return { i, reasons, score: reasons.reduce((s, r) => s + weights[r], 0) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || (a.i.due_date ?? '').localeCompare(b.i.due_date ?? ''))
    .slice(0, 3)
    .map(({ i, reasons }) => ({
      invoice: { id: i.id, number: i.number as string, balanceMinor: i.balance },
      client: { id: i.client_id, name: i.client_name ?? '' },
      reasons,
    }));
}

export type RunSuggestion = {
  run: { id: string; number: string; totalMinor: number };
  /** Why it is suggested: the run's total in the line's currency, its bank reference. */
  reasons: ('amount' | 'reference')[];
};

/** The paid payment runs no statement line is matched to, with their totals in a currency. */
export async function unmatchedRuns(db: Executor, workspaceId: string, currency: string) {
  const runs = await db
    .selectFrom('payment_runs')
    .select(['id', 'number', 'bank_reference'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'paid')
    .where(
      'id',
      'not in',
      db
        .selectFrom('bank_statement_lines')
        .select('payment_run_id as id')
        .where('workspace_id', '=', workspaceId)
        .where('payment_run_id', 'is not', null)
        .$narrowType<{ id: string }>(),
    )
    .execute();
  const totals = await runTotals(
    db,
    runs.map((r) => r.id),
  );
  return runs.flatMap((r) => {
    const total = totals.get(r.id)?.find((t) => t.currency === currency);
    return total ? [{ ...r, totalMinor: total.totalMinor }] : [];
  });
}

/**
 * The payment runs a line of money out may be, best first: the run's total equal to what
 * left, its bank reference in the line's reference. Three at most, and only with a reason.
 */
export function runSuggestionsFor(
  line: { amount_minor: number; reference: string | null },
  runs: Awaited<ReturnType<typeof unmatchedRuns>>,
): RunSuggestion[] {
  if (line.amount_minor >= 0) return [];
  const reference = squash(line.reference ?? '');
  return runs
    .map((r) => {
      const reasons: RunSuggestion['reasons'] = [];
      if (r.totalMinor === -line.amount_minor) reasons.push('amount');
      if (r.bank_reference && reference.includes(squash(r.bank_reference))) {
        reasons.push('reference');
      }
      return { r, reasons };
    })
    .filter((x) => x.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, 3)
    .map(({ r, reasons }) => ({
      run: { id: r.id, number: r.number, totalMinor: r.totalMinor },
      reasons,
    }));
}
