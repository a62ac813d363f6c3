import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { clientContractIdsBilledBy, clientContractOf } from '../../contracts/index.ts';
import { projectContractId } from '../../projects/index.ts';
import { findApprovedEntries, markInvoiced } from '../../time/index.ts';
import { creditLines } from '../credits/service-credits.service.ts';
import { documentTotals } from '../tax/document-totals.ts';
import { type FinancePolicy, policyOf } from '../tax/policy.service.ts';
import {
  alreadyBilled,
  type Billed,
  type DraftLine,
  expenseLines,
  feeLines,
  milestoneLines,
  overageLines,
  retainerLines,
  timeLines,
  withinCap,
} from './invoice-lines.ts';
import { insertDraft } from './invoices.repository.ts';
import type { runBody } from './invoices.schema.ts';

type Run = z.infer<typeof runBody>;
type Contract = NonNullable<Awaited<ReturnType<typeof clientContractOf>>> & { id: string };

/** The billable, priced, not yet billed approved entries up to a day, by client contract. */
async function unbilledByContract(trx: Executor, workspaceId: string, input: Run) {
  const entries = await findApprovedEntries(trx, workspaceId, {
    ...(input.contractId ? { contractId: input.contractId } : {}),
    to: input.upTo,
    billable: true,
    excluding: alreadyBilled(trx, workspaceId, 'time_entry'),
  });
  const billed = entries.filter((e): e is Billed => e.bill !== null);
  const contractOf = new Map<string, string | null>();
  for (const projectId of new Set(billed.map((e) => e.projectId))) {
    contractOf.set(projectId, await projectContractId(trx, workspaceId, projectId));
  }
  return Map.groupBy(
    billed.filter((e) => contractOf.get(e.projectId)),
    (e) => contractOf.get(e.projectId) as string,
  );
}

/** Inserts a line and its allocations, which the database keeps unique while unreleased. */
async function insertLine(
  trx: Executor,
  workspaceId: string,
  invoiceId: string,
  seq: number,
  line: DraftLine,
  figures: {
    netMinor: number;
    taxMinor: number;
    grossMinor: number;
    exactNet: string;
    exactTax: string;
  },
  taxRate: string,
) {
  const lineId = newId();
  await trx
    .insertInto('invoice_lines')
    .values({
      id: lineId,
      workspace_id: workspaceId,
      invoice_id: invoiceId,
      seq,
      kind: line.kind,
      description_zh: line.descriptionZh,
      description_en: line.descriptionEn,
      position_id: line.positionId,
      quantity: line.quantity,
      unit: line.unit,
      tax_rate: taxRate,
      net_minor: figures.netMinor,
      tax_minor: figures.taxMinor,
      gross_minor: figures.grossMinor,
      exact_net: figures.exactNet,
      exact_tax: figures.exactTax,
    })
    .execute();
  // In chunks: a database takes only so many parameters in one statement.
  for (let k = 0; k < line.allocations.length; k += 500) {
    await trx
      .insertInto('billing_allocations')
      .values(
        line.allocations.slice(k, k + 500).map((a) => ({
          id: newId(),
          workspace_id: workspaceId,
          invoice_id: invoiceId,
          line_id: lineId,
          source_type: a.sourceType,
          source_id: a.sourceId,
          amount_minor: a.amountMinor,
          released_at: null,
        })),
      )
      .execute();
  }
}

/**
 * Drafts one invoice from its lines, and the contract's pending service credits it can take,
 * its figures under the workspace's policy (each line's net is exactly what it bills, never
 * recomputed from a rate); the time entries it bills are marked, so their weeks stay closed.
 */
async function draftInvoice(
  trx: Executor,
  ctx: Ctx,
  draft: {
    runNumber: string;
    contract: Contract;
    currency: string;
    upTo: string;
    cap?: { capMinor: number; cappedMinor: number };
  },
  billed: DraftLine[],
  policy: FinancePolicy,
) {
  const workspaceId = workspaceOf(ctx);
  const lines = [
    ...billed,
    ...(await creditLines(trx, workspaceId, draft.contract.id, draft.currency, billed)),
  ];
  const totals = documentTotals(
    lines.map((l) => ({
      quantity: '1',
      unitPriceMinor: String(l.netMinor),
      taxRate: policy.defaultTaxRate,
    })),
    policy,
  );
  const id = newId();
  await insertDraft(
    trx,
    {
      id,
      workspace_id: workspaceId,
      run_number: draft.runNumber,
      contract_id: draft.contract.id,
      client_id: draft.contract.clientId as string,
      currency: draft.currency,
      period_to: draft.upTo,
      net_minor: totals.netMinor,
      tax_minor: totals.taxMinor,
      total_minor: totals.totalMinor,
      rounding_minor: totals.roundingMinor,
      exact_total: totals.exactTotal,
      tax_basis: policy.taxBasis,
      rounding: policy.rounding,
      prices_include_tax: policy.pricesIncludeTax,
      cap_minor: draft.cap?.capMinor ?? null,
      capped_minor: draft.cap?.cappedMinor ?? null,
      created_by: ctx.actor.userId,
    },
    isoNow(ctx.clock),
  );
  for (const [i, line] of lines.entries()) {
    const figures = totals.lines[i] as (typeof totals.lines)[number];
    await insertLine(trx, workspaceId, id, i + 1, line, figures, policy.defaultTaxRate);
  }
  const entryIds = lines.flatMap((l) =>
    l.allocations.flatMap((a) => (a.sourceType === 'time_entry' ? [a.sourceId] : [])),
  );
  await markInvoiced(trx, workspaceId, entryIds, id);
  await audit(trx, ctx, {
    action: 'invoice.draft',
    entityType: 'invoice',
    entityId: id,
    changes: {
      run: { after: draft.runNumber },
      entries: { after: entryIds.length },
      lines: { after: lines.map((l) => l.kind) },
      totalMinor: { after: totals.totalMinor },
    },
  });
  return id;
}

