import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { openSqlite } from './sqlite-database.ts';
import type { Tables } from './tables.ts';

export type Db = Kysely<Tables>;
export type Trx = Transaction<Tables>;
/** Repositories take either: the caller decides whether work runs in a transaction. */
export type Executor = Db | Trx;

export type Dialect = DatabaseConfig['dialect'];

export type DbOptions = {
  poolSize?: number;
  /** Idle PostgreSQL connections can die (server restart, failover); say so, don't crash. */
  onIdleError?: (err: Error) => void;
};

export function createDb(config: DatabaseConfig, options: DbOptions = {}): Db {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    return new Kysely<Tables>({
      dialect: new TransactionalSqliteDialect({ database: openSqlite(config.file) }),
    });
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    types: { getTypeParser: pgTypeParser },
  });
  pool.on(
    'error',
    options.onIdleError ?? ((err) => console.error(`database connection lost: ${err.message}`)),
  );
  pool.on('connect', preparedReads);
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Reads run as named prepared statements, so each connection plans a query once and reuses
 * the plan: planning the joined list queries took longer (about 10 ms) than running them.
 * Writes and DDL stay unnamed, so a migration never meets a plan made for the old schema.
 */
function preparedReads(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((text: unknown, values?: unknown) =>
    typeof text === 'string' && Array.isArray(values) && /^\s*select\b/i.test(text)
      ? query({ text, values, name: `k${createHash('sha1').update(text).digest('base64url')}` })
      : query(text, values)) as typeof client.query;
}

/** Works for a transaction too: it shares its database's adapter. */
/** Any Kysely instance or transaction, whatever its tables (migrations see none). */
export type AnyDb = { getExecutor: Kysely<unknown>['getExecutor'] };

export function dialectOf(db: AnyDb): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

const PG_INT8 = 20;
const PG_TIMESTAMPTZ = 1184;
const PG_DATE = 1082;

/**
 * The one place PostgreSQL values become the code's representation: int8 and count(*) as
 * numbers, timestamps as ISO-8601 UTC strings, calendar days as YYYY-MM-DD strings.
 */
function pgTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === PG_INT8) return toSafeNumber;
  if (oid === PG_TIMESTAMPTZ) return (v) => new Date(v).toISOString();
  if (oid === PG_DATE) return (v) => v;
  return pg.types.getTypeParser(oid, format as 'text');
}

function toSafeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`integer ${value} is beyond the safe range of a JavaScript number`);
  }
  return n;
}

/** SQLite's DDL is transactional; saying so lets the migrator run inside one transaction. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Transactions take the write lock when they begin. Several processes share the file (the
 * HTTP processes and the worker); a transaction that read first and then wanted to write
 * after another process had written would fail at once with SQLITE_BUSY, whereas waiting
 * for the lock at BEGIN is covered by the busy timeout.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
