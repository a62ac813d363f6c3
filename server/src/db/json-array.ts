import { type ExpressionBuilder, sql } from 'kysely';

/**
 * Whether a JSON array column holds a string. Short label arrays (tags, categories) are matched
 * on their JSON text, which works alike on SQLite and PostgreSQL and needs no extension.
 */
export function jsonArrayHas<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  value: string,
) {
  return eb(eb.cast(sql.ref(column), 'text'), 'like', `%${JSON.stringify(value)}%`);
}
