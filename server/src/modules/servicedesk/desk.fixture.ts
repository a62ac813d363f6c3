import { expect } from 'vitest';
import { call, type Harness, type Session } from '../../test/harness.ts';

type Sla = { metric: 'first_response_time' | 'resolution_time'; priority: string; target: number };

/**
 * A 7×24 service desk contract for the desk's tests, with a client (or, underpinning it, a
 * supplier), its SLA lines, on a calendar (around the clock without one), owned by an account
 * manager if named; `active` puts it in force (its approval is the contracts module's test).
 */
export async function deskContract(
  h: Harness,
  owner: Session,
  with_: { clientId: string } | { supplierId: string },
  options: {
    slas?: readonly Sla[];
    calendarId?: string | null;
    ownerId?: string;
    active?: boolean;
    /** More of the contract's terms: its clock rules. */
    terms?: object;
  } = {},
) {
  const party =
    'clientId' in with_
      ? { partyType: 'client', clientId: with_.clientId }
      : { partyType: 'supplier', supplierId: with_.supplierId };
  const made = await call(h, {
    method: 'POST',
    url: '/api/v1/contracts',
    cookie: owner.cookie,
    payload: {
      ...party,
      type: 'sow',
      title: '7×24 服务台',
      currency: 'CNY',
      valueMinor: 1_000_000,
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      billingModel: 'time_and_materials',
      calendarId: options.calendarId ?? null,
      ...(options.ownerId ? { ownerId: options.ownerId } : {}),
      ...options.terms,
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  const contract = made.json();
  for (const sla of options.slas ?? []) {
    const res = await call(h, {
      method: 'POST',
      url: `/api/v1/contracts/${contract.id}/slas`,
      cookie: owner.cookie,
      payload: sla,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  if (options.active) {
    await h.db
      .updateTable('contracts')
      .set({ status: 'active' })
      .where('id', '=', contract.id)
      .execute();
  }
  return contract as { id: string; number: string; version: number };
}
