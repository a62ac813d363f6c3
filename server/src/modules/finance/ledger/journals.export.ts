import type { z } from 'zod';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import type { Column } from '../../../platform/http/table-export.ts';
import { majorString } from '../../../platform/money.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { exportLineRows } from './journals.repository.ts';
import { listJournals } from './journals.service.ts';
import type { journalQuery } from './ledger.schema.ts';

type JournalSummary = Awaited<ReturnType<typeof listJournals>>['items'][number];
type Line = Awaited<ReturnType<typeof exportLineRows>>[number];
type Row = { journal: JournalSummary; line: Line; base: string };

/**
 * The accounting export: one row per journal line, the voucher's number and date beside it,
 * amounts in major units as decimals (base currency, and the line's own currency with its
 * rate), and the client and project as auxiliary items (辅助核算). docs/api.md describes it.
 */
export const journalLineColumns: Column<Row>[] = [
  { header: 'voucher', value: (r) => r.journal.number },
  { header: 'date', value: (r) => r.journal.postedOn },
  { header: 'period', value: (r) => r.journal.period },
  { header: 'line', value: (r) => r.line.seq },
  { header: 'accountCode', value: (r) => r.line.code },
  { header: 'accountNameZh', value: (r) => r.line.name_zh },
  { header: 'accountNameEn', value: (r) => r.line.name_en },
  { header: 'debit', value: (r) => majorString(r.line.debit_minor, r.base) },
  { header: 'credit', value: (r) => majorString(r.line.credit_minor, r.base) },
  { header: 'baseCurrency', value: (r) => r.base },
  { header: 'currency', value: (r) => r.line.currency },
  { header: 'amount', value: (r) => majorString(r.line.amount_minor, r.line.currency) },
  { header: 'fxRate', value: (r) => r.line.fx_rate },
  { header: 'description', value: (r) => r.journal.description },
  { header: 'memo', value: (r) => r.line.memo },
  { header: 'client', value: (r) => r.line.client_name },
  { header: 'project', value: (r) => r.line.project_number },
  { header: 'source', value: (r) => r.journal.sourceType },
];

/** A page of journals, as the list pages them, turned into their lines. */
export async function journalLinePage(
  ctx: Ctx,
  query: Omit<z.infer<typeof journalQuery>, 'limit' | 'cursor'>,
  limit: number,
  cursor: string | undefined,
) {
  const workspaceId = workspaceOf(ctx);
  const page = await listJournals(ctx, { ...query, limit, cursor });
  const [{ baseCurrency }, lines] = await Promise.all([
    getSettingsRow(ctx.db, workspaceId),
    exportLineRows(
      ctx.db,
      workspaceId,
      page.items.map((j) => j.id),
    ),
  ]);
  const byJournal = Map.groupBy(lines, (l) => l.journal_id);
  return {
    items: page.items.flatMap((journal) =>
      (byJournal.get(journal.id) ?? []).map((line) => ({ journal, line, base: baseCurrency })),
    ),
    nextCursor: page.nextCursor,
  };
}
