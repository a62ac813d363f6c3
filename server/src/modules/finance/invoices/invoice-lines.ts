import type { Executor } from '../../../db/database.ts';
import { Dec, roundMinor } from '../../../platform/money.ts';
import {
  type FeeScheduleItem,
  type InvoiceDetail,
  type Period,
  type RetainerPeriod,
  retainerBlocks,
  retainerPeriodOf,
} from '../../contracts/index.ts';
import { getPersonRow } from '../../people/index.ts';
import {
  completedMilestones,
  projectContractId,
  projectsOfContract,
  projectsWithContract,
} from '../../projects/index.ts';
import { positionsByIds } from '../../settings/index.ts';
import { approvedEntries, findApprovedEntries, type PricedEntry } from '../../time/index.ts';
import type { AllocationSource, InvoiceLineKind, LineUnit } from './invoices.table.ts';

export type Billed = PricedEntry & { bill: NonNullable<PricedEntry['bill']> };

/** A line a run drafts, with what it bills: each allocation unique while unreleased. */
export type DraftLine = {
  kind: InvoiceLineKind;
  descriptionZh: string;
  descriptionEn: string;
  positionId: string | null;
  quantity: string;
  unit: LineUnit;
  netMinor: number;
  allocations: { sourceType: AllocationSource; sourceId: string; amountMinor: number }[];
};

/** The source ids of one kind an unreleased allocation bills already, as a subquery. */
export const alreadyBilled = (db: Executor, workspaceId: string, type: AllocationSource) =>
  db
    .selectFrom('billing_allocations')
    .select('source_id')
    .where('workspace_id', '=', workspaceId)
    .where('source_type', '=', type)
    .where('released_at', 'is', null);

/**
 * One line per position and rate (a summary), or per position, rate, person and day (the
 * detail a contract may ask for): the hours, and the sum of the entries' priced amounts, so a
 * line's net is exactly what its entries were priced at, never recomputed from a rate.
 */
export async function timeLines(
  db: Executor,
  workspaceId: string,
  entries: Billed[],
  detail: InvoiceDetail = 'summary',
) {
  type Group = {
    positionId: string | null;
    personId: string;
    day: string;
    minutes: number;
    entries: Billed[];
  };
  const groups = new Map<string, Group>();
  for (const e of entries) {
    const key = `${e.positionId}|${e.bill.rateMinor}|${e.bill.rateUnit}${detail === 'detail' ? `|${e.personId}|${e.day}` : ''}`;
    const group = groups.get(key) ?? {
      positionId: e.positionId,
      personId: e.personId,
      day: e.day,
      minutes: 0,
      entries: [],
    };
    group.minutes += e.minutes;
    group.entries.push(e);
    groups.set(key, group);
  }
  const positions = await positionsByIds(
    db,
    workspaceId,
    [...groups.values()].flatMap((g) => (g.positionId ? [g.positionId] : [])),
  );
  const names = new Map<string, string>();
  if (detail === 'detail') {
    for (const id of new Set(entries.map((e) => e.personId))) {
      names.set(id, (await getPersonRow(db, workspaceId, id))?.name ?? '');
    }
  }
  return [...groups.values()].map((g): DraftLine => {
    const position = g.positionId ? positions.get(g.positionId) : undefined;
    const who = detail === 'detail' ? ` · ${names.get(g.personId)} · ${g.day}` : '';
    return {
      kind: 'time',
      descriptionZh: `${position?.nameZh ?? '服务工时'}${who}`,
      descriptionEn: `${position?.nameEn ?? 'Hours of service'}${who}`,
      positionId: g.positionId,
      quantity: new Dec(g.minutes).div(60).toString(),
      unit: 'hour',
      netMinor: g.entries.reduce((s, e) => s + e.bill.minor, 0),
      allocations: g.entries.map((e) => ({
        sourceType: 'time_entry',
        sourceId: e.id,
        amountMinor: e.bill.minor,
      })),
    };
  });
}

/** A fee-schedule item's key: the contract, its day and its label. */
export const feeKey = (contractId: string, item: Pick<FeeScheduleItem, 'date' | 'label'>) =>
  `${contractId}/${item.date}/${item.label}`;

