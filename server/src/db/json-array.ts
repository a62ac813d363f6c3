import { type ExpressionBuilder, sql } from 'kysely';
import { containsText } from './text-match.ts';

/**
 * Whether a JSON array column holds a string. Short label arrays (tags, categories) are matched
 * on their JSON text, which works alike on SQLite and PostgreSQL and needs no extension.
 */
export function jsonArrayHas<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  value: string,
) {
  return containsText(eb.cast(sql.ref(column), 'text'), JSON.stringify(value));
}
