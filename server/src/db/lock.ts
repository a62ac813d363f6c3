import { dialectOf, type Executor } from './database.ts';

/**
 * Holds a parent row until the transaction ends, so that numbers counted from its children
 * (CR-1, CR-2…; baseline and amendment numbers) stay unique when two writes meet. PostgreSQL
 * needs it; SQLite already writes one transaction at a time.
 */
export async function lockRow(trx: Executor, table: 'projects' | 'contracts', id: string) {
  if (dialectOf(trx) !== 'postgres') return;
  await trx.selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
}