/** The fixed-fee items due by the day that no invoice bills yet, one line each. */
export function feeLines(
  contractId: string,
  schedule: readonly FeeScheduleItem[],
  upTo: string,
  billed: ReadonlySet<string>,
): DraftLine[] {
  return schedule
    .filter((item) => item.date <= upTo && !billed.has(feeKey(contractId, item)))
    .map((item) => ({
      kind: 'fee',
      descriptionZh: item.label,
      descriptionEn: item.label,
      positionId: null,
      quantity: '1',
      unit: 'item',
      netMinor: item.amountMinor,
      allocations: [
        {
          sourceType: 'fee_item',
          sourceId: feeKey(contractId, item),
          amountMinor: item.amountMinor,
        },
      ],
    }));
}

type Retainer = {
  id: string;
  startDate: string;
  endDate: string | null;
  valueMinor: number;
  hourBlock: number | null;
  retainerPeriod: RetainerPeriod;
};

/** What a retainer period's block is keyed by: the contract for one term, else its start too. */
const retainerKey = (c: Retainer, period: Period) =>
  c.retainerPeriod === 'term' ? c.id : `${c.id}/${period.from}`;

/**
 * A retainer's prepaid block of hours for each period begun by the day that no invoice bills
 * yet, billed in advance: the contract's value split evenly over its periods (the last takes
 * what division leaves), so the periods add up to the value exactly. Approved time draws the
 * block down; unused hours expire with the period.
 */
export function retainerLines(c: Retainer, upTo: string, billed: ReadonlySet<string>) {
  if (c.valueMinor <= 0) return [];
  const hours = c.hourBlock ?? 0;
  return retainerBlocks(c, upTo).flatMap(({ period, amountMinor }): DraftLine[] => {
    if (billed.has(retainerKey(c, period))) return [];
    const when = c.retainerPeriod === 'term' ? '' : ` ${period.from} – ${period.to}`;
    return [
      {
        kind: 'retainer',
        descriptionZh: `预付工时包（${hours} 小时）${when}`,
        descriptionEn: `Retainer: ${hours} prepaid hours${when}`,
        positionId: null,
        quantity: '1',
        unit: 'item',
        netMinor: amountMinor,
        allocations: [{ sourceType: 'retainer', sourceId: retainerKey(c, period), amountMinor }],
      },
    ];
  });
}

/**
 * The approved hours past a retainer's block in each period, billed at what approval priced
 * them (the rate card): a period's hours are taken in day order, and what lies past the block
 * is overage, an entry straddling it billed for its share. Hours billed already are not again.
 */
export async function overageLines(
  db: Executor,
  workspaceId: string,
  c: Retainer,
  upTo: string,
  detail: InvoiceDetail,
) {
  if (!c.hourBlock) return [];
  const entries = (
    await findApprovedEntries(db, workspaceId, { contractId: c.id, to: upTo, billable: true })
  ).filter((e): e is Billed => e.bill !== null);
  if (entries.length === 0) return [];
  // Of the contract's entries, those billed already, read in one statement however many.
  const ofContract = approvedEntries(db, workspaceId)
    .select('te.id')
    .where('te.project_id', 'in', projectsOfContract(db, workspaceId, c.id));
  const billed = new Set(
    (
      await alreadyBilled(db, workspaceId, 'time_entry')
        .where('source_id', 'in', ofContract)
        .execute()
    ).map((r) => r.source_id),
  );
  const block = c.hourBlock * 60;
  const over: Billed[] = [];
  for (const period of Map.groupBy(entries, (e) => retainerPeriodOf(c, e.day).from).values()) {
    let used = 0;
    for (const e of period) {
      const past = Math.min(e.minutes, Math.max(0, used + e.minutes - block));
      used += e.minutes;
      if (past === 0 || billed.has(e.id)) continue;
      const minor = roundMinor(new Dec(e.bill.minor).times(past).div(e.minutes));
      over.push({ ...e, minutes: past, bill: { ...e.bill, minor } });
    }
  }
  if (over.length === 0) return [];
  return (await timeLines(db, workspaceId, over, detail)).map((l) => ({
    ...l,
    descriptionZh: `超出预付工时：${l.descriptionZh}`,
    descriptionEn: `Overage: ${l.descriptionEn}`,
  }));
}

