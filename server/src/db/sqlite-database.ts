import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Adapts node:sqlite to the better-sqlite3 shape Kysely's SqliteDialect expects, and owns
 * every value conversion for SQLite in one place:
 * - parameters: node:sqlite reads a leading Date or plain object as *named* parameters and
 *   shifts every value, so each parameter is converted to a primitive first;
 * - results: 64-bit integers arrive as bigint and become numbers (or fail loudly when they
 *   would lose precision); columns declared `boolean` become booleans and `jsontext` is parsed.
 */
export function openSqlite(file: string): SqliteDatabase {
  const db = new DatabaseSync(file, { timeout: 5000, enableForeignKeyConstraints: true });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  const cache = statementCache(db);
  return {
    close: () => db.close(),
    prepare: cache,
  };
}

const CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every query it runs. Preparing is not free, and each statement holds native
 * memory the JavaScript GC does not see, so statements are kept per SQL text (least recently
 * used out first). Kysely runs one query at a time on the connection, so reuse is safe.
 */
function statementCache(db: DatabaseSync): (sql: string) => SqliteStatement {
  const cache = new Map<string, SqliteStatement>();
  return (sql) => {
    if (sql === 'rollback') return rollbackIfOpen(db);
    let stmt = cache.get(sql);
    if (stmt) {
      cache.delete(sql);
    } else {
      stmt = wrapStatement(db.prepare(sql));
      if (cache.size >= CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, stmt);
    return stmt;
  };
}

/**
 * When COMMIT fails for want of space, SQLite has already rolled the transaction back, and the
 * ROLLBACK Kysely then sends would fail with "no transaction is active" in place of the real
 * cause. Rolling back only an open transaction lets the cause reach the caller and the log.
 */
function rollbackIfOpen(db: DatabaseSync): SqliteStatement {
  return {
    reader: false,
    all: () => [],
    run: () => {
      if (db.isTransaction) db.exec('rollback');
      return { changes: 0, lastInsertRowid: 0 };
    },
    iterate: function* () {},
  };
}

function wrapStatement(stmt: StatementSync): SqliteStatement {
  stmt.setReadBigInts(true);
  const columns = stmt.columns();
  const converters = columns.map((c) => converterFor(c.type));
  const mapRow = (row: Record<string, unknown>) => {
    for (let i = 0; i < columns.length; i++) {
      const name = columns[i]?.name as string;
      row[name] = converters[i]?.(row[name]) ?? row[name];
    }
    return row;
  };
  return {
    reader: columns.length > 0,
    all: (params) => stmt.all(...toParams(params)).map((r) => mapRow(r as Record<string, unknown>)),
    run: (params) => {
      const r = stmt.run(...toParams(params));
      return { changes: toNumber(r.changes), lastInsertRowid: toNumber(r.lastInsertRowid) };
    },
    iterate: function* (params) {
      for (const r of stmt.iterate(...toParams(params))) yield mapRow(r as Record<string, unknown>);
    },
  };
}

type Converter = (value: unknown) => unknown;

function converterFor(declaredType: string | null): Converter {
  const t = declaredType?.toLowerCase();
  if (t === 'boolean') return (v) => (v === null ? null : Number(v) !== 0);
  if (t === 'jsontext') return (v) => (typeof v === 'string' ? JSON.parse(v) : v);
  return (v) => (typeof v === 'bigint' ? toNumber(v) : v);
}

function toNumber(value: number | bigint): number {
  if (typeof value === 'number') return value;
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`integer ${value} is beyond the safe range of a JavaScript number`);
  }
  return Number(value);
}

function toParams(params: ReadonlyArray<unknown>): SQLInputValue[] {
  return params.map(toParam);
}

function toParam(value: unknown): SQLInputValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    return value;
  }
  if (value instanceof Uint8Array) return value;
  return JSON.stringify(value);
}
