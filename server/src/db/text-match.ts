import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

const WILDCARD = /[\\%_]/;

/**
 * Whether the expression contains the text, where the text's own `%`, `_` and `\` match only
 * themselves: `q=_` does not match every row. Text without them stays a plain LIKE, which
 * SQLite's FTS5 trigram index can answer; an ESCAPE clause would make it scan.
 */
export function containsText(expr: Expression<unknown>, text: string) {
  if (!WILDCARD.test(text)) return sql<SqlBool>`${expr} like ${`%${text}%`}`;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // SQLite has no default escape character, so it is named for both dialects.
  return sql<SqlBool>`${expr} like ${pattern} escape '\\'`;
}

/**
 * Whether any of the columns contains the text, ignoring case: a list's `q` filter. Columns
 * are read as text, so JSON arrays (synonyms) match on their contents too.
 */
export function anyContains<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: readonly string[],
  text: string,
) {
  const lower = text.toLowerCase();
  return eb.or(
    columns.map((c) => containsText(eb.fn('lower', [eb.cast(sql.ref(c), 'text')]), lower)),
  );
}
