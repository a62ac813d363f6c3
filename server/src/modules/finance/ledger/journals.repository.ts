import type { Executor } from '../../../db/database.ts';
import { anyContains } from '../../../db/text-match.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { clientName } from '../../clients/index.ts';
import { projectNumber } from '../../projects/index.ts';
import type { JournalSource } from './ledger.table.ts';

/** Journals with the id of the journal that reversed each, if one did. */
function journalQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('journals')
    .leftJoin('journals as r', 'r.reverses_id', 'journals.id')
    .selectAll('journals')
    .select('r.id as reversed_by_id')
    .where('journals.workspace_id', '=', workspaceId);
}

export type JournalRow = NonNullable<Awaited<ReturnType<typeof journalRow>>>;

export function journalRow(db: Executor, workspaceId: string, id: string) {
  return journalQuery(db, workspaceId).where('journals.id', '=', id).executeTakeFirst();
}

export type JournalFilter = {
  q?: string | undefined;
  period?: string | undefined;
  accountId?: string | undefined;
  sourceType?: JournalSource | undefined;
};

export function findJournalRows(
  db: Executor,
  workspaceId: string,
  f: JournalFilter,
  k: Keyset,
  limit: number,
) {
  let q = journalQuery(db, workspaceId);
  if (f.period) q = q.where('journals.period', '=', f.period);
  if (f.sourceType) q = q.where('journals.source_type', '=', f.sourceType);
  if (f.accountId) {
    const accountId = f.accountId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('journal_lines as l')
          .select('l.id')
          .whereRef('l.journal_id', '=', 'journals.id')
          .where('l.account_id', '=', accountId),
      ),
    );
  }
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => anyContains(eb, ['journals.number', 'journals.description'], text));
  }
  return applyKeyset(q, k, limit).execute();
}

export type JournalLineRow = Awaited<ReturnType<typeof journalLineRows>>[number];

/** A journal's lines in order, with their accounts' codes and names. */
export function journalLineRows(db: Executor, workspaceId: string, journalId: string) {
  return db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .selectAll('l')
    .select(['a.code', 'a.name_zh', 'a.name_en'])
    .where('l.workspace_id', '=', workspaceId)
    .where('l.journal_id', '=', journalId)
    .orderBy('l.seq')
    .execute();
}

/**
 * The lines of several journals with what an accounting package imports beside them: the
 * account's code and names, the client's name and the project's number (auxiliary items).
 */
export function exportLineRows(db: Executor, workspaceId: string, journalIds: readonly string[]) {
  if (journalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .selectAll('l')
    .select((eb) => [
      'a.code',
      'a.name_zh',
      'a.name_en',
      clientName(db, eb.ref('l.client_id')).as('client_name'),
      projectNumber(db, eb.ref('l.project_id')).as('project_number'),
    ])
    .where('l.workspace_id', '=', workspaceId)
    .where('l.journal_id', 'in', journalIds)
    .orderBy('l.journal_id')
    .orderBy('l.seq')
    .execute();
}
