import type { Executor } from '../../../db/database.ts';
import type { Ctx } from '../../../platform/context.ts';
import { addDays, daysBetween } from '../../../platform/days.ts';
import { convertMinor, Dec, roundMinor } from '../../../platform/money.ts';
import {
  clientContractIdsBilledBy,
  clientContractOf,
  retainerPeriodOf,
} from '../../contracts/index.ts';
import { projectEvm, projectsOfContract } from '../../projects/index.ts';
import { fxExposure } from '../reports/fx-exposure.ts';
import { unbilledTime } from '../reports/unbilled-time.ts';
import { accountFor } from './accounts.service.ts';
import type { PostingLine } from './journals.service.ts';
import type { AccountPurpose } from './ledger.table.ts';

type Accounts = (purpose: AccountPurpose) => Promise<string>;

/** The accounts a figure posts to, each looked up once however many lines it has. */
function accountsOf(trx: Executor, ctx: Ctx, workspaceId: string): Accounts {
  const found = new Map<AccountPurpose, Promise<string>>();
  return (purpose) => {
    const id = found.get(purpose) ?? accountFor(trx, ctx, workspaceId, purpose);
    found.set(purpose, id);
    return id;
  };
}

/** A debit on one account and the credit on another, for a positive amount; swapped if not. */
async function pair(
  account: Accounts,
  amount: number,
  [debit, credit]: [AccountPurpose, AccountPurpose],
  aux: Partial<PostingLine> = {},
): Promise<PostingLine[]> {
  if (amount === 0) return [];
  const [dr, cr] = amount > 0 ? [debit, credit] : [credit, debit];
  const minor = Math.abs(amount);
  return [
    { ...aux, accountId: await account(dr), debitMinor: minor, creditMinor: 0 },
    { ...aux, accountId: await account(cr), debitMinor: 0, creditMinor: minor },
  ];
}

/**
 * Approved billable time of time-and-materials contracts up to the month's last day that no
 * issued invoice bills yet: earned, so revenue against contract assets (合同资产), per project
 * at the prices fixed at approval.
 */
export async function wipAccrual(trx: Executor, ctx: Ctx, workspaceId: string, lastDay: string) {
  const account = accountsOf(trx, ctx, workspaceId);
  const lines: PostingLine[] = [];
  for (const w of await unbilledTime(trx, workspaceId, { upTo: lastDay, billedBy: 'issued' })) {
    const aux = {
      projectId: w.project.id,
      clientId: w.clientId,
      memo: `${w.project.number} ${w.hours}h`,
    };
    lines.push(...(await pair(account, w.amountMinor, ['contract_asset', 'revenue'], aux)));
  }
  return lines;
}

/**
 * Open receivables and payables in foreign currencies revalued at the month's last rate: the
 * difference to what they were booked at is unrealised exchange gain or loss (汇兑损益).
 */
export async function fxRevaluation(
  trx: Executor,
  ctx: Ctx,
  workspaceId: string,
  base: string,
  lastDay: string,
) {
  const account = accountsOf(trx, ctx, workspaceId);
  const lines: PostingLine[] = [];
  for (const o of await fxExposure(trx, workspaceId, base, lastDay)) {
    if (o.rate === null) continue;
    const memo = `${o.currency} @ ${o.rate}`;
    const receivable =
      convertMinor(o.receivableMinor, o.currency, base, o.rate) - o.receivableBookedMinor;
    // A payable worth more in base is a loss: the gain is what it lost in value.
    const payable = o.payableBookedMinor - convertMinor(o.payableMinor, o.currency, base, o.rate);
    lines.push(
      ...(await pair(account, receivable, ['receivable', 'fx_gain_loss'], { memo })),
      ...(await pair(account, payable, ['payable', 'fx_gain_loss'], { memo })),
    );
  }
  return lines;
}

/** The fixed fees issued invoices (less credit notes) bill on a contract, in its currency. */
async function feesInvoiced(trx: Executor, workspaceId: string, contractId: string) {
  const row = await trx
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select((eb) =>
      eb.fn.coalesce(eb.fn.sum<string>('invoice_lines.net_minor'), eb.lit(0)).as('net'),
    )
    .where('invoices.workspace_id', '=', workspaceId)
    .where('invoices.contract_id', '=', contractId)
    .where('invoices.status', '=', 'issued')
    .where('invoice_lines.kind', '=', 'fee')
    .executeTakeFirstOrThrow();
  return Number(row.net);
}

