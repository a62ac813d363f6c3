import type { Ctx } from '../../platform/context.ts';
import { addDays, mondayOf, monthStart } from '../../platform/days.ts';
import { ignoreLine, importStatement, matchLine } from './banking/banking.service.ts';
import { seedBills } from './bills/bills.seed.ts';
import { recordFapiao } from './delivery/fapiao.service.ts';
import { sendInvoice } from './delivery/invoice-mail.ts';
import { seedExpenses } from './expenses/expenses.seed.ts';
import { draftCreditNote } from './invoices/credit-notes.service.ts';
import { runInvoices } from './invoices/invoice-run.service.ts';
import {
  approveInvoice,
  getInvoice,
  issueInvoice,
  listInvoices,
} from './invoices/invoices.service.ts';
import { listAccounts } from './ledger/accounts.service.ts';
import { createJournal, reverseJournal } from './ledger/journals.service.ts';
import { postMonthEnd } from './ledger/month-end.service.ts';
import { closePeriod } from './ledger/periods.service.ts';
import { listRuns } from './payment-runs/payment-runs.service.ts';
import { recordPayment } from './payments/payments.service.ts';
import { getPolicy, savePolicy } from './tax/policy.service.ts';

/**
 * The demo's books, as the finance lead would have kept them: the finished terminal upgrade
 * billed and paid; the owners' capital paid in two months ago, rent and a software licence paid last month, a rent entry posted twice and
 * reversed, and this month's rent; then the service desk's approved time
 * billed: three weeks ago issued, mailed to the client with its PDF, its fapiao recorded, its
 * desktop engineers' line credited (their hours billed again in the next run) and half of
 * what it still owes paid, two weeks ago approved with the re-billed travel, last week left for the
 * next run; the team's expense claims; the subcontractor's bills for the same weeks; the
 * logistics retainer's invoices; and last month's accruals posted and the month closed.
 */
export async function seedFinance(refs: {
  finance: Ctx;
  admin: Ctx;
  today: string;
  euroContractId: string;
  retainerContractId: string;
  closedContractId: string;
  projectId: string;
}) {
  await seedLedger(refs.finance, refs.today);
  await seedSeller(refs.finance);
  // Before the runs below, which would otherwise bill its milestone today.
  await seedClosedInvoice(refs);
  await seedExpenses(refs.admin, { projectId: refs.projectId, today: refs.today });
  // Before the runs below, which would otherwise draft its blocks with the bank's invoices.
  await seedRetainerInvoices(refs);
  const monday = mondayOf(refs.today);
  const billUpTo = async (upTo: string) => {
    const { invoiceIds } = await runInvoices(refs.finance, { upTo });
    for (const id of invoiceIds) {
      const { version } = await getInvoice(refs.finance, id);
      await approveInvoice(refs.admin, id, version);
    }
    return invoiceIds;
  };
  for (const id of await billUpTo(addDays(monday, -15))) {
    const { version } = await getInvoice(refs.finance, id);
    const issued = await issueInvoice(refs.finance, id, { version });
    await sendInvoice(refs.finance, id, issued.version);
    await recordFapiao(refs.finance, {
      // A fully digital e-invoice (全电发票): 20 digits, no code: the year, the Shanghai
      // tax bureau's 31, and a serial.
      number: `${refs.today.slice(2, 4)}31${String(issued.number?.slice(-5)).padStart(16, '0')}`,
      issuedOn: issued.issueDate ?? refs.today,
      totalMinor: issued.totalMinor,
      taxMinor: issued.taxMinor,
      invoiceIds: [id],
    });
    await creditLine(refs, id, '桌面运维', '客户对桌面运维工程师职级有异议，按确认后的职级重开');
    // The bank paid half of what it owes: the invoice is partly paid.
    const half = Math.round(((await getInvoice(refs.finance, id)).balanceMinor ?? 0) / 2);
    await recordPayment(refs.finance, {
      clientId: issued.client.id,
      receivedOn: refs.today,
      currency: issued.currency,
      amountMinor: half,
      reference: `HXBK${refs.today.replaceAll('-', '')}0931`,
      payer: issued.client.name,
      allocations: [{ invoiceId: id, amountMinor: half }],
    });
  }
  await billUpTo(addDays(monday, -8));
  await seedEuroInvoice(refs);
  await seedBills(refs);
  await seedStatement(refs.finance, refs.today);
  // Last month's approved work not yet invoiced is accrued before the month is closed.
  const lastMonth = monthStart(refs.today, -1).slice(0, 7);
  await postMonthEnd(refs.finance, lastMonth);
  await closePeriod(refs.finance, lastMonth);
}

