import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../test/harness.ts';
import { chainOf } from './audit-chain.ts';
import { writeCheckpoints } from './audit-checkpoints.ts';
import { verifyAllChains } from './audit-verify.ts';

describe.each(dialects)('audit chain verification on %s', (dialect) => {
  const h = useHarness(dialect);

  /** A workspace with a few audited changes, checkpointed as the hourly job does. */
  async function audited(): Promise<{ owner: Session; chain: string }> {
    const owner = await signedIn(h);
    for (const name of ['One', 'Two', 'Three']) {
      await call(h, {
        method: 'POST',
        url: '/api/v1/roles',
        cookie: owner.cookie,
        payload: { name, permissions: [] },
      });
    }
    const logged: unknown[] = [];
    expect(await writeCheckpoints(h, (c) => logged.push(c))).toBeGreaterThan(0);
    expect(logged).toContainEqual(
      expect.objectContaining({ chain: chainOf(owner.workspaceId), signature: expect.any(String) }),
    );
    // Nothing new: no new checkpoint.
    expect(await writeCheckpoints(h, () => undefined)).toBe(0);
    return { owner, chain: chainOf(owner.workspaceId) };
  }
  const reportOf = async (chain: string) =>
    (await verifyAllChains(h.db, h.config.secretKey)).find((r) => r.chain === chain);
  const lastEntry = (chain: string) =>
    h.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('chain', '=', chain)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();

  /** What an attacker with table access does: drop the last entry, rewrite the head to match. */
  async function cutTail(chain: string) {
    const last = await lastEntry(chain);
    await h.db.deleteFrom('audit_entries').where('id', '=', last.id).execute();
    const newLast = await lastEntry(chain);
    await h.db
      .updateTable('audit_heads')
      .set({ seq: newLast.seq, last_hash: newLast.hash })
      .where('chain', '=', chain)
      .execute();
    return { last, newLast };
  }

  it('holds for an untouched chain', async () => {
    const { chain } = await audited();
    expect(await reportOf(chain)).toMatchObject({ ok: true });
  });

  it('still verifies a chain whose head row was deleted', async () => {
    const { chain } = await audited();
    await h.db.deleteFrom('audit_heads').where('chain', '=', chain).execute();
    expect(await reportOf(chain)).toMatchObject({
      ok: false,
      brokenAt: { reason: 'head_missing' },
    });
  });

  it('catches the tail removed and the head rewritten to the new last entry', async () => {
    const { chain } = await audited();
    const { last } = await cutTail(chain);
    expect(await reportOf(chain)).toMatchObject({
      ok: false,
      brokenAt: { seq: last.seq, reason: 'truncated' },
    });
  });

  it('refuses a checkpoint moved in step without the secret', async () => {
    const { chain } = await audited();
    const { newLast } = await cutTail(chain);
    await h.db
      .updateTable('audit_checkpoints')
      .set({ seq: newLast.seq, hash: newLast.hash })
      .where('chain', '=', chain)
      .execute();
    expect(await reportOf(chain)).toMatchObject({
      ok: false,
      brokenAt: { reason: 'checkpoint_forged' },
    });
  });

  it('catches a head that no longer names the last entry', async () => {
    const { chain } = await audited();
    await h.db
      .updateTable('audit_heads')
      .set({ last_hash: 'f'.repeat(64) })
      .where('chain', '=', chain)
      .execute();
    expect(await reportOf(chain)).toMatchObject({ ok: false, brokenAt: { reason: 'head' } });
  });
});
