import { sql } from 'kysely';
import { type AnyDb, dialectOf } from './database.ts';

/**
 * Column types that differ per dialect, for migrations. SQLite keeps timestamps as ISO text
 * (which sorts correctly) and declares JSON as `jsontext` so the driver adapter parses it.
 */
export function columnTypes(db: AnyDb) {
  const pg = dialectOf(db) === 'postgres';
  return {
    timestamp: pg ? sql`timestamptz` : sql`text`,
    json: pg ? sql`jsonb` : sql`jsontext`,
    bigint: pg ? sql`bigint` : sql`integer`,
    bytes: pg ? sql`bytea` : sql`blob`,
  };
}
