import type { Ctx } from '../../platform/context.ts';
import { addDays, mondayOf } from '../../platform/days.ts';
import { runInvoices } from './invoices/invoice-run.service.ts';
import { approveInvoice, getInvoice, issueInvoice } from './invoices/invoices.service.ts';
import { listAccounts } from './ledger/accounts.service.ts';
import { createJournal, reverseJournal } from './ledger/journals.service.ts';
import { closePeriod } from './ledger/periods.service.ts';

/** The first of the month `months` before the month of `day`. */
function monthStart(day: string, months: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/**
 * The demo's books, as the finance lead would have kept them: the owners' capital paid in two
 * months ago, rent and a software licence paid last month, a rent entry posted twice and
 * reversed, last month closed, and this month's rent; then the service desk's approved time
 * billed: three weeks ago issued, two weeks ago approved, last week left for the next run.
 */
export async function seedFinance(refs: { finance: Ctx; admin: Ctx; today: string }) {
  await seedLedger(refs.finance, refs.today);
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
    await issueInvoice(refs.finance, id, { version });
  }
  await billUpTo(addDays(monday, -8));
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
  const twoAgo = monthStart(today, 2);
  const lastMonth = monthStart(today, 1);
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
  await closePeriod(finance, lastMonth.slice(0, 7));
  await pay(monthStart(today, 0), '支付上海办公室房租 Shanghai office rent', '6602', 4_800_000);
}
