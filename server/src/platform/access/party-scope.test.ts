import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { useHarness } from '../../test/harness.ts';
import type { Ctx, Membership } from '../context.ts';
import { whereParty } from './party-scope.ts';

type Things = { things: { id: string; client_id: string | null; supplier_id: string | null } };

describe.each(dialects)('party scope on %s', (dialect) => {
  const h = useHarness(dialect);

  const ctxFor = (party: Membership['party']): Ctx => ({
    db: h.db,
    config: h.config,
    clock: h.clock,
    actor: { type: 'user', id: 'u', label: null, userId: 'u' },
    membership: { workspaceId: 'w', memberId: 'm', roleId: 'r', permissions: new Set(), party },
    requestId: null,
    ip: null,
  });

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
    const ids = async (
      ctx: Ctx,
      columns: Parameters<typeof whereParty<Things, 'things', { id: string }>>[2],
    ) =>
      (
        await whereParty(db.selectFrom('things').select('id'), ctx, columns).orderBy('id').execute()
      ).map((r) => r.id);
    const both = { client: 'client_id', supplier: 'supplier_id' } as const;

    expect(await ids(ctxFor(null), both)).toEqual(['a', 'b', 'c']);
    expect(await ids(ctxFor({ type: 'client', id: 'c2' }), both)).toEqual(['b']);
    expect(await ids(ctxFor({ type: 'supplier', id: 's2' }), both)).toEqual(['c']);
    expect(await ids(ctxFor({ type: 'supplier', id: 's1' }), { client: 'client_id' })).toEqual([]);
  });
});