/**
 * Fixed-price contracts earn their value by percentage of completion (earned value over the
 * budget of their projects, at most all of it): what is earned beyond the fees invoiced is a
 * contract asset, what is invoiced beyond it is an advance from the client (预收), in base at
 * the rate the contract locked.
 */
export async function percentOfCompletion(
  trx: Executor,
  ctx: Ctx,
  workspaceId: string,
  base: string,
) {
  const account = accountsOf(trx, ctx, workspaceId);
  const lines: PostingLine[] = [];
  for (const contractId of await clientContractIdsBilledBy(trx, workspaceId, ['fixed_price'])) {
    const contract = await clientContractOf(trx, workspaceId, contractId);
    if (!contract?.clientId || contract.valueMinor <= 0) continue;
    let ev = 0;
    let bac = 0;
    for (const { id } of await projectsOfContract(trx, workspaceId, contractId).execute()) {
      const { evm } = await projectEvm({ ...ctx, db: trx }, id);
      if (!evm || evm.currency !== contract.currency) continue;
      ev += evm.ev;
      bac += evm.bac;
    }
    if (bac <= 0) continue;
    const share = Dec.min(1, new Dec(ev).div(bac));
    const earned = roundMinor(share.times(contract.valueMinor));
    const gap = earned - (await feesInvoiced(trx, workspaceId, contractId));
    const gapBase = convertMinor(gap, contract.currency, base, contract.fxRate ?? '1');
    const aux = {
      clientId: contract.clientId,
      memo: `${contract.number} ${share.times(100).toFixed(1)}%`,
    };
    lines.push(
      ...(gapBase >= 0
        ? await pair(account, gapBase, ['contract_asset', 'revenue'], aux)
        : await pair(account, -gapBase, ['revenue', 'advances_received'], aux)),
    );
  }
  return lines;
}

/**
 * Retainer blocks billed ahead of their period: what the period has not yet run of the block
 * (by days, up to the month's last day) is not earned, so it moves from revenue to advances
 * from the client (预收), in base at the rate the invoice booked. A block's period that has
 * ended by then is earned whole.
 */
export async function retainerDeferral(
  trx: Executor,
  ctx: Ctx,
  workspaceId: string,
  base: string,
  lastDay: string,
) {
  const account = accountsOf(trx, ctx, workspaceId);
  const blocks = await trx
    .selectFrom('billing_allocations as a')
    .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
    .select(['a.source_id', 'a.amount_minor', 'i.contract_id', 'i.client_id', 'i.currency'])
    .select(['i.fx_rate', 'i.number'])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.source_type', '=', 'retainer')
    .where('a.released_at', 'is', null)
    .where('i.status', '=', 'issued')
    .where('i.issue_date', '<=', lastDay)
    .execute();
  const lines: PostingLine[] = [];
  // A retainer bills a block a period: read each contract once.
  const contracts = new Map<string, Awaited<ReturnType<typeof clientContractOf>>>();
  for (const id of new Set(blocks.map((b) => b.contract_id))) {
    contracts.set(id, await clientContractOf(trx, workspaceId, id));
  }
  for (const b of blocks) {
    const contract = contracts.get(b.contract_id);
    if (!contract) continue;
    // A block is keyed by its contract, and for a renewing retainer by its period's first day.
    const from = b.source_id.split('/')[1] ?? contract.startDate;
    const period = retainerPeriodOf(contract, from);
    if (period.to <= lastDay) continue;
    const days = daysBetween(period.from, period.to) + 1;
    const ahead = daysBetween(
      lastDay < period.from ? addDays(period.from, -1) : lastDay,
      period.to,
    );
    const unearned = roundMinor(new Dec(b.amount_minor).times(ahead).div(days));
    const unearnedBase = convertMinor(unearned, b.currency, base, b.fx_rate ?? '1');
    const aux = { clientId: b.client_id, memo: `${b.number} ${period.from} – ${period.to}` };
    lines.push(...(await pair(account, unearnedBase, ['revenue', 'advances_received'], aux)));
  }
  return lines;
}
