import { randomBytes } from 'node:crypto';
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
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `pontis_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { dialect: 'postgres', url: url.toString() };
  // Dropping the database ends its connections; that is expected here.
  const db = createDb(config, { poolSize: 5, onIdleError: () => {} });
  await migrate(db, upTo);
  return {
    db,
    config,
    drop: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
