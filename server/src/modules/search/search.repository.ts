import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';
import { containsText } from '../../db/text-match.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import type { SearchEntityType } from './search.table.ts';

/** The trigram index needs three characters; shorter words scan the documents instead. */
const TRIGRAM = 3;

/**
 * Documents of the given types whose text contains the words. On SQLite the match goes through the
 * FTS5 trigram index; on PostgreSQL through pg_trgm (where installed).
 */
export function findDocuments(
  db: Executor,
  workspaceId: string,
  party: Party,
  types: SearchEntityType[],
  text: string,
  limit: number,
) {
  const base =
    dialectOf(db) === 'sqlite' && [...text].length >= TRIGRAM
      ? db.selectFrom('search_documents as d').where('d.id', 'in', (eb) =>
          eb
            .selectFrom('search_fts')
            .select('rowid')
            .where(containsText(sql.ref('search_fts.text'), text)),
        )
      : db.selectFrom('search_documents as d').where(containsText(sql.ref('d.text'), text));
  return (
    whereParty(
      base
        .select([
          'd.entity_type',
          'd.entity_id',
          'd.number',
          'd.title',
          'd.subtitle',
          'd.client_id',
        ])
        .where('d.workspace_id', '=', workspaceId)
        .where('d.entity_type', 'in', types),
      party,
      { client: 'd.client_id', supplier: 'd.supplier_id' },
    )
      // No ORDER BY: the scan stops at the limit instead of sorting every match.
      .limit(limit)
      .execute()
  );
}
