import { describe, expect, it } from 'vitest';
import { DEMO_COLLEAGUES, DEMO_LOGIN, seedDemoIfEmpty } from '../../seed/demo.ts';
import { dialects } from '../../test/databases.ts';
import { auditCount, bindParty, call, login, signedIn, useHarness } from '../../test/harness.ts';

type Item = { id: string; version?: number };

/** Paths whose segments are not records: a project's gate is named by phase and key. */
const fixed: Record<string, string> = { ':phase/:key': 'initiation/charter_agreed' };

/** What a change needs besides its version to pass validation, by route. */
const bodies: Record<string, object> = {
  'POST /api/v1/contracts/:id/decisions': { decision: 'approved' },
  'POST /api/v1/contracts/:id/sign': {
    signedOn: '2026-01-05',
    signatories: [{ name: 'A', side: 'us' }],
  },
  'POST /api/v1/contracts/:id/terminate': { reason: 'x' },
  'POST /api/v1/contracts/:id/renew': { endDate: '2030-12-31' },
  'POST /api/v1/contracts/:id/amendments/:amendmentId/decisions': { decision: 'approved' },
  'POST /api/v1/contracts/:id/amendments/:amendmentId/sign': { signedOn: '2026-01-05' },
  'POST /api/v1/people/:id/absences/:absenceId/decisions': { decision: 'approved' },
  'POST /api/v1/timesheets/:id/decisions': { decision: 'approved' },
  'POST /api/v1/expense-claims/:id/decisions': { decision: 'approved' },
  'POST /api/v1/timesheets/:id/reverse': { reason: 'x' },
  'POST /api/v1/tickets/:id/transitions': { status: 'in_progress' },
  'POST /api/v1/projects/:id/change-requests/:changeId/decisions': { decision: 'approved' },
  'POST /api/v1/suppliers/:id/status': { status: 'approved' },
  'POST /api/v1/opportunities/:id/move': { stage: 'qualified' },
  'PUT /api/v1/projects/:id/gates/:phase/:key': { done: true },
  'PUT /api/v1/projects/:id/budget': { lines: [] },
  'PUT /api/v1/projects/:id/evaluation': { scheduleScore: 4, costScore: 4, qualityScore: 4 },
  'POST /api/v1/finance/invoices/:id/credit-notes': { reason: 'x' },
  'POST /api/v1/finance/invoices/:id/write-off': { reason: 'x' },
  'PATCH /api/v1/finance/invoices/:id': {
    removeDiscounts: ['00000000-0000-4000-8000-000000000000'],
  },
  'POST /api/v1/finance/invoices/:id/discounts': { description: 'x', amountMinor: 1, reason: 'x' },
  'POST /api/v1/finance/invoices/:id/dispute': { disputed: true, reason: 'x' },
  'POST /api/v1/finance/payments/:id/allocations': {
    allocations: [{ invoiceId: '00000000-0000-4000-8000-000000000000', amountMinor: 1 }],
  },
  'POST /api/v1/finance/supplier-bills/:id/reject': { reason: 'x' },
  'POST /api/v1/finance/payment-runs/:id/pay': { paidOn: '2026-01-05', bankReference: 'x' },
  'POST /api/v1/finance/bank-lines/:id/match': {
    invoiceId: '00000000-0000-4000-8000-000000000000',
  },
  'POST /api/v1/finance/bank-lines/:id/ignore': { note: 'x' },
  'PUT /api/v1/servicedesk/settings': {
    priorityMatrix: {
      high: { high: 'p1', medium: 'p2', low: 'p3' },
      medium: { high: 'p2', medium: 'p3', low: 'p4' },
      low: { high: 'p3', medium: 'p4', low: 'p4' },
    },
  },
  'PUT /api/v1/finance/policy': {
    taxBasis: 'line',
    rounding: 'half_up',
    pricesIncludeTax: false,
    defaultTaxRate: '0.06',
    fourEyes: true,
  },
};

/**
 * Which record of a list a route changes, where not any will do: who may act is judged before
 * the version, so the demo admin takes a week someone else submitted, not their own.
 */
const pick: Record<string, (item: Item & Record<string, unknown>) => boolean> = {
  'POST /api/v1/timesheets/:id/decisions': (i) =>
    i.status === 'submitted' && (i.person as { name: string }).name !== '周杰',
};

