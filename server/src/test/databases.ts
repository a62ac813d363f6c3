import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { createDb, type Db } from '../db/database.ts';
import { createMigrator, migrateToLatest } from '../db/migrator.ts';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const dialects: DatabaseConfig['dialect'][] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** Brings a database to the latest schema, or only up to a named migration (to test the next). */
async function migrate(db: Db, upTo?: string) {
  if (!upTo) return migrateToLatest(db);
  const { error } = await createMigrator(db).migrateTo(upTo);
  if (error) throw error;
}

/**
 * An empty database nobody has connected to yet: a SQLite file in a temporary directory, or
 * a new PostgreSQL database. `drop` removes it once every connection to it is closed.
 */
export async function emptyDatabase(
  dialect: DatabaseConfig['dialect'],
): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'pontis-test-'));
    return {
      config: { dialect: 'sqlite', file: join(dir, 'pontis.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `pontis_test_${randomBytes(6).toString('hex')}`;
  await onServer(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { dialect: 'postgres', url: url.toString() },
    drop: () => onServer(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(adminUrl: string, statement: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** A fresh, migrated database: an in-memory SQLite, or a new PostgreSQL database dropped after. */
export async function freshDatabase(
  dialect: DatabaseConfig['dialect'],
  upTo?: string,
): Promise<{ db: Db; config: DatabaseConfig; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const config: DatabaseConfig = { dialect: 'sqlite', file: ':memory:' };
    const db = createDb(config);
    await migrate(db, upTo);
    return { db, config, drop: () => db.destroy() };
  }
  const empty = await emptyDatabase(dialect);
  // Dropping the database ends its connections; that is expected here.
  const db = createDb(empty.config, { poolSize: 5, onIdleError: () => {} });
  await migrate(db, upTo);
  return {
    db,
    config: empty.config,
    drop: async () => {
      await db.destroy();
      await empty.drop();
    },
  };
}
