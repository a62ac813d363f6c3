import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, freshDatabase } from '../test/databases.ts';
import { columnTypes } from './column-types.ts';
import type { Db } from './database.ts';

type Probe = {
  probe: { id: number; at: string; flag: boolean; doc: unknown; big: number; day: string };
};

describe.each(dialects)('one representation in code on %s', (dialect) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshDatabase(dialect));
    const t = columnTypes(db);
    await db.schema
      .createTable('probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', t.timestamp)
      .addColumn('flag', 'boolean')
      .addColumn('doc', t.json)
      .addColumn('big', t.bigint)
      .addColumn('day', 'date')
      .execute();
  });
  afterAll(() => drop());

  it('round-trips timestamps, booleans, JSON, 64-bit integers and days', async () => {
    const p = db as unknown as Kysely<Probe>;
    const at = new Date('2026-11-27T10:11:12.345Z');
    // A Date first: node:sqlite would read it as named parameters without the adapter.
    await sql`insert into probe (at, id, flag, doc, big, day) values (${at}, ${1}, ${true}, ${JSON.stringify({ a: [1, 2] })}, ${2 ** 40}, ${'2026-11-27'})`.execute(
      p,
    );
    const row = await p.selectFrom('probe').selectAll().executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: 1,
      at: '2026-11-27T10:11:12.345Z',
      flag: true,
      doc: { a: [1, 2] },
      big: 2 ** 40,
      day: '2026-11-27',
    });
    const count = await p
      .selectFrom('probe')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('fails loudly rather than lose precision beyond 2^53', async () => {
    const p = db as unknown as Kysely<Probe>;
    await sql`insert into probe (id, big) values (${2}, ${9007199254740993n})`.execute(p);
    await expect(p.selectFrom('probe').select('big').where('id', '=', 2).execute()).rejects.toThrow(
      /safe range/,
    );
  });
});