describe.each(dialects)('stale versions on real records on %s', (dialect) => {
  const h = useHarness(dialect);

  it('every change of a versioned record, given a version it did not read, answers 409 and writes nothing', async () => {
    await seedDemoIfEmpty({ db: h.db, config: h.config, clock: h.clock });
    const { id: workspaceId } = await h.db
      .selectFrom('workspaces')
      .select('id')
      .executeTakeFirstOrThrow();
    const cookie = await login(h, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const get = async (url: string) => (await call(h, { method: 'GET', url, cookie })).json();
    const post = async (url: string, payload: object) => {
      const res = await call(h, { method: 'POST', url, cookie, payload });
      expect([200, 201], `${url} ${res.body}`).toContain(res.statusCode);
    };
    // The parts the demo leaves empty get one record each, so every route has one to change.
    const [client] = (await get('/api/v1/clients?limit=1')).items;
    await post(`/api/v1/clients/${client.id}/interactions`, {
      kind: 'call',
      occurredAt: '2026-11-30T02:00:00+08:00',
      subject: 'Weekly check-in',
      contactIds: [],
    });
    const [supplierContract] = (await get('/api/v1/contracts?partyType=supplier&status=active'))
      .items;
    await post(`/api/v1/contracts/${supplierContract.id}/amendments`, {
      title: 'Longer term',
      reason: 'The client extended',
      changes: { noticeDays: 90 },
    });
    const [project] = (await get('/api/v1/projects?limit=1')).items;
    const url = `/api/v1/projects/${project.id}`;
    await post(`${url}/issues`, { title: 'Runbook incomplete' });
    await post(`${url}/deliverables`, {
      name: 'Runbook',
      acceptanceCriteria: 'Every P1 scenario rehearsed',
      dueDate: '2027-01-15',
    });
    // Our review sends the demo's change request to the client, whose decision comes last.
    const [change] = await get(`${url}/change-requests`).then((p) => p.items);
    const delivery = await login(h, DEMO_COLLEAGUES.delivery.email, DEMO_LOGIN.password);
    const reviewed = await call(h, {
      method: 'POST',
      url: `${url}/change-requests/${change.id}/decisions`,
      cookie: delivery,
      payload: { decision: 'approved', version: change.version },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    await post(`${url}/status-reports`, {
      scope: 'green',
      schedule: 'green',
      cost: 'green',
      quality: 'green',
      summary: 'On track',
    });
    /** Records of the list at `path` that carry a version. */
    const recordsAt = async (path: string): Promise<Item[]> => {
      const page = await get(`${path}?limit=100`);
      const items: Item[] = page.items ?? (Array.isArray(page) ? page : []);
      return items.filter((i) => typeof i.version === 'number');
    };
    /**
     * The route's path with a real record for each :param (each one of the list before it,
     * tried in turn until the rest of the path resolves too), and the last record: the one
     * the change is to.
     */
    const resolve = async (
      path: string,
      last: (item: Item) => boolean,
    ): Promise<{ path: string; record: Item } | null> => {
      const at = path.indexOf('/:');
      if (at < 0) return null;
      const end = path.indexOf('/', at + 1);
      const rest = end < 0 ? '' : path.slice(end);
      const final = !rest.includes('/:');
      const records = (await recordsAt(path.slice(0, at))).filter((r) => !final || last(r));
      for (const record of records.slice(0, 20)) {
        const here = `${path.slice(0, at)}/${record.id}${rest}`;
        if (!here.includes('/:')) return { path: here, record };
        const deeper = await resolve(here, last);
        if (deeper) return deeper;
      }
      return null;
    };

    const before = await auditCount(h, workspaceId);
    const walked: string[] = [];
    // Every route is tried before failing, so one run names all that let a stale version by.
    const wrong: string[] = [];
    // The client portal's decisions are walked below, as the client.
    const portalOnly = (url: string) => url.startsWith('/api/v1/client-portal/');
    for (const route of h.app.apiRoutes.filter((r) => r.versioned && !portalOnly(r.url))) {
      const key = `${route.method} ${route.url}`;
      let path = route.url;
      for (const [segment, value] of Object.entries(fixed)) path = path.replace(segment, value);
      // Routes without ids change a record of their own: the caller's account, as GET /me
      // shows it, or a workspace's singleton (its finance policy), as a GET of the path does.
      const found = path.includes('/:')
        ? await resolve(path, pick[key] ?? (() => true))
        : {
            path,
            record: (path === '/api/v1/me' ? (await get(path)).user : await get(path)) as Item,
          };
      if (!found) {
        wrong.push(`${key}: the demo has no record for it`);
        continue;
      }
      const current = found.record.version as number;
      const stale = current > 1 ? current - 1 : current + 1;
      const res = await call(h, {
        method: route.method as 'POST',
        url: found.path,
        cookie,
        headers: { 'if-match': `"${stale}"` },
        payload: bodies[key] ?? {},
      });
      if (res.statusCode !== 409 || !res.json().type.endsWith('version_conflict')) {
        wrong.push(`${key}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      walked.push(key);
    }

    // The client decides on its project's deliverables and changes, with the version it read.
    const reviewer = await signedIn(h, { workspaceId, role: 'client_portal' });
    await bindParty(h, reviewer, { type: 'client', id: project.client.id });
    const portalGet = async (path: string) =>
      (await call(h, { method: 'GET', url: path, cookie: reviewer.cookie })).json();
    const [own] = (await portalGet('/api/v1/client-portal/projects')).items;
    const seen = await portalGet(`/api/v1/client-portal/projects/${own.id}`);
    const decisions: [string, Item | undefined, string][] = [
      ['/api/v1/client-portal/deliverables/:id/decisions', seen.deliverables[0], 'accepted'],
      ['/api/v1/client-portal/change-requests/:id/decisions', seen.changeRequests[0], 'approved'],
    ];
    for (const [template, record, decision] of decisions) {
      const route = h.app.apiRoutes.find((r) => r.url === template && r.versioned);
      if (!route || !record) {
        wrong.push(`POST ${template}: not versioned, or no record to decide`);
        continue;
      }
      const res = await call(h, {
        method: 'POST',
        url: template.replace(':id', record.id),
        cookie: reviewer.cookie,
        headers: { 'if-match': `"${(record.version as number) + 1}"` },
        payload: { decision },
      });
      if (res.statusCode !== 409) wrong.push(`POST ${template}: ${res.statusCode} ${res.body}`);
      walked.push(`POST ${template}`);
    }
    expect(wrong).toEqual([]);
    expect(await auditCount(h, workspaceId)).toBe(before);
    expect(walked.length).toBeGreaterThan(50);
  });
});
