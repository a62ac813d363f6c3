import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { Dec } from '../../../platform/money.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { projectContractId } from '../../projects/index.ts';
import { positionsByIds } from '../../settings/index.ts';
import { findApprovedEntries, markInvoiced, type PricedEntry } from '../../time/index.ts';
import { documentTotals } from '../tax/document-totals.ts';
import { type FinancePolicy, policyOf } from '../tax/policy.service.ts';
import { insertDraft } from './invoices.repository.ts';
import type { runBody } from './invoices.schema.ts';

type Billed = PricedEntry & { bill: NonNullable<PricedEntry['bill']> };

/** Entry ids an unreleased allocation bills already, as a subquery the entry query excludes. */
const alreadyBilled = (db: Executor, workspaceId: string) =>
  db
    .selectFrom('billing_allocations')
    .select('source_id')
    .where('workspace_id', '=', workspaceId)
    .where('source_type', '=', 'time_entry')
    .where('released_at', 'is', null);

/** The billable, priced, not yet billed approved entries up to a day, by client contract. */
async function unbilledByContract(
  trx: Executor,
  workspaceId: string,
  input: z.infer<typeof runBody>,
) {
  const entries = await findApprovedEntries(trx, workspaceId, {
    ...(input.contractId ? { contractId: input.contractId } : {}),
    to: input.upTo,
    billable: true,
    excluding: alreadyBilled(trx, workspaceId),
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

/** One line per position and rate: the hours, and the sum of the entries' priced amounts. */
function linesOf(entries: Billed[]) {
  const lines = new Map<
    string,
    { positionId: string | null; minutes: number; net: number; entries: Billed[] }
  >();
  for (const e of entries) {
    const key = `${e.positionId}|${e.bill.rateMinor}|${e.bill.rateUnit}`;
    const line = lines.get(key) ?? { positionId: e.positionId, minutes: 0, net: 0, entries: [] };
    line.minutes += e.minutes;
    line.net += e.bill.minor;
    line.entries.push(e);
    lines.set(key, line);
  }
  return [...lines.values()];
}

/**
 * Drafts one invoice: its lines from the entries, its figures under the workspace's policy
 * (each line's net is exactly the sum of its entries' priced amounts, never recomputed from a
 * rate), and an allocation per entry, which the database keeps unique while unreleased.
 */
async function draftInvoice(
  trx: Executor,
  ctx: Ctx,
  draft: {
    runNumber: string;
    contractId: string;
    clientId: string;
    currency: string;
    upTo: string;
  },
  entries: Billed[],
  policy: FinancePolicy,
) {
  const workspaceId = workspaceOf(ctx);
  const lines = linesOf(entries);
  const positions = await positionsByIds(
    trx,
    workspaceId,
    lines.flatMap((l) => (l.positionId ? [l.positionId] : [])),
  );
  const totals = documentTotals(
    lines.map((l) => ({
      quantity: '1',
      unitPriceMinor: String(l.net),
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
      contract_id: draft.contractId,
      client_id: draft.clientId,
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
      created_by: ctx.actor.userId,
    },
    isoNow(ctx.clock),
  );
  for (const [i, line] of lines.entries()) {
    const lineId = newId();
    const figures = totals.lines[i] as (typeof totals.lines)[number];
    const position = line.positionId ? positions.get(line.positionId) : undefined;
    await trx
      .insertInto('invoice_lines')
      .values({
        id: lineId,
        workspace_id: workspaceId,
        invoice_id: id,
        seq: i + 1,
        kind: 'time',
        description_zh: position?.nameZh ?? '服务工时',
        description_en: position?.nameEn ?? 'Hours of service',
        position_id: line.positionId,
        quantity: new Dec(line.minutes).div(60).toString(),
        unit: 'hour',
        tax_rate: policy.defaultTaxRate,
        net_minor: figures.netMinor,
        tax_minor: figures.taxMinor,
        gross_minor: figures.grossMinor,
        exact_net: figures.exactNet,
        exact_tax: figures.exactTax,
      })
      .execute();
    // In chunks: a database takes only so many parameters in one statement.
    for (let k = 0; k < line.entries.length; k += 500) {
      await trx
        .insertInto('billing_allocations')
        .values(
          line.entries.slice(k, k + 500).map((e) => ({
            id: newId(),
            workspace_id: workspaceId,
            invoice_id: id,
            line_id: lineId,
            source_type: 'time_entry' as const,
            source_id: e.id,
            amount_minor: e.bill.minor,
            released_at: null,
          })),
        )
        .execute();
    }
  }
  await markInvoiced(
    trx,
    workspaceId,
    entries.map((e) => e.id),
    id,
  );
  await audit(trx, ctx, {
    action: 'invoice.draft',
    entityType: 'invoice',
    entityId: id,
    changes: {
      run: { after: draft.runNumber },
      entries: { after: entries.length },
      totalMinor: { after: totals.totalMinor },
    },
  });
  return id;
}

/**
 * "Bill everything due up to a day": one draft per time-and-materials client contract and
 * currency, from its approved, priced, billable entries that no invoice bills yet. The run
 * takes a number first, which on PostgreSQL also holds the workspace's counter row until it
 * commits, so two runs at once take turns rather than race for the same entries.
 */
export async function runInvoices(ctx: Ctx, input: z.infer<typeof runBody>) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const runNumber = await nextNumber(trx, workspaceId, 'RUN');
    const policy = await policyOf(trx, workspaceId);
    const ids: string[] = [];
    for (const [contractId, entries] of await unbilledByContract(trx, workspaceId, input)) {
      const contract = await clientContractOf(trx, workspaceId, contractId);
      if (contract?.billingModel !== 'time_and_materials' || !contract.clientId) continue;
      const byCurrency = Map.groupBy(entries, (e) => e.bill.currency);
      for (const [currency, ofCurrency] of byCurrency) {
        const draft = {
          runNumber,
          contractId,
          clientId: contract.clientId,
          currency,
          upTo: input.upTo,
        };
        ids.push(await draftInvoice(trx, ctx, draft, ofCurrency, policy));
      }
    }
    return { runNumber, invoiceIds: ids };
  });
}
