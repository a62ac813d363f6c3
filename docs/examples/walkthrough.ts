/**
 * From a client to approved, priced time, through the public API alone. Run it against a
 * server with two API tokens: one of an admin (who drafts, signs, staffs and approves) and one
 * of a finance approver (contracts need an approver who did not submit them):
 *
 *   PONTIS_URL=http://localhost:3000 OWNER_TOKEN=pat_… APPROVER_TOKEN=pat_… \
 *     node docs/examples/walkthrough.ts
 *
 * The API tests run this file as it is (server/src/docs/walkthrough.test.ts), so it cannot rot.
 */
type Call = <T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: object,
) => Promise<T>;

/** A client for one token: JSON in and out, a fresh Idempotency-Key on every POST. */
export function client(baseUrl: string, token: string): Call {
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(method === 'POST' ? { 'idempotency-key': crypto.randomUUID() } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    // Errors are problem+json: `type` is stable, `detail` says why, `errors` names fields.
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as never;
  };
}

type Versioned = { id: string; version: number };

export async function walkthrough(baseUrl: string, ownerToken: string, approverToken: string) {
  const owner = client(baseUrl, ownerToken);
  const approver = client(baseUrl, approverToken);

  // 1. A position from the workspace catalogue, a client, and a time-and-materials SOW whose
  //    rate card prices that position. Prices hang on the position's id, never on spelling.
  const engineer = await owner<Versioned>('POST', '/positions', {
    nameEn: 'Service desk engineer',
    nameZh: '服务台工程师',
  });
  const acme = await owner<Versioned>('POST', '/clients', { name: 'Acme Logistics' });
  let sow = await owner<Versioned & { status: string }>('POST', '/contracts', {
    partyType: 'client',
    clientId: acme.id,
    type: 'sow',
    title: 'Service desk',
    currency: 'EUR',
    valueMinor: 4_000_000,
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    billingModel: 'time_and_materials',
  });
  await owner('POST', `/contracts/${sow.id}/rates`, {
    positionId: engineer.id,
    seniority: 'senior',
    unit: 'hour',
    rateMinor: 6_500,
    effectiveFrom: '2026-01-01',
  });

  // 2. Review, approval by someone else, signature. Each change names the version it read.
  sow = await owner('POST', `/contracts/${sow.id}/submit`, { version: sow.version });
  sow = await approver('POST', `/contracts/${sow.id}/decisions`, {
    version: sow.version,
    decision: 'approved',
  });
  sow = await owner('POST', `/contracts/${sow.id}/sign`, {
    version: sow.version,
    signedOn: '2026-01-05',
    signatories: [{ name: 'Dana Client', side: 'counterparty' }],
  });

  // 3. A project from the signed contract, and a person booked on it.
  const project = await owner<Versioned>('POST', '/projects', { contractId: sow.id });
  const person = await owner<Versioned>('POST', '/people', {
    kind: 'employee',
    name: 'Ava Engineer',
    positionId: engineer.id,
    grade: 'senior',
  });
  await owner('POST', `/people/${person.id}/cost-rates`, {
    rateMinor: 4_000,
    currency: 'EUR',
    effectiveFrom: '2026-01-01',
  });
  await owner('POST', '/assignments', {
    personId: person.id,
    projectId: project.id,
    positionId: engineer.id,
    startDate: '2026-11-01',
    endDate: '2027-03-31',
    hoursPerWeek: 40,
    status: 'confirmed',
  });

  // 4. A week of time, submitted and approved: approval prices each hour twice.
  const week = '2026-11-23';
  await owner('PUT', `/time/weeks/${week}`, {
    personId: person.id,
    rows: [{ projectId: project.id, hours: [8, 8, 8, 8, 8, 0, 0] }],
  });
  await owner('POST', `/time/weeks/${week}/submit`, { personId: person.id });
  const sheets = await owner<{ items: Versioned[] }>(
    'GET',
    `/timesheets?personId=${person.id}&week=${week}`,
  );
  const [sheet] = sheets.items;
  if (!sheet) throw new Error('no timesheet for the week');
  await owner('POST', `/timesheets/${sheet.id}/decisions`, {
    decision: 'approved',
    version: sheet.version,
  });

  // 5. What the week bills and costs, in the workspace's base currency.
  const time = await owner<{ totals: { billBaseMinor: number; costBaseMinor: number } }>(
    'GET',
    `/projects/${project.id}/time`,
  );
  return { contract: sow, project, person, totals: time.totals };
}

if (import.meta.main) {
  const { PONTIS_URL = 'http://localhost:3000', OWNER_TOKEN, APPROVER_TOKEN } = process.env;
  if (!OWNER_TOKEN || !APPROVER_TOKEN) throw new Error('set OWNER_TOKEN and APPROVER_TOKEN');
  console.log(await walkthrough(PONTIS_URL, OWNER_TOKEN, APPROVER_TOKEN));
}
