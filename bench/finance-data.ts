import { sql } from 'kysely';
import type { Db } from '../server/src/db/database.ts';
import { insertAll } from './business-data.ts';
import type { seeded } from './seeded.ts';

type Rand = ReturnType<typeof seeded>;

const START = Date.parse('2025-01-01T00:00:00.000Z');
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const LINES = 5;

/** The accounts the bench posts to, as the standard chart names them. */
const accounts = [
  ['1002', '银行存款', 'Bank deposits', 'asset', 'bank'],
  ['1122', '应收账款', 'Accounts receivable', 'asset', 'receivable'],
  ['222101', '应交增值税（销项税额）', 'VAT output', 'liability', 'vat_output'],
  ['6001', '主营业务收入', 'Revenue', 'income', 'revenue'],
  ['6602', '管理费用', 'Administrative expenses', 'expense', null],
] as const;

/**
 * Finance at scale S: 100,000 × S issued invoices of five lines each on client contracts,
 * issued over two years and due 30 days later, a third of them paid, a third half paid; each
 * posts its journal (receivables, revenue, output VAT) and each payment its own; manual
 * journals of four lines bring the ledger to 2,000,000 × S journal lines.
 */
export async function generateFinance(
  db: Db,
  rand: Rand,
  workspaceId: string,
  adminId: string,
  scale: number,
) {
  const INVOICES = Math.round(100_000 * scale);
  const JOURNAL_LINES = Math.round(2_000_000 * scale);
  const now = new Date().toISOString();
  const account = new Map<string, string>();
  await insertAll(db, 'ledger_accounts', accounts.length, (i) => {
    const [code, nameZh, nameEn, type, purpose] = accounts[i] as (typeof accounts)[number];
    const id = rand.uuid(START + i);
    account.set(code, id);
    return {
      id,
      workspace_id: workspaceId,
      code,
      name_zh: nameZh,
      name_en: nameEn,
      type,
      purpose,
      active: true,
      created_at: now,
      updated_at: now,
      version: 1,
    };
  });
  const contracts = await db
    .selectFrom('contracts')
    .select(['id', 'client_id'])
    .where('workspace_id', '=', workspaceId)
    .where('party_type', '=', 'client')
    .orderBy('number')
    .limit(2000)
    .execute();

  type Issued = { id: string; clientId: string; on: string; total: number; paid: number };
  const issued: Issued[] = [];
  const span = Math.floor((Date.parse('2026-11-30') - START) / DAY_MS);
  const journalNumber = (i: number, on: string) =>
    `JV-${on.slice(0, 4)}-${String(i + 1).padStart(7, '0')}`;
  await insertAll(db, 'invoices', INVOICES, (i) => {
    const contract = contracts[i % contracts.length] as (typeof contracts)[number];
    const ms = START + Math.floor((i * span) / INVOICES) * DAY_MS;
    const on = day(ms);
    const net = LINES * (100_000 + Math.floor(rand.next() * 900_000));
    const tax = Math.round(net * 0.06);
    const total = net + tax;
    const paid = i % 3 === 0 ? total : i % 3 === 1 ? Math.floor(total / 2) : 0;
    const id = rand.uuid(ms + i);
    issued.push({ id, clientId: contract.client_id as string, on, total, paid });
    const at = new Date(ms).toISOString();
    return {
      id,
      workspace_id: workspaceId,
      kind: 'invoice',
      credits_id: null,
      reason: null,
      number: `INV-${on.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`,
      run_number: `RUN-${String(Math.floor(i / 500) + 1).padStart(4, '0')}`,
      contract_id: contract.id,
      client_id: contract.client_id,
      status: 'issued',
      currency: 'CNY',
      period_to: on,
      issue_date: on,
      due_date: day(ms + 30 * DAY_MS),
      net_minor: net,
      tax_minor: tax,
      total_minor: total,
      rounding_minor: 0,
      exact_total: String(total),
      tax_basis: 'line',
      rounding: 'half_up',
      prices_include_tax: false,
      fx_rate: '1',
      base_total_minor: total,
      journal_id: null,
      paid_minor: paid,
      credited_minor: 0,
      base_open_minor: total - paid,
      written_off_minor: 0,
      written_off_reason: null,
      reminders_sent: 0,
      disputed_at: null,
      dispute_reason: null,
      created_at: at,
      created_by: adminId,
      approved_at: at,
      approved_by: adminId,
      issued_at: at,
      sent_at: null,
      updated_at: at,
      version: 1,
    };
  });
  await insertAll(db, 'invoice_lines', INVOICES * LINES, (i) => {
    const invoice = issued[Math.floor(i / LINES)] as Issued;
    const net = Math.floor(invoice.total / 1.06 / LINES);
    const tax = Math.round(net * 0.06);
    return {
      id: rand.uuid(START + i),
      workspace_id: workspaceId,
      invoice_id: invoice.id,
      seq: (i % LINES) + 1,
      kind: 'time',
      description_zh: '开发工程师',
      description_en: 'Developer',
      position_id: null,
      quantity: '40',
      unit: 'hour',
      tax_rate: '0.06',
      net_minor: net,
      tax_minor: tax,
      gross_minor: net + tax,
      exact_net: String(net),
      exact_tax: String(tax),
      credited_by: null,
    };
  });

  // Every invoice's journal, each payment's, then manual ones to the line count.
  const paidOnes = issued.filter((x) => x.paid > 0);
  const manual = Math.max(
    0,
    Math.floor((JOURNAL_LINES - issued.length * 3 - paidOnes.length * 2) / 4),
  );
  type Posting = {
    source: string;
    sourceId: string | null;
    on: string;
    lines: [string, number, number, string | null][];
  };
  const postingOf = (j: number): Posting => {
    if (j < issued.length) {
      const x = issued[j] as Issued;
      const tax = Math.round((x.total / 1.06) * 0.06);
      return {
        source: 'invoice',
        sourceId: x.id,
        on: x.on,
        lines: [
          ['1122', x.total, 0, x.clientId],
          ['6001', 0, x.total - tax, x.clientId],
          ['222101', 0, tax, x.clientId],
        ],
      };
    }
    if (j < issued.length + paidOnes.length) {
      const x = paidOnes[j - issued.length] as Issued;
      const on = day(Date.parse(x.on) + 20 * DAY_MS);
      return {
        source: 'payment',
        sourceId: null,
        on,
        lines: [
          ['1002', x.paid, 0, x.clientId],
          ['1122', 0, x.paid, x.clientId],
        ],
      };
    }
    const k = j - issued.length - paidOnes.length;
    const amount = 10_000 + Math.floor(rand.next() * 5_000_000);
    return {
      source: 'manual',
      sourceId: null,
      on: day(START + Math.floor((k * span) / Math.max(1, manual)) * DAY_MS),
      lines: [
        ['6602', amount, 0, null],
        ['6602', amount, 0, null],
        ['1002', 0, amount, null],
        ['1002', 0, amount, null],
      ],
    };
  };
  const JOURNALS = issued.length + paidOnes.length + manual;
  const BLOCK = 5000;
  console.time(`journals (${JOURNALS}) and their lines`);
  for (let start = 0; start < JOURNALS; start += BLOCK) {
    const block = Array.from({ length: Math.min(BLOCK, JOURNALS - start) }, (_, n) => {
      const j = start + n;
      return { j, id: rand.uuid(START + j), posting: postingOf(j) };
    });
    for (let i = 0; i < block.length; i += 1000) {
      await db
        .insertInto('journals')
        .values(
          block.slice(i, i + 1000).map(({ j, id, posting }) => ({
            id,
            workspace_id: workspaceId,
            number: journalNumber(j, posting.on),
            posted_on: posting.on,
            period: posting.on.slice(0, 7),
            description: `${posting.source} ${j + 1}`,
            source_type: posting.source,
            source_id: posting.sourceId,
            reverses_id: null,
            total_minor: posting.lines.reduce((s, l) => s + l[1], 0),
            created_at: now,
            created_by: adminId,
          })) as never,
        )
        .execute();
    }
    const lines = block.flatMap(({ id, posting }) =>
      posting.lines.map(([code, debit, credit, clientId], seq) => ({
        id: rand.uuid(START),
        workspace_id: workspaceId,
        journal_id: id,
        seq: seq + 1,
        account_id: account.get(code) as string,
        posted_on: posting.on,
        debit_minor: debit,
        credit_minor: credit,
        currency: 'CNY',
        amount_minor: debit + credit,
        fx_rate: '1',
        memo: null,
        project_id: null,
        client_id: clientId,
        supplier_id: null,
      })),
    );
    for (let i = 0; i < lines.length; i += 1000) {
      await db
        .insertInto('journal_lines')
        .values(lines.slice(i, i + 1000) as never)
        .execute();
    }
  }
  console.timeEnd(`journals (${JOURNALS}) and their lines`);
  // The month balances every posting keeps, summed as the migration does for existing lines.
  await sql`
    insert into ledger_balances (workspace_id, account_id, period, debit_minor, credit_minor)
    select l.workspace_id, l.account_id, j.period, sum(l.debit_minor), sum(l.credit_minor)
    from journal_lines l join journals j on j.id = l.journal_id
    where l.workspace_id = ${workspaceId}
    group by l.workspace_id, l.account_id, j.period`.execute(db);
  return { invoices: INVOICES, invoiceLines: INVOICES * LINES, journals: JOURNALS };
}
