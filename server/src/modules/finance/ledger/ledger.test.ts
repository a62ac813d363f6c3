import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { auditCount, call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

type Account = { id: string; code: string; purpose: string | null; version: number };

describe.each(dialects)('the general ledger on %s', (dialect) => {
  const h = useHarness(dialect);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });

  /** An owner and a finance lead of one workspace, with its chart by code. */
  async function ledger() {
    const owner = await signedIn(h);
    const finance = await signedIn(h, { workspaceId: owner.workspaceId, role: 'finance' });
    const res = await get(finance, '/api/v1/finance/accounts?limit=200');
    expect(res.statusCode).toBe(200);
    const accounts = res.json().items as Account[];
    const code = (c: string) => {
      const a = accounts.find((x) => x.code === c);
      if (!a) throw new Error(`no account ${c}`);
      return a.id;
    };
    const journal = (postedOn: string, lines: [string, number, number][], description = 'Test') =>
      send(finance, 'POST', '/api/v1/finance/journals', {
        postedOn,
        description,
        lines: lines.map(([account, debitMinor, creditMinor]) => ({
          accountId: code(account),
          debitMinor,
          creditMinor,
        })),
      });
    return { owner, finance, accounts, code, journal };
  }

  const journalCount = async (workspaceId: string) =>
    Number(
      (
        await h.db
          .selectFrom('journals')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('starts a workspace with the standard chart, the accounts it posts to marked', async () => {
    const { accounts } = await ledger();
    expect(accounts.length).toBeGreaterThan(30);
    expect(accounts.find((a) => a.code === '1122')).toMatchObject({
      nameZh: '应收账款',
      nameEn: 'Accounts receivable',
      type: 'asset',
      purpose: 'receivable',
      used: false,
    });
    expect(accounts.find((a) => a.code === '222101')).toMatchObject({ purpose: 'vat_output' });
    expect(new Set(accounts.map((a) => a.code)).size).toBe(accounts.length);
  });

  it('posts a balanced journal, numbered without gaps, and refuses one that does not balance', async () => {
    const { finance, journal } = await ledger();
    const posted = await journal('2026-11-03', [
      ['1002', 500_000, 0],
      ['4001', 0, 500_000],
    ]);
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({
      number: 'JV-2026-0001',
      period: '2026-11',
      sourceType: 'manual',
      currency: 'EUR',
      totalMinor: 500_000,
      lines: [
        { seq: 1, account: { code: '1002' }, debitMinor: 500_000, creditMinor: 0 },
        { seq: 2, account: { code: '4001' }, debitMinor: 0, creditMinor: 500_000 },
      ],
    });
    const audits = await auditCount(h, finance.workspaceId);
    const refused = [
      await journal('2026-11-04', [
        ['6602', 10_000, 0],
        ['1002', 0, 9_999],
      ]),
      await journal('2026-11-04', [
        ['6602', 10_000, 10_000],
        ['1002', 0, 0],
      ]),
      await journal('2026-11-04', [['6602', 10_000, 0]]),
      await send(finance, 'POST', '/api/v1/finance/journals', {
        postedOn: '2026-11-04',
        description: 'Negative',
        lines: [
          { accountId: posted.json().lines[0].account.id, debitMinor: -5 },
          { accountId: posted.json().lines[1].account.id, creditMinor: -5 },
        ],
      }),
    ];
    for (const r of refused) {
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    expect(await journalCount(finance.workspaceId)).toBe(1);
    expect(await auditCount(h, finance.workspaceId)).toBe(audits);
    // A refused journal took no number.
    const next = await journal('2026-11-05', [
      ['6602', 10_000, 0],
      ['1002', 0, 10_000],
    ]);
    expect(next.json().number).toBe('JV-2026-0002');
    const nextYear = await journal('2027-01-02', [
      ['6602', 10_000, 0],
      ['1002', 0, 10_000],
    ]);
    expect(nextYear.json().number).toBe('JV-2027-0001');
  });

  it('refuses accounts of another workspace and retired ones; another workspace’s journal is 404', async () => {
    const mine = await ledger();
    const theirs = await ledger();
    const foreign = await send(mine.finance, 'POST', '/api/v1/finance/journals', {
      postedOn: '2026-11-03',
      description: 'Foreign',
      lines: [
        { accountId: theirs.code('1002'), debitMinor: 100 },
        { accountId: mine.code('4001'), creditMinor: 100 },
      ],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toHaveProperty(['body.lines.0.accountId']);
    const fixtures = mine.accounts.find((a) => a.code === '1601') as Account;
    const retired = await send(mine.finance, 'PATCH', `/api/v1/finance/accounts/${fixtures.id}`, {
      active: false,
      version: fixtures.version,
    });
    expect(retired.statusCode).toBe(200);
    const onRetired = await mine.journal('2026-11-03', [
      ['1601', 100, 0],
      ['1002', 0, 100],
    ]);
    expect(onRetired.statusCode).toBe(400);
    const posted = await theirs.journal('2026-11-03', [
      ['1002', 100, 0],
      ['4001', 0, 100],
    ]);
    const id = posted.json().id;
    expect((await get(mine.finance, `/api/v1/finance/journals/${id}`)).statusCode).toBe(404);
    const reverse = await send(mine.finance, 'POST', `/api/v1/finance/journals/${id}/reverse`, {
      reason: 'not mine',
    });
    expect(reverse.statusCode).toBe(404);
  });

  it('reverses a journal once with its mirror image, which nets every account to zero', async () => {
    const { finance, journal } = await ledger();
    const rent = await journal('2026-11-05', [
      ['6602', 48_000, 0],
      ['222102', 2_880, 0],
      ['1002', 0, 50_880],
    ]);
    const id = rent.json().id;
    const reversal = await send(finance, 'POST', `/api/v1/finance/journals/${id}/reverse`, {
      reason: 'Posted twice',
    });
    expect(reversal.statusCode).toBe(201);
    expect(reversal.json()).toMatchObject({
      sourceType: 'reversal',
      reversesId: id,
      postedOn: '2026-11-27',
      description: 'JV-2026-0001: Posted twice',
      lines: [
        { account: { code: '6602' }, debitMinor: 0, creditMinor: 48_000 },
        { account: { code: '222102' }, debitMinor: 0, creditMinor: 2_880 },
        { account: { code: '1002' }, debitMinor: 50_880, creditMinor: 0 },
      ],
    });
    expect((await get(finance, `/api/v1/finance/journals/${id}`)).json().reversedById).toBe(
      reversal.json().id,
    );
    const again = await send(finance, 'POST', `/api/v1/finance/journals/${id}/reverse`, {
      reason: 'Again',
    });
    expect(again.statusCode).toBe(422);
    const ofReversal = await send(
      finance,
      'POST',
      `/api/v1/finance/journals/${reversal.json().id}/reverse`,
      { reason: 'Undo the undo' },
    );
    expect(ofReversal.statusCode).toBe(422);
    const tb = (await get(finance, '/api/v1/finance/trial-balance?from=2026-01-01')).json();
    expect(tb.totals).toEqual({ debitMinor: 101_760, creditMinor: 101_760, balanced: true });
    for (const row of tb.rows) expect(row.closingMinor).toBe(0);
    const manual = await get(finance, '/api/v1/finance/journals?sourceType=reversal');
    expect(manual.json().items.map((j: { id: string }) => j.id)).toEqual([reversal.json().id]);
  });

  it('exports the journals a filter selects, a row per line, amounts in major units', async () => {
    const { finance, journal } = await ledger();
    await journal(
      '2026-11-03',
      [
        ['1002', 500_005, 0],
        ['4001', 0, 500_005],
      ],
      'Capital, "paid in"',
    );
    await journal('2026-10-20', [
      ['6602', 100, 0],
      ['1002', 0, 100],
    ]);
    const res = await get(finance, '/api/v1/finance/journals/export?period=2026-11');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    // Every field is quoted, quotes doubled.
    const [header, ...rows] = res.body
      .replace('\uFEFF', '')
      .trim()
      .split('\n')
      .map((line) =>
        [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]?.replaceAll('""', '"')),
      );
    expect(header?.slice(0, 10)).toEqual([
      'voucher',
      'date',
      'period',
      'line',
      'accountCode',
      'accountNameZh',
      'accountNameEn',
      'debit',
      'credit',
      'baseCurrency',
    ]);
    expect(rows.map((r) => r.slice(0, 10))).toEqual([
      [
        'JV-2026-0001',
        '2026-11-03',
        '2026-11',
        '1',
        '1002',
        '银行存款',
        'Bank deposits',
        '5000.05',
        '0.00',
        'EUR',
      ],
      [
        'JV-2026-0001',
        '2026-11-03',
        '2026-11',
        '2',
        '4001',
        '实收资本',
        'Paid-in capital',
        '0.00',
        '5000.05',
        'EUR',
      ],
    ]);
    expect(rows[0]?.[header?.indexOf('description') ?? -1]).toBe('Capital, "paid in"');
    const xlsx = await get(finance, '/api/v1/finance/journals/export?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('closes an ended month to postings, and reopens it with a reason', async () => {
    const { owner, finance, journal } = await ledger();
    const auditor = await signedIn(h, { workspaceId: owner.workspaceId, role: 'auditor' });
    expect((await send(auditor, 'POST', '/api/v1/finance/periods/2026-10/close')).statusCode).toBe(
      403,
    );
    expect((await send(finance, 'POST', '/api/v1/finance/periods/2026-11/close')).statusCode).toBe(
      422,
    );
    const closed = await send(finance, 'POST', '/api/v1/finance/periods/2026-10/close');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ period: '2026-10', closed: true, journals: 0 });
    expect((await send(finance, 'POST', '/api/v1/finance/periods/2026-10/close')).statusCode).toBe(
      422,
    );
    const late = await journal('2026-10-31', [
      ['6602', 100, 0],
      ['1002', 0, 100],
    ]);
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toContain('2026-10 is closed');
    const noReason = await send(finance, 'POST', '/api/v1/finance/periods/2026-10/reopen', {});
    expect(noReason.statusCode).toBe(400);
    const reopened = await send(finance, 'POST', '/api/v1/finance/periods/2026-10/reopen', {
      reason: 'October invoice found late',
    });
    expect(reopened.json()).toMatchObject({ closed: false });
    expect(
      (
        await journal('2026-10-31', [
          ['6602', 100, 0],
          ['1002', 0, 100],
        ])
      ).statusCode,
    ).toBe(201);
    const months = (await get(finance, '/api/v1/finance/periods')).json().items;
    expect(months.map((p: { period: string }) => p.period)).toEqual(['2026-11', '2026-10']);
    expect((await send(finance, 'POST', '/api/v1/finance/periods/2026-13/close')).statusCode).toBe(
      400,
    );
  });

  it('keeps code and type of an account once posted to, and its version', async () => {
    const { finance, accounts, code } = await ledger();
    const created = await send(finance, 'POST', '/api/v1/finance/accounts', {
      code: '660201',
      nameZh: '管理费用—办公费',
      nameEn: 'Administrative — office',
      type: 'expense',
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await send(finance, 'POST', '/api/v1/finance/accounts', {
      code: '660201',
      nameZh: '重复',
      nameEn: 'Duplicate',
      type: 'expense',
    });
    expect(duplicate.statusCode).toBe(409);
    const fresh = created.json();
    const recoded = await send(finance, 'PATCH', `/api/v1/finance/accounts/${fresh.id}`, {
      code: '660202',
      version: fresh.version,
    });
    expect(recoded.json()).toMatchObject({ code: '660202', version: 2 });
    const posted = await send(finance, 'POST', '/api/v1/finance/journals', {
      postedOn: '2026-11-05',
      description: 'Stationery',
      lines: [
        { accountId: fresh.id, debitMinor: 300 },
        { accountId: code('1002'), creditMinor: 300 },
      ],
    });
    expect(posted.statusCode).toBe(201);
    const stale = await send(finance, 'PATCH', `/api/v1/finance/accounts/${fresh.id}`, {
      nameEn: 'Office',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const used = await send(finance, 'PATCH', `/api/v1/finance/accounts/${fresh.id}`, {
      code: '660299',
      version: 2,
    });
    expect(used.statusCode).toBe(422);
    const renamed = await send(finance, 'PATCH', `/api/v1/finance/accounts/${fresh.id}`, {
      nameEn: 'Office costs',
      version: 2,
    });
    expect(renamed.json()).toMatchObject({ nameEn: 'Office costs', used: true, version: 3 });
    const receivables = accounts.find((a) => a.purpose === 'receivable') as Account;
    const retire = await send(finance, 'PATCH', `/api/v1/finance/accounts/${receivables.id}`, {
      active: false,
      version: receivables.version,
    });
    expect(retire.statusCode).toBe(422);
  });

  it('shows the ledger to finance and auditors, never to a member or a portal', async () => {
    const { owner, journal } = await ledger();
    await journal('2026-11-03', [
      ['1002', 100, 0],
      ['4001', 0, 100],
    ]);
    for (const role of ['auditor', 'finance', 'admin'] as const) {
      const s = await signedIn(h, { workspaceId: owner.workspaceId, role });
      expect((await get(s, '/api/v1/finance/journals')).statusCode).toBe(200);
    }
    for (const role of [
      'member',
      'client_portal',
      'supplier_portal',
      'delivery_manager',
    ] as const) {
      const s = await signedIn(h, { workspaceId: owner.workspaceId, role });
      for (const url of ['/api/v1/finance/journals', '/api/v1/finance/trial-balance']) {
        expect((await get(s, url)).statusCode, `${role} ${url}`).toBe(403);
      }
    }
    const auditor = await signedIn(h, { workspaceId: owner.workspaceId, role: 'auditor' });
    const write = await send(auditor, 'POST', '/api/v1/finance/journals', {
      postedOn: '2026-11-03',
      description: 'x',
      lines: [],
    });
    expect(write.statusCode).toBe(403);
  });
});