/**
 * The finished branch terminal upgrade: its accepted milestone billed the day after, and paid
 * in full a month later.
 */
async function seedClosedInvoice(refs: {
  finance: Ctx;
  admin: Ctx;
  today: string;
  closedContractId: string;
}) {
  const accepted = addDays(refs.today, -75);
  const { invoiceIds } = await runInvoices(refs.finance, {
    upTo: accepted,
    contractId: refs.closedContractId,
  });
  for (const id of invoiceIds) {
    const { version } = await getInvoice(refs.finance, id);
    const approved = await approveInvoice(refs.admin, id, version);
    const issued = await issueInvoice(refs.finance, id, {
      version: approved.version,
      issueDate: addDays(accepted, 1),
    });
    await recordPayment(refs.finance, {
      clientId: issued.client.id,
      receivedOn: addDays(accepted, 31),
      currency: issued.currency,
      amountMinor: issued.totalMinor,
      reference: `HXBK${addDays(accepted, 31).replaceAll('-', '')}1420`,
      payer: issued.client.name,
      allocations: [{ invoiceId: id, amountMinor: issued.totalMinor }],
    });
  }
}

/**
 * The logistics retainer: the blocks of its months up to last month issued at its start and
 * never paid, now overdue; this month's block and last month's hours past its
 * block, billed at the rate card, wait as a draft.
 */
async function seedRetainerInvoices(refs: {
  finance: Ctx;
  admin: Ctx;
  today: string;
  retainerContractId: string;
}) {
  const contractId = refs.retainerContractId;
  const lastMonth = monthStart(refs.today, -1);
  const { invoiceIds } = await runInvoices(refs.finance, {
    upTo: addDays(lastMonth, 1),
    contractId,
  });
  for (const id of invoiceIds) {
    const { version } = await getInvoice(refs.finance, id);
    const approved = await approveInvoice(refs.admin, id, version);
    await issueInvoice(refs.finance, id, {
      version: approved.version,
      issueDate: addDays(lastMonth, 2),
    });
  }
  await runInvoices(refs.finance, { upTo: refs.today, contractId });
}

/**
 * Credits (红字) the line of an issued invoice whose Chinese text holds `match`, with the
 * reason, and issues the credit note: the entries it billed go to the next run.
 */
async function creditLine(
  refs: { finance: Ctx; admin: Ctx },
  invoiceId: string,
  match: string,
  reason: string,
) {
  const invoice = await getInvoice(refs.finance, invoiceId);
  const line = invoice.lines.find((l) => l.descriptionZh.includes(match));
  if (!line) return;
  const noteId = await draftCreditNote(refs.finance, invoiceId, {
    version: invoice.version,
    reason,
    lineIds: [line.id],
  });
  const { version } = await getInvoice(refs.finance, noteId);
  const approved = await approveInvoice(refs.admin, noteId, version);
  await issueInvoice(refs.finance, noteId, { version: approved.version });
}

/**
 * The insurer's first fixed fee, due this week: issued at the rate its contract locked and
 * paid in full in euros at today's higher rate, so the payment realises an exchange gain.
 */
async function seedEuroInvoice(refs: {
  finance: Ctx;
  admin: Ctx;
  today: string;
  euroContractId: string;
}) {
  const { invoiceIds } = await runInvoices(refs.finance, {
    upTo: refs.today,
    contractId: refs.euroContractId,
  });
  for (const id of invoiceIds) {
    const { version } = await getInvoice(refs.finance, id);
    const approved = await approveInvoice(refs.admin, id, version);
    const issued = await issueInvoice(refs.finance, id, { version: approved.version });
    await recordPayment(refs.finance, {
      clientId: issued.client.id,
      receivedOn: refs.today,
      currency: issued.currency,
      amountMinor: issued.totalMinor,
      reference: `NLV-${issued.number}`,
      payer: issued.client.name,
      allocations: [{ invoiceId: id, amountMinor: issued.totalMinor }],
    });
  }
}

