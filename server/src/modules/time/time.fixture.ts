import { newId } from '../../platform/ids.ts';
import {
  bindParty,
  call,
  type Harness,
  positionId,
  type Session,
  signedIn,
} from '../../test/harness.ts';
import type { RateUnit } from '../contracts/index.ts';

/** What the time tests share: a client project, an employee and a supplier worker on it. */
export type TimeWorld = Awaited<ReturnType<typeof timeWorld>>;

export const WEEK = '2026-11-23';
/** The client pays 6,000.00 CNY a day for a senior Java developer; CNY is 0.13 EUR. */
export const CLIENT_DAY_RATE = 600_000;
export const CNY_IN_EUR = '0.13';
/** Anna costs 70.00 EUR an hour; Baltic's card charges 90.00 EUR an hour for Carl. */
export const ANNA_HOURLY = 7_000;
export const CARL_HOURLY = 9_000;

export async function timeWorld(h: Harness, options: { capMinor?: number } = {}) {
  const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const owner = await signedIn(h);
  const ws = { workspaceId: owner.workspaceId };
  const activate = (table: 'contracts' | 'suppliers', id: string, status: string) =>
    h.db
      .updateTable(table)
      .set({ status: status as never })
      .where('id', '=', id)
      .execute();

  await send(owner, 'PUT', '/api/v1/exchange-rates', {
    currency: 'CNY',
    day: '2026-01-01',
    rate: CNY_IN_EUR,
  });
  const java = await positionId(h, owner, 'Java developer');
  const client = (await post(owner, '/api/v1/clients', { name: '华信银行' })).json();
  const contract = (
    await post(owner, '/api/v1/contracts', {
      partyType: 'client',
      clientId: client.id,
      type: 'sow',
      title: '核心系统迁移',
      currency: 'CNY',
      valueMinor: 50_000_000,
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      billingModel: 'time_and_materials',
      ...(options.capMinor ? { capMinor: options.capMinor } : {}),
    })
  ).json();
  await post(owner, `/api/v1/contracts/${contract.id}/rates`, {
    positionId: java,
    seniority: 'senior',
    unit: 'day',
    rateMinor: CLIENT_DAY_RATE,
    effectiveFrom: '2026-01-01',
  });
  await activate('contracts', contract.id, 'active');
  const project = (
    await post(owner, '/api/v1/projects', { contractId: contract.id, managerId: owner.userId })
  ).json();

  const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Baltic Dev' })).json();
  const supplierContract = (
    await post(owner, '/api/v1/contracts', {
      partyType: 'supplier',
      supplierId: supplier.id,
      type: 'sow',
      title: 'Baltic team',
      currency: 'EUR',
      valueMinor: 10_000_000,
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      billingModel: 'time_and_materials',
    })
  ).json();
  await post(owner, `/api/v1/contracts/${supplierContract.id}/rates`, {
    positionId: java,
    seniority: 'senior',
    unit: 'hour',
    rateMinor: CARL_HOURLY,
    effectiveFrom: '2026-01-01',
  });
  await activate('suppliers', supplier.id, 'approved');
  await activate('contracts', supplierContract.id, 'active');

  const anna = await signedIn(h, { ...ws, role: 'member' });
  const carl = await signedIn(h, { ...ws, role: 'member' });
  const supplierManager = await signedIn(h, { ...ws, role: 'supplier_portal' });
  await bindParty(h, supplierManager, { type: 'supplier', id: supplier.id });

  const person = async (body: object) => (await post(owner, '/api/v1/people', body)).json();
  const annaPerson = await person({
    kind: 'employee',
    name: 'Anna Expert',
    positionId: java,
    grade: 'senior',
    userId: anna.userId,
  });
  await post(owner, `/api/v1/people/${annaPerson.id}/cost-rates`, {
    rateMinor: ANNA_HOURLY,
    currency: 'EUR',
    effectiveFrom: '2026-01-01',
  });
  const carlPerson = await person({
    kind: 'supplier_worker',
    name: 'Carl Worker',
    positionId: java,
    grade: 'senior',
    supplierId: supplier.id,
    supplierContractId: supplierContract.id,
    userId: carl.userId,
  });
  for (const p of [annaPerson, carlPerson]) {
    const booked = await post(owner, '/api/v1/assignments', {
      personId: p.id,
      projectId: project.id,
      positionId: java,
      startDate: '2026-11-01',
      endDate: '2027-03-31',
      hoursPerWeek: 40,
      status: 'confirmed',
    });
    if (booked.statusCode !== 201) throw new Error(`booking failed: ${booked.body}`);
  }
  return {
    owner,
    anna,
    carl,
    supplierManager,
    client,
    contract,
    project,
    supplier,
    supplierContract,
    annaPerson,
    carlPerson,
    java,
  };
}

/** A week's row of hours, Monday first. */
export const row = (projectId: string, hours: number[], extra: object = {}) => ({
  projectId,
  hours,
  ...extra,
});

/**
 * A new version of the client's rate for a senior Java developer, as an approved amendment
 * leaves the card of a signed contract (whose rates the API no longer edits directly).
 */
export async function amendClientRate(
  h: Harness,
  w: TimeWorld,
  rate: { rateMinor: number; unit: RateUnit },
  effectiveFrom: string,
) {
  const at = h.clock.now().toISOString();
  await h.db
    .insertInto('contract_rates')
    .values({
      id: newId(),
      workspace_id: w.owner.workspaceId,
      contract_id: w.contract.id,
      position_id: w.java,
      seniority: 'senior',
      unit: rate.unit,
      rate_minor: rate.rateMinor,
      currency: 'CNY',
      effective_from: effectiveFrom,
      created_at: at,
      updated_at: at,
      created_by: null,
    })
    .execute();
}
