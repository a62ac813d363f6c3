import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import {
  bindParty,
  call,
  positionId,
  type Session,
  signedIn,
  useHarness,
} from '../../../test/harness.ts';
import { contractServiceTerms } from '../slas/slas.service.ts';

describe.each(dialects)('rate cards, SLAs and back-to-back contracts on %s', (dialect) => {
  const h = useHarness(dialect);
  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const del = (s: Session, url: string) => call(h, { method: 'DELETE', url, cookie: s.cookie });

  const terms = {
    type: 'sow',
    valueMinor: 50_000_000,
    startDate: '2026-12-01',
    endDate: '2027-11-30',
    billingModel: 'time_and_materials',
  };

  async function setup() {
    const owner = await signedIn(h);
    const client = (await post(owner, '/api/v1/clients', { name: 'Client A' })).json();
    const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Supplier S' })).json();
    const clientContract = (
      await post(owner, '/api/v1/contracts', {
        ...terms,
        partyType: 'client',
        clientId: client.id,
        title: 'Desk for A',
        currency: 'EUR',
      })
    ).json();
    const supplierContract = (
      await post(owner, '/api/v1/contracts', {
        ...terms,
        partyType: 'supplier',
        supplierId: supplier.id,
        title: 'Desk by S',
        currency: 'CNY',
      })
    ).json();
    return { owner, client, supplier, clientContract, supplierContract };
  }

  const rate = async (
    s: Session,
    position: string,
    seniority: string,
    rateMinor: number,
    effectiveFrom: string,
    unit = 'hour',
  ) => ({
    positionId: await positionId(h, s, position),
    seniority,
    unit,
    rateMinor,
    effectiveFrom,
  });

  it('keeps effective-dated rates and answers the rate on a day, falling back to the default card', async () => {
    const { owner, clientContract } = await setup();
    const url = `/api/v1/contracts/${clientContract.id}`;
    await post(owner, `${url}/rates`, await rate(owner, 'Engineer', 'senior', 9000, '2026-12-01'));
    await post(owner, `${url}/rates`, await rate(owner, 'Engineer', 'senior', 9500, '2027-06-01'));
    expect(
      (await post(owner, `${url}/rates`, await rate(owner, 'Engineer', 'senior', 1, '2027-06-01')))
        .statusCode,
    ).toBe(422);
    await post(
      owner,
      '/api/v1/rate-card/rates',
      await rate(owner, 'Analyst', 'junior', 4000, '2026-01-01'),
    );

    const on = async (position: string, seniority: string, day: string) => {
      const id = await positionId(h, owner, position);
      return (
        await get(owner, `${url}/rate-on?positionId=${id}&seniority=${seniority}&day=${day}`)
      ).json();
    };
    expect(await on('Engineer', 'senior', '2026-11-30')).toMatchObject({
      rate: null,
      source: null,
    });
    expect(await on('Engineer', 'senior', '2027-05-31')).toMatchObject({
      rate: { rateMinor: 9000 },
      source: 'contract',
    });
    expect(await on('Engineer', 'senior', '2027-06-01')).toMatchObject({
      rate: { rateMinor: 9500 },
      source: 'contract',
    });
    expect(await on('Analyst', 'junior', '2027-01-01')).toMatchObject({
      rate: { rateMinor: 4000 },
      source: 'default',
    });

    const card = (await get(owner, `${url}/rates?day=2027-07-01`)).json();
    expect(
      card.items.map((r: { rateMinor: number; inForce: boolean }) => [r.rateMinor, r.inForce]),
    ).toEqual([
      [9500, true],
      [9000, false],
    ]);
  });

  it('tells a service desk the SLA lines of a contract, flowed-down ones too, and the calendar they run on', async () => {
    const { owner, clientContract, supplierContract } = await setup();
    const ws = owner.workspaceId;
    const c = `/api/v1/contracts/${clientContract.id}`;
    const week = [1, 2, 3, 4, 5].map(() => [['09:00', '18:00']]).concat([[], []]);
    const calendar = (
      await post(owner, '/api/v1/calendars', {
        name: 'Desk hours',
        timeZone: 'Asia/Shanghai',
        week,
      })
    ).json();
    await call(h, {
      method: 'PATCH',
      url: c,
      cookie: owner.cookie,
      payload: { version: clientContract.version, calendarId: calendar.id },
    });
    await post(owner, `${c}/slas`, {
      metric: 'resolution_time',
      priority: 'p1',
      target: 240,
      creditPercent: 2,
      creditCapPercent: 10,
    });
    await post(owner, `${c}/links`, { supplierContractId: supplierContract.id });
    await post(owner, `${c}/flow-down`, {
      supplierContractId: supplierContract.id,
      tightenPercent: 25,
    });

    const terms = await contractServiceTerms(h.db, ws, clientContract.id);
    expect(terms?.slas).toMatchObject([
      {
        metric: 'resolution_time',
        priority: 'p1',
        target: 240,
        unit: 'minutes',
        lowerIsBetter: true,
        sourceSlaId: null,
      },
    ]);
    expect(terms?.calendar?.timeZone).toBe('Asia/Shanghai');
    expect(terms?.calendar?.week[0]).toEqual([['09:00', '18:00']]);
    const supplierSide = await contractServiceTerms(h.db, ws, supplierContract.id);
    expect(supplierSide?.calendar).toBeNull();
    expect(supplierSide?.slas).toMatchObject([{ target: 180, sourceSlaId: terms?.slas[0]?.id }]);
    const stranger = await signedIn(h);
    expect(await contractServiceTerms(h.db, stranger.workspaceId, clientContract.id)).toBeNull();
  });

  it('flows SLAs down tightened, previews margins at locked rates, and hides the supplier side from the client portal', async () => {
    const { owner, client, supplier, clientContract, supplierContract } = await setup();
    const ws = owner.workspaceId;
    const c = `/api/v1/contracts/${clientContract.id}`;
    const s = `/api/v1/contracts/${supplierContract.id}`;
    await call(h, {
      method: 'PUT',
      url: '/api/v1/exchange-rates',
      cookie: owner.cookie,
      payload: { currency: 'CNY', day: '2026-11-01', rate: '0.125' },
    });
    await post(owner, `${c}/slas`, {
      metric: 'resolution_time',
      priority: 'p1',
      target: 480,
      creditPercent: 2,
      creditCapPercent: 10,
    });
    await post(owner, `${c}/slas`, {
      metric: 'availability',
      target: 99,
      creditPercent: 5,
      creditCapPercent: 15,
    });
    expect(
      (await post(owner, `${c}/slas`, { metric: 'availability', target: 101 })).statusCode,
    ).toBe(400);

    expect(
      (
        await post(owner, `${c}/flow-down`, {
          supplierContractId: supplierContract.id,
          tightenPercent: 25,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await post(owner, `${s}/links`, { supplierContractId: clientContract.id })).statusCode,
    ).toBe(422);
    const linked = await post(owner, `${c}/links`, { supplierContractId: supplierContract.id });
    expect(linked.json().map((x: { number: string }) => x.number)).toEqual([
      supplierContract.number,
    ]);
    expect((await get(owner, `${s}/links`)).json().items.map((x: { id: string }) => x.id)).toEqual([
      clientContract.id,
    ]);

    const flowed = await post(owner, `${c}/flow-down`, {
      supplierContractId: supplierContract.id,
      tightenPercent: 25,
    });
    expect(
      flowed.json().map((x: { metric: string; target: number }) => [x.metric, x.target]),
    ).toEqual([
      ['availability', 99.25],
      ['resolution_time', 360],
    ]);
    // Flowing down again replaces the earlier copies instead of adding to them.
    const again = await post(owner, `${c}/flow-down`, {
      supplierContractId: supplierContract.id,
      tightenPercent: 50,
    });
    expect(again.json().map((x: { target: number }) => x.target)).toEqual([99.5, 240]);

    await post(owner, `${c}/rates`, await rate(owner, 'Engineer', 'senior', 10_000, '2026-12-01'));
    await post(owner, `${c}/rates`, await rate(owner, 'Analyst', 'junior', 5_000, '2026-12-01'));
    await post(owner, `${s}/rates`, await rate(owner, 'Engineer', 'senior', 56_000, '2026-12-01'));
    await post(
      owner,
      `${s}/rates`,
      await rate(owner, 'Analyst', 'junior', 300_000, '2026-12-01', 'day'),
    );
    const margin = (await get(owner, `${c}/margin?day=2027-01-15`)).json();
    expect(margin).toMatchObject({ baseCurrency: 'EUR', marginFloorPercent: 15, missingFx: [] });
    const byRole = Object.fromEntries(
      margin.rows.map(
        (r: {
          position: { nameEn: string };
          suppliers: { marginPercent: number; belowFloor: boolean; hourlyBaseMinor: number }[];
        }) => [r.position.nameEn, r.suppliers[0]],
      ),
    );
    // 560.00 CNY/h at 0.125 = 70.00 EUR against 100.00 EUR: 30% margin.
    expect(byRole.Engineer).toMatchObject({
      hourlyBaseMinor: 7000,
      marginPercent: 30,
      belowFloor: false,
    });
    // 3,000.00 CNY/day = 375.00 CNY/h = 46.88 EUR against 50.00 EUR: 6.2%, under the floor.
    expect(byRole.Analyst).toMatchObject({
      hourlyBaseMinor: 4688,
      marginPercent: 6.2,
      belowFloor: true,
    });

    const clientPortal = await signedIn(h, { workspaceId: ws, role: 'client_portal' });
    await bindParty(h, clientPortal, { type: 'client', id: client.id });
    const other = (await post(owner, '/api/v1/clients', { name: 'Client B' })).json();
    const foreign = (
      await post(owner, '/api/v1/contracts', {
        ...terms,
        partyType: 'client',
        clientId: other.id,
        title: 'B',
        currency: 'EUR',
      })
    ).json();
    const seen = (await get(clientPortal, '/api/v1/contracts'))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(seen).toEqual([clientContract.id]);
    expect((await get(clientPortal, `/api/v1/contracts/${foreign.id}`)).statusCode).toBe(404);
    expect((await get(clientPortal, s)).statusCode).toBe(404);
    expect((await get(clientPortal, `${s}/slas`)).statusCode).toBe(404);
    // Links and approvals are ours alone: not portal-safe.
    expect((await get(clientPortal, `${c}/links`)).statusCode).toBe(403);
    expect((await get(clientPortal, `${c}/approvals`)).statusCode).toBe(403);
    expect((await get(clientPortal, `${c}/margin`)).statusCode).toBe(403);
    expect((await get(clientPortal, `${c}/slas`)).json().items).toHaveLength(2);

    const supplierPortal = await signedIn(h, { workspaceId: ws, role: 'supplier_portal' });
    await bindParty(h, supplierPortal, { type: 'supplier', id: supplier.id });
    expect(
      (await get(supplierPortal, '/api/v1/contracts'))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).toEqual([supplierContract.id]);
    expect((await get(supplierPortal, `${s}/links`)).statusCode).toBe(403);
    expect((await get(supplierPortal, `${c}/rates`)).statusCode).toBe(404);

    expect((await del(owner, `${c}/links/${supplierContract.id}`)).json()).toEqual([]);
  });
});