/** Source ids of a kind already billed, as a set: fee items and milestones are few. */
const billedSet = async (
  trx: Executor,
  workspaceId: string,
  type: 'fee_item' | 'milestone' | 'retainer',
) => new Set((await alreadyBilled(trx, workspaceId, type).execute()).map((r) => r.source_id));

/**
 * "Bill everything due up to a day", per client contract and currency: time and materials from
 * approved, priced, billable entries no invoice bills yet (within the contract's cap, in day
 * order); fixed price from the fee-schedule items due; milestone billing from the milestones
 * completed; a retainer's prepaid block once its term has begun; and approved billable
 * expenses, re-billed at what approval priced them. The run takes a number first, which on PostgreSQL also holds the workspace's
 * counter row until it commits, so two runs at once take turns rather than race.
 */
export async function runInvoices(ctx: Ctx, input: Run) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const runNumber = await nextNumber(trx, workspaceId, 'RUN');
    const policy = await policyOf(trx, workspaceId);
    const ids: string[] = [];
    const capped: { contractId: string; currency: string; cappedMinor: number }[] = [];
    const contract = async (id: string): Promise<Contract | null> => {
      const c = await clientContractOf(trx, workspaceId, id);
      return c?.clientId ? { ...c, id } : null;
    };
    // Re-billed expenses join the contract's invoice in their currency, or have one of their own.
    const rebills = await expenseLines(trx, workspaceId, input.upTo, input.contractId);
    const expensesOf = (contractId: string, currency: string) => {
      const mine = rebills.filter((r) => r.contractId === contractId && r.currency === currency);
      for (const r of mine) rebills.splice(rebills.indexOf(r), 1);
      return mine.map((r) => r.line);
    };
    for (const [contractId, entries] of await unbilledByContract(trx, workspaceId, input)) {
      const c = await contract(contractId);
      if (c?.billingModel !== 'time_and_materials') continue;
      for (const [currency, ofCurrency] of Map.groupBy(entries, (e) => e.bill.currency)) {
        const cap = c.capMinor !== null && currency === c.currency ? c.capMinor : null;
        const { taken, cappedMinor } =
          cap === null
            ? { taken: ofCurrency, cappedMinor: 0 }
            : await withinCap(trx, workspaceId, contractId, cap, ofCurrency);
        if (cappedMinor > 0) capped.push({ contractId, currency, cappedMinor });
        if (taken.length === 0) continue;
        const draft = {
          runNumber,
          contract: c,
          currency,
          upTo: input.upTo,
          ...(cap === null ? {} : { cap: { capMinor: cap, cappedMinor } }),
        };
        const lines = [
          ...(await timeLines(trx, workspaceId, taken, c.invoiceDetail)),
          ...expensesOf(contractId, currency),
        ];
        ids.push(await draftInvoice(trx, ctx, draft, lines, policy));
      }
    }
    const scheduled = input.contractId
      ? [input.contractId]
      : await clientContractIdsBilledBy(trx, workspaceId, ['fixed_price', 'milestone', 'retainer']);
    const [fees, milestones, retainers] = [
      await billedSet(trx, workspaceId, 'fee_item'),
      await billedSet(trx, workspaceId, 'milestone'),
      await billedSet(trx, workspaceId, 'retainer'),
    ];
    for (const contractId of scheduled) {
      const c = await contract(contractId);
      if (!c) continue;
      const lines =
        c.billingModel === 'fixed_price'
          ? feeLines(contractId, c.feeSchedule, input.upTo, fees)
          : c.billingModel === 'milestone'
            ? await milestoneLines(trx, workspaceId, contractId, input.upTo, milestones)
            : c.billingModel === 'retainer'
              ? [
                  ...retainerLines(c, input.upTo, retainers),
                  ...(c.retainerOverage
                    ? await overageLines(trx, workspaceId, c, input.upTo, c.invoiceDetail)
                    : []),
                ]
              : [];
      lines.push(...expensesOf(contractId, c.currency));
      if (lines.length === 0) continue;
      const draft = { runNumber, contract: c, currency: c.currency, upTo: input.upTo };
      ids.push(await draftInvoice(trx, ctx, draft, lines, policy));
    }
    for (const key of new Set(rebills.map((r) => `${r.contractId}|${r.currency}`))) {
      const [contractId, currency] = key.split('|') as [string, string];
      const c = await contract(contractId);
      if (!c) continue;
      const draft = { runNumber, contract: c, currency, upTo: input.upTo };
      ids.push(await draftInvoice(trx, ctx, draft, expensesOf(contractId, currency), policy));
    }
    return { runNumber, invoiceIds: ids, capped };
  });
}
