import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { useHarness } from '../../test/harness.ts';
import { type Party, whereParty } from './party-scope.ts';

type Things = { things: { id: string; client_id: string | null; supplier_id: string | null } };
type Columns = Parameters<typeof whereParty<Things, 'things', { id: string }>>[2];

describe.each(dialects)('party scope on %s', (dialect) => {
  const h = useHarness(dialect);

  it('shows internal members every row and portal users only their party', async () => {
    const db = h.db as unknown as Kysely<Things>;
    await sql`create table things (id text primary key, client_id text, supplier_id text)`.execute(
      db,
    );
    await db
      .insertInto('things')
      .values([
        { id: 'a', client_id: 'c1', supplier_id: null },
        { id: 'b', client_id: 'c2', supplier_id: 's1' },
        { id: 'c', client_id: null, supplier_id: 's2' },
      ])
      .execute();
    const ids = async (party: Party, columns: Columns) =>
      (
        await whereParty(db.selectFrom('things').select('id'), party, columns)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
    const both = { client: 'client_id', supplier: 'supplier_id' } as const;

    expect(await ids(null, both)).toEqual(['a', 'b', 'c']);
    expect(await ids({ type: 'client', id: 'c2' }, both)).toEqual(['b']);
    expect(await ids({ type: 'supplier', id: 's2' }, both)).toEqual(['c']);
    expect(await ids({ type: 'supplier', id: 's1' }, { client: 'client_id' })).toEqual([]);
  });
});
