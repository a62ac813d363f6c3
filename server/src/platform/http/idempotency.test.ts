import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../test/harness.ts';
import { insertMember } from '../workspaces/members.repository.ts';
import { IDEMPOTENCY_LEASE_MS } from './idempotency.ts';

describe.each(dialects)('Idempotency-Key on %s', (dialect) => {
  const h = useHarness(dialect);

  const createClient = (s: Session, key: string, name: string) =>
    call(h, {
      method: 'POST',
      url: '/api/v1/clients',
      cookie: s.cookie,
      headers: { 'idempotency-key': key },
      payload: { name },
    });
  const clientNames = async (s: Session) =>
    (await call(h, { method: 'GET', url: '/api/v1/clients', cookie: s.cookie }))
      .json()
      .items.map((c: { name: string }) => c.name);

  it('runs a retry again once the claim of a request that died has passed its lease', async () => {
    const owner = await signedIn(h);
    expect((await createClient(owner, 'crash-1', 'Crashed Ltd')).statusCode).toBe(201);
    // The server died after claiming the key and before answering: the claim stays open.
    await h.db
      .updateTable('idempotency_keys')
      .set({ status_code: 0, response: '', created_at: h.clock.now().toISOString() })
      .where('key', '=', 'crash-1')
      .execute();
    const early = await createClient(owner, 'crash-1', 'Crashed Ltd');
    expect(early.statusCode).toBe(409);
    expect(early.headers['retry-after']).toBeDefined();
    h.clock.advance(IDEMPOTENCY_LEASE_MS + 1000);
    const retried = await createClient(owner, 'crash-1', 'Crashed Ltd');
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    // And from then on the key replays that answer.
    const replay = await createClient(owner, 'crash-1', 'Crashed Ltd');
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(retried.json().id);
  });

  it('keeps keys apart per workspace for one user', async () => {
    const owner = await signedIn(h);
    const other = await signedIn(h);
    const admin = await h.db
      .selectFrom('roles')
      .select('id')
      .where('workspace_id', '=', other.workspaceId)
      .where('key', '=', 'admin')
      .executeTakeFirstOrThrow();
    await insertMember(h.db, {
      workspaceId: other.workspaceId,
      userId: owner.userId,
      roleId: admin.id,
      name: 'Owner elsewhere',
      createdBy: null,
      at: h.clock.now().toISOString(),
    });
    expect((await createClient(owner, 'same-key', 'Twin Co')).statusCode).toBe(201);
    const switched = await call(h, {
      method: 'POST',
      url: '/api/v1/me/workspace',
      cookie: owner.cookie,
      payload: { workspaceId: other.workspaceId },
    });
    expect(switched.statusCode).toBe(200);
    const second = await createClient(owner, 'same-key', 'Twin Co');
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await clientNames(owner)).toEqual(['Twin Co']);
  });
});
