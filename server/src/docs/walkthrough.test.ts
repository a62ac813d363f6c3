import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { walkthrough } from '../../../docs/examples/walkthrough.ts';
import { dialects } from '../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../test/harness.ts';

describe.each(dialects)('the API walkthrough in docs/api.md on %s', (dialect) => {
  const h = useHarness(dialect);

  const tokenOf = async (s: Session) =>
    (
      await call(h, {
        method: 'POST',
        url: '/api/v1/me/api-tokens',
        cookie: s.cookie,
        payload: { name: 'walkthrough' },
      })
    ).json().token as string;

  it('runs from a client to approved, priced time over HTTP with API tokens', async () => {
    const owner = await signedIn(h);
    const finance = await signedIn(h, { workspaceId: owner.workspaceId, role: 'finance' });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const result = await walkthrough(
      `http://127.0.0.1:${port}`,
      await tokenOf(owner),
      await tokenOf(finance),
    );
    // Signed after its start day, the contract is in force at once.
    expect(result.contract).toMatchObject({ status: 'active' });
    // 40 hours at 65.00 EUR billed, at 40.00 EUR cost.
    expect(result.totals).toMatchObject({ billBaseMinor: 260_000, costBaseMinor: 160_000 });
  });
});