async function seedLedger(finance: Ctx, today: string) {
  const accounts = await listAccounts(finance, {});
  const code = (c: string) => {
    const a = accounts.find((x) => x.code === c);
    if (!a) throw new Error(`the standard chart has no ${c}`);
    return a.id;
  };
  const pay = (postedOn: string, description: string, account: string, minor: number) =>
    createJournal(finance, {
      postedOn,
      description,
      lines: [
        { accountId: code(account), debitMinor: minor, creditMinor: 0 },
        { accountId: code('1002'), debitMinor: 0, creditMinor: minor },
      ],
    });
  const twoAgo = monthStart(today, -2);
  const lastMonth = monthStart(today, -1);
  await createJournal(finance, {
    postedOn: addDays(twoAgo, 2),
    description: '股东实缴注册资本 Paid-in capital received',
    lines: [
      { accountId: code('1002'), debitMinor: 500_000_000, creditMinor: 0 },
      { accountId: code('4001'), debitMinor: 0, creditMinor: 500_000_000 },
    ],
  });
  await pay(addDays(lastMonth, 4), '支付上海办公室房租 Shanghai office rent', '6602', 4_800_000);
  const twice = await pay(
    addDays(lastMonth, 5),
    '支付上海办公室房租 Shanghai office rent',
    '6602',
    4_800_000,
  );
  await reverseJournal(finance, twice.id, {
    postedOn: addDays(lastMonth, 6),
    reason: '重复记账 Posted twice',
  });
  await pay(addDays(lastMonth, 12), 'Jira 年度许可 Jira annual licence', '6602', 1_250_000);
  await pay(monthStart(today), '支付上海办公室房租 Shanghai office rent', '6602', 4_800_000);
}

/** Who the demo's invoices come from, as its fapiao and PDFs print the seller. */
async function seedSeller(finance: Ctx) {
  const policy = await getPolicy(finance);
  await savePolicy(finance, {
    ...policy,
    sellerName: '桥石信息技术（上海）有限公司',
    sellerTaxId: '91310115MA1K4PNT2B',
    sellerAddress: '上海市浦东新区张江路 88 号 021-5080 6600',
    sellerBank: '招商银行上海张江支行 1219 0876 5410 001',
    fapiaoCategory: '信息技术服务',
    // Travel allowances (出差补贴) by where people go.
    perDiemRates: [
      { location: '上海', currency: 'CNY', dailyMinor: 10_000 },
      { location: '北京', currency: 'CNY', dailyMinor: 15_000 },
      { location: '深圳', currency: 'CNY', dailyMinor: 12_000 },
      { location: 'Hamburg', currency: 'EUR', dailyMinor: 2_800 },
    ],
  });
}

/**
 * This week's statement of the seller's account as the bank exports it: the bank's second
 * transfer for the service desk invoice, waiting to be matched; the bank's charges, set aside
 * as already booked; and the payment run's batch transfer, matched to the run.
 */
async function seedStatement(finance: Ctx, today: string) {
  const { items } = await listInvoices(finance, {
    status: 'issued',
    limit: 50,
    sort: '-createdAt',
  });
  const desk = items.find((i) => i.currency === 'CNY' && (i.balanceMinor ?? 0) > 0);
  const runs = (await listRuns(finance, { limit: 1, sort: '-createdAt' })).items;
  if (!desk || !runs[0]) return;
  const yuan = (minor: number) => (minor / 100).toFixed(2);
  const csv = [
    '交易日期,借方金额,贷方金额,摘要,对方户名',
    `${today},,${yuan(desk.balanceMinor ?? 0)},货款 ${desk.number},${desk.client.name}股份有限公司`,
    `${today},35.00,,跨行汇款手续费,`,
    `${today},${yuan(runs[0].totals[0]?.totalMinor ?? 0)},,${runs[0].bankReference ?? ''} 批量代付,智联科技`,
  ].join('\n');
  const statement = await importStatement(finance, {
    bankAccount: '招商银行上海张江支行 1219 0876 5410 001',
    currency: 'CNY',
    format: 'csv',
    content: csv,
    fileName: `CMB-${today}.csv`,
    mapping: {
      date: '交易日期',
      amount: '贷方金额',
      moneyOut: '借方金额',
      reference: '摘要',
      counterparty: '对方户名',
    },
  });
  const [, charges, batch] = statement.bookings;
  if (charges) {
    await ignoreLine(finance, charges.id, {
      version: charges.version,
      note: '银行手续费，已记入财务费用',
    });
  }
  if (batch) {
    await matchLine(finance, batch.id, { version: batch.version, paymentRunId: runs[0].id });
  }
}
