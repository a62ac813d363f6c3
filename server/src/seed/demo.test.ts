import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialects } from '../test/databases.ts';
import { call, login, useHarness } from '../test/harness.ts';
import { DEMO_COLLEAGUES, DEMO_LOGIN, seedDemoIfEmpty } from './demo.ts';

describe.each(dialects)('demo seed on %s', (dialect) => {
  const h = useHarness(dialect);

  it('fills an empty database once, and never touches one that has users', async () => {
    const deps = { db: h.db, config: h.config, clock: h.clock };
    expect(await seedDemoIfEmpty(deps)).toBe(true);
    expect(await seedDemoIfEmpty(deps)).toBe(false);
    const cookie = await login(h, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const clients = (await call(h, { method: 'GET', url: '/api/v1/clients', cookie })).json().items;
    expect(clients).toHaveLength(3);
    expect(clients.reduce((n: number, c: { contactCount: number }) => n + c.contactCount, 0)).toBe(
      6,
    );
    const pipeline = (
      await call(h, { method: 'GET', url: '/api/v1/opportunities/pipeline', cookie })
    ).json();
    expect(pipeline.stages.map((s: { count: number }) => s.count)).toEqual([1, 1, 1, 1, 1, 1]);
    const suppliers = (await call(h, { method: 'GET', url: '/api/v1/suppliers', cookie })).json()
      .items;
    expect(suppliers.map((s: { status: string }) => s.status).sort()).toEqual([
      'approved',
      'onboarding',
      'suspended',
    ]);
    const contracts = (
      await call(h, { method: 'GET', url: '/api/v1/contracts?sort=number', cookie })
    )
      .json()
      .items.map((c: { type: string; partyType: string; status: string }) =>
        [c.type, c.partyType, c.status].join(' '),
      );
    expect(contracts).toEqual([
      'msa client active',
      'sow client active',
      'sow supplier active',
      'sow client in_review',
      'sow client active',
      'sow client active',
      'sow client active',
    ]);
    const desk = (
      await call(h, { method: 'GET', url: '/api/v1/contracts?q=服务台与桌面', cookie })
    ).json().items[0];
    const margin = (
      await call(h, { method: 'GET', url: `/api/v1/contracts/${desk.id}/margin`, cookie })
    ).json();
    const marginByRole = Object.fromEntries(
      margin.rows.map(
        (r: { position: { nameZh: string }; suppliers: { marginPercent: number }[] }) => [
          r.position.nameZh,
          r.suppliers[0]?.marginPercent ?? null,
        ],
      ),
    );
    expect(marginByRole).toEqual({ 服务台工程师: 25, 桌面运维工程师: 9.6, 服务经理: null });
    const get = async (url: string) => (await call(h, { method: 'GET', url, cookie })).json();
    const people = await get('/api/v1/people?limit=100');
    expect(people.items).toHaveLength(40);
    const open = (await get('/api/v1/staffing/requests')).items;
    expect(open).toHaveLength(2);
    const ranked = (await get(`/api/v1/staffing/requests/${open[1].id}/candidates`)).items;
    expect(ranked.length).toBeGreaterThan(3);
    const heat = await get('/api/v1/staffing/utilization?limit=100');
    const over = heat.items.filter(
      (r: { cells: { confirmed: number; proposed: number; capacity: number }[] }) =>
        r.cells.some((c) => c.confirmed + c.proposed > c.capacity && c.capacity > 0),
    );
    expect(over.length).toBeGreaterThan(0);
    const projects = (await get('/api/v1/projects')).items;
    expect(projects).toHaveLength(4);
    const project = projects.find((p: { name: string }) => p.name === '7×24 服务台与桌面运维');
    expect(project).toMatchObject({ phase: 'planning' });
    const tasks = (await get(`/api/v1/projects/${project.id}/tasks`)).items;
    expect(tasks).toHaveLength(5);
    const changes = (await get(`/api/v1/projects/${project.id}/change-requests`)).items;
    expect(changes).toMatchObject([{ seq: 1, status: 'submitted' }]);
    const time = await get(`/api/v1/projects/${project.id}/time`);
    expect(time.people).toHaveLength(4);
    expect(time.totals.minutes).toBe(3 * (3 * 40 + 20) * 60);
    expect(time.totals.marginBaseMinor).toBeGreaterThan(0);
    const waiting = (await get('/api/v1/timesheets/inbox')).items;
    expect(waiting).toMatchObject([{ person: { name: '陆鹏' }, stage: 'project' }]);
    // The admin is a person too, with bookings and weeks of their own.
    const mine = await get('/api/v1/me/person');
    expect(mine.name).toBe('周杰');
    expect((await get('/api/v1/me/assignments')).items.length).toBeGreaterThan(0);
    const sheets = (await get(`/api/v1/timesheets?personId=${mine.id}`)).items;
    expect(sheets.map((t: { status: string }) => t.status)).toEqual(['submitted', 'submitted']);
    // The insurer paid its euro invoice at a higher rate than its contract locked: a gain.
    const payments = (await get('/api/v1/finance/payments')).items;
    const euros = payments.find((p: { currency: string }) => p.currency === 'EUR');
    const paid = await get(`/api/v1/finance/payments/${euros.id}`);
    expect(paid.allocations[0].fxDifferenceMinor).toBeGreaterThan(0);
    // The subcontractor's bills: one paid in a run, one held for the client, one to approve.
    const bills = (await get('/api/v1/finance/supplier-bills')).items;
    expect(
      bills
        .map((b: { status: string; held: boolean }) => `${b.status}${b.held ? ' held' : ''}`)
        .sort(),
    ).toEqual(['approved held', 'paid', 'received']);
    // A credit note took the desktop engineers' line back; the next invoice bills them again.
    const [note] = (await get('/api/v1/finance/invoices?kind=credit_note')).items;
    expect(note).toMatchObject({ status: 'issued' });
    const rebilled = (await get('/api/v1/finance/invoices?kind=invoice&status=approved')).items;
    const next = await get(`/api/v1/finance/invoices/${rebilled[0].id}`);
    expect(next.lines.map((l: { descriptionZh: string }) => l.descriptionZh)).toContainEqual(
      expect.stringContaining('桌面运维'),
    );
    // The logistics retainer: its first blocks overdue, this month's with last month's overage
    // drafted; last month's accruals posted before it was closed.
    const retainer = projects.find((p: { name: string }) => p.name === '数据库运维支持包');
    const invoices = (await get(`/api/v1/finance/invoices?contractId=${retainer.contract.id}`))
      .items;
    expect(invoices.map((i: { settlement: string | null }) => i.settlement).sort()).toEqual([
      null,
      'overdue',
    ]);
    const draft = invoices.find((i: { status: string }) => i.status === 'draft');
    const lines = (await get(`/api/v1/finance/invoices/${draft.id}`)).lines;
    expect(lines.map((l: { descriptionEn: string }) => l.descriptionEn)).toContainEqual(
      expect.stringMatching(/^Overage: /),
    );
    // The finished terminal upgrade: closed, its milestone billed and paid, and its P&L.
    const closed = projects.find((p: { name: string }) => p.name === '网点终端升级');
    expect(closed).toMatchObject({ phase: 'closed' });
    const [billed] = (await get(`/api/v1/finance/invoices?contractId=${closed.contract.id}`)).items;
    expect(billed).toMatchObject({
      status: 'issued',
      settlement: 'paid',
      totalMinor: expect.any(Number),
    });
    const year = 'from=2025-12-01&to=2027-11-30';
    const pnl = await get(`/api/v1/finance/reports/pnl?${year}&projectId=${closed.id}`);
    expect(pnl.totals).toMatchObject({ revenueMinor: 12_800_000, hours: 160 });
    expect(pnl.totals.labourCostMinor).toBeGreaterThan(0);
    // The service desk's week: an outage resolved, a wait on the bank, work under way, one the
    // first line has yet to take, a fault the subcontractor fixed late.
    const tickets = (await get('/api/v1/tickets')).items;
    expect(tickets.map((t: { status: string }) => t.status).sort()).toEqual([
      'assigned',
      'closed',
      'in_progress',
      'resolved',
      'resolved',
      'waiting',
    ]);
    const routed = tickets.find(
      (t: { group: { kind: string } | null }) => t.group?.kind === 'supplier',
    );
    const clocks = (await get(`/api/v1/tickets/${routed.id}`)).slas;
    const resolution = (party: string) =>
      clocks.find(
        (c: { party: string; metric: string }) =>
          c.party === party && c.metric === 'resolution_time',
      );
    expect(resolution('supplier')).toMatchObject({ state: 'breached', targetMinutes: 720 });
    expect(resolution('client')).toMatchObject({ state: 'met', targetMinutes: 960 });
    const onHold = tickets.find((t: { status: string }) => t.status === 'waiting');
    expect(onHold).toMatchObject({ waitingOn: 'client', priority: 'p2' });
    // Its resolution clock stands while the bank is awaited.
    const { slas } = await get(`/api/v1/tickets/${onHold.id}`);
    expect(slas).toContainEqual(
      expect.objectContaining({ metric: 'resolution_time', state: 'paused', dueAt: null }),
    );
    const periods = (await get('/api/v1/finance/periods')).items;
    expect(
      periods.filter((p: { closed: boolean; accrued: boolean }) => p.closed && p.accrued),
    ).toHaveLength(1);
    const finance = await login(h, DEMO_COLLEAGUES.finance.email, DEMO_LOGIN.password);
    const me = (await call(h, { method: 'GET', url: '/api/v1/me', cookie: finance })).json();
    expect(me.permissions).toContain('finance:approve');
    const audit = (await call(h, { method: 'POST', url: '/api/v1/audit/verify', cookie })).json();
    expect(audit.ok).toBe(true);
    // Every action the demo wrote has a label in the audit log, in both languages.
    const actions = await h.db.selectFrom('audit_entries').select('action').distinct().execute();
    for (const locale of ['en-US', 'zh-CN']) {
      const labels = JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../../../web/src/i18n/${locale}.json`), 'utf8'),
      ).auditAction;
      const missing = actions
        .map((a) => a.action)
        .filter((a) => {
          const [entity, verb] = a.split('.') as [string, string];
          return typeof labels[entity]?.[verb] !== 'string';
        });
      expect(missing, locale).toEqual([]);
    }
  });
});
