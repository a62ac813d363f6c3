import { type ExpressionBuilder, sql } from 'kysely';

/**
 * Whether any of the columns contains the text, ignoring case: a list's `q` filter. Columns
 * are read as text, so JSON arrays (synonyms) match on their contents too.
 */
export function anyContains<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: readonly string[],
  text: string,
) {
  const like = `%${text.toLowerCase()}%`;
  return eb.or(columns.map((c) => eb(eb.fn('lower', [eb.cast(sql.ref(c), 'text')]), 'like', like)));
}