/** The milestones completed by the day that no invoice bills yet, one line each. */
export async function milestoneLines(
  db: Executor,
  workspaceId: string,
  contractId: string,
  upTo: string,
  billed: ReadonlySet<string>,
): Promise<DraftLine[]> {
  const done = await completedMilestones(db, workspaceId, contractId, upTo);
  return done
    .filter((m) => !billed.has(m.id))
    .map((m) => ({
      kind: 'milestone',
      descriptionZh: `里程碑：${m.name}`,
      descriptionEn: `Milestone: ${m.name}`,
      positionId: null,
      quantity: '1',
      unit: 'item',
      netMinor: m.amountMinor ?? 0,
      allocations: [{ sourceType: 'milestone', sourceId: m.id, amountMinor: m.amountMinor ?? 0 }],
    }));
}

/**
 * What a time-and-materials cap leaves to bill: the contract's invoices so far (drafts too,
 * as they hold their hours; credit notes once issued) are taken from the cap, all but the
 * expenses they re-bill, which the cap does not cover; and entries are
 * taken in day order while they fit. The rest waits, and its value is what the cap held back.
 */
export async function withinCap(
  db: Executor,
  workspaceId: string,
  contractId: string,
  capMinor: number,
  entries: Billed[],
) {
  const so = await db
    .selectFrom('invoices')
    .innerJoin('invoice_lines', 'invoice_lines.invoice_id', 'invoices.id')
    .select((eb) =>
      eb.fn.coalesce(eb.fn.sum<string>('invoice_lines.net_minor'), eb.lit(0)).as('net'),
    )
    .where('invoices.workspace_id', '=', workspaceId)
    .where('invoices.contract_id', '=', contractId)
    .where('invoice_lines.kind', '!=', 'expense')
    .where((eb) =>
      eb.or([eb('invoices.kind', '=', 'invoice'), eb('invoices.status', '=', 'issued')]),
    )
    .executeTakeFirstOrThrow();
  let room = capMinor - Number(so.net);
  const taken: Billed[] = [];
  let cappedMinor = 0;
  for (const e of entries) {
    if (cappedMinor === 0 && e.bill.minor <= room) {
      taken.push(e);
      room -= e.bill.minor;
    } else {
      cappedMinor += e.bill.minor;
    }
  }
  return { taken, cappedMinor };
}

/** An approved billable expense line no invoice bills yet, with what its approval priced. */
export type Rebill = { contractId: string; currency: string; line: DraftLine };

/**
 * The approved billable expenses spent by the day that no invoice bills yet, each a line at
 * what approval priced it for the client (its cost before VAT, with the contract's markup),
 * by the client contract its project bills.
 */
export async function expenseLines(
  db: Executor,
  workspaceId: string,
  upTo: string,
  contractId?: string,
): Promise<Rebill[]> {
  const rows = await db
    .selectFrom('expense_lines as l')
    .innerJoin('expense_claims as c', 'c.id', 'l.claim_id')
    .select(['l.id', 'l.day', 'l.description', 'l.rebill_currency', 'l.rebill_minor'])
    .select(['c.project_id', 'c.number'])
    .where('l.workspace_id', '=', workspaceId)
    .where('l.billable', '=', true)
    .where('l.rebill_minor', 'is not', null)
    .where('c.status', 'in', ['approved', 'paid'])
    .where('l.day', '<=', upTo)
    .where('c.project_id', 'in', projectsWithContract(db, workspaceId))
    .where('l.id', 'not in', alreadyBilled(db, workspaceId, 'expense_line'))
    .orderBy('l.day')
    .orderBy('l.id')
    .execute();
  const contractOf = new Map<string, string | null>();
  for (const projectId of new Set(rows.map((r) => r.project_id))) {
    contractOf.set(projectId, await projectContractId(db, workspaceId, projectId));
  }
  return rows.flatMap((r): Rebill[] => {
    const contract = contractOf.get(r.project_id);
    if (!contract || (contractId && contract !== contractId)) return [];
    const amount = r.rebill_minor as number;
    return [
      {
        contractId: contract,
        currency: r.rebill_currency as string,
        line: {
          kind: 'expense',
          descriptionZh: `代垫费用：${r.description}（${r.day}，${r.number}）`,
          descriptionEn: `Expense: ${r.description} (${r.day}, ${r.number})`,
          positionId: null,
          quantity: '1',
          unit: 'item',
          netMinor: amount,
          allocations: [{ sourceType: 'expense_line', sourceId: r.id, amountMinor: amount }],
        },
      },
    ];
  });
}
