import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import {
  AppError,
  notFound,
  refusedField,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { Dec } from '../../../platform/money.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { contractPartyOf } from '../../contracts/index.ts';
import { rateToBase } from '../../settings/index.ts';
import { applyChargebacks } from '../credits/bill-chargebacks.ts';
import { documentTotals } from '../tax/document-totals.ts';
import { policyOf } from '../tax/policy.service.ts';
import { postBillJournal } from './bill-journal.ts';
import { type MatchedLine, matchLines } from './bill-matching.ts';
import { holdsOf, releaseIfFree } from './bill-release.ts';
import {
  type BillRow,
  billLineRows,
  billRow,
  billSortKeys,
  findBillRows,
} from './bills.repository.ts';
import type {
  approveBillBody,
  billBody,
  billQuery,
  portalBillQuery,
  rejectBillBody,
} from './bills.schema.ts';
import type { BillSource } from './bills.table.ts';

/** Contract states a supplier bills under: signed once, whether or not it has ended since. */
const billable = new Set(['signed', 'active', 'expiring', 'renewed', 'terminated', 'expired']);

function presentSummary(r: BillRow) {
  return {
    id: r.id,
    number: r.number,
    supplierReference: r.supplier_reference,
    supplier: { id: r.supplier_id, name: r.supplier_name ?? '' },
    contract: { id: r.contract_id, number: r.contract_number ?? '' },
    source: r.source,
    status: r.status,
    currency: r.currency,
    billDate: r.bill_date,
    dueDate: r.due_date,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    netMinor: r.net_minor,
    taxMinor: r.tax_minor,
    totalMinor: r.total_minor,
    held: r.status === 'approved' && r.released_at === null,
    releasedAt: r.released_at,
    paymentRun:
      r.payment_run_id && r.run_number ? { id: r.payment_run_id, number: r.run_number } : null,
    paidOn: r.paid_on,
    createdAt: r.created_at,
    version: r.version,
  };
}

async function presentLines(db: Executor, billId: string) {
  const lines = await billLineRows(db, billId);
  return lines.map((l) => ({
    id: l.id,
    seq: l.seq,
    kind: l.kind,
    description: l.description,
    person: l.person_id ? { id: l.person_id, name: l.person_name ?? '' } : null,
    hours: l.hours,
    taxRate: l.tax_rate,
    netMinor: l.net_minor,
    taxMinor: l.tax_minor,
    grossMinor: l.gross_minor,
    expectedMinor: l.expected_minor,
    expectedHours: l.expected_hours,
    varianceMinor: l.expected_minor === null ? null : l.net_minor - l.expected_minor,
    varianceHours:
      l.hours === null || l.expected_hours === null
        ? null
        : new Dec(l.hours).minus(l.expected_hours).toString(),
    match: l.match,
    entries: Number(l.entries ?? 0),
  }));
}

async function loadBill(db: Executor, ctx: Ctx, id: string) {
  const row = await billRow(db, workspaceOf(ctx), id, partyOf(ctx));
  if (!row) throw notFound('Supplier bill');
  return row;
}

export async function getBill(ctx: Ctx, id: string) {
  const row = await loadBill(ctx.db, ctx, id);
  const lines = await presentLines(ctx.db, id);
  const contract = await contractPartyOf(ctx.db, row.workspace_id, row.contract_id);
  return {
    ...presentSummary(row),
    paymentRelease: contract?.paymentRelease ?? 'on_approval',
    tolerance: row.tolerance,
    needsReason: lines.some((l) => l.match !== 'matched'),
    fxRate: row.fx_rate,
    baseTotalMinor: row.base_total_minor,
    journalId: row.journal_id,
    decisionReason: row.decision_reason,
    decidedAt: row.decided_at,
    holds: await holdsOf(ctx.db, ctx, row),
    lines,
  };
}

export async function listBills(ctx: Ctx, query: z.infer<typeof billQuery>) {
  const k = keyset(billSortKeys, 'supplier_bills.id', query.sort, query.cursor);
  const rows = await findBillRows(ctx.db, workspaceOf(ctx), query, k, query.limit, partyOf(ctx));
  return keysetPage(rows, k, query.limit, presentSummary);
}

/** A bill as its supplier sees it: which client invoice it waits for stays ours. */
export async function getPortalBill(ctx: Ctx, id: string) {
  const row = await loadBill(ctx.db, ctx, id);
  const holds = await holdsOf(ctx.db, ctx, row);
  return {
    ...presentSummary(row),
    holds: holds.map((h) => (h.kind === 'client_payment' ? { ...h, name: null } : h)),
    lines: await presentLines(ctx.db, id),
    decisionReason: row.decision_reason,
    paymentReference: row.paid_on ? row.run_bank_reference : null,
  };
}

export const listPortalBills = (ctx: Ctx, query: z.infer<typeof portalBillQuery>) =>
  listBills(ctx, query);

async function insertLines(trx: Executor, workspaceId: string, billId: string, lines: Line[]) {
  for (const [i, l] of lines.entries()) {
    const lineId = newId();
    await trx
      .insertInto('supplier_bill_lines')
      .values({
        id: lineId,
        workspace_id: workspaceId,
        bill_id: billId,
        seq: i + 1,
        kind: l.matched.line.kind,
        description: l.matched.description,
        person_id: l.matched.line.kind === 'time' ? l.matched.line.personId : null,
        hours: l.matched.line.kind === 'time' ? l.matched.line.hours : null,
        tax_rate: l.taxRate,
        net_minor: l.figures.netMinor,
        tax_minor: l.figures.taxMinor,
        gross_minor: l.figures.grossMinor,
        expected_minor: l.matched.expectedMinor,
        expected_hours: l.matched.expectedHours,
        match: l.matched.match,
      })
      .execute();
    // In chunks: a database takes only so many parameters in one statement.
    for (let k = 0; k < l.matched.entries.length; k += 500) {
      await trx
        .insertInto('bill_matches')
        .values(
          l.matched.entries.slice(k, k + 500).map((e) => ({
            id: newId(),
            workspace_id: workspaceId,
            bill_id: billId,
            line_id: lineId,
            source_type: e.sourceType,
            source_id: e.id,
            amount_minor: e.costMinor,
            released_at: null,
          })),
        )
        .execute();
    }
  }
}

type Line = {
  matched: MatchedLine;
  taxRate: string;
  figures: { netMinor: number; taxMinor: number; grossMinor: number };
};

/** The contract a bill is for: a signed supplier contract, of the portal user's own supplier. */
async function billedContract(trx: Executor, ctx: Ctx, contractId: string) {
  const contract = await contractPartyOf(trx, workspaceOf(ctx), contractId);
  const party = partyOf(ctx);
  const own = !party || (party.type === 'supplier' && party.id === contract?.supplierId);
  if (contract?.partyType !== 'supplier' || !contract.supplierId || !own) {
    throw refusedField('contractId', 'Not a supplier contract');
  }
  if (!billable.has(contract.status)) {
    throw refusedField('contractId', 'The contract is not signed');
  }
  return { ...contract, supplierId: contract.supplierId };
}

/**
 * Records a supplier's bill, entered by us or submitted in its portal: numbered BILL-2026-00001,
 * each time line matched against its worker's approved entries over the period (which the
 * database then keeps from any other bill), its figures under the workspace's tax rounding;
 * the chargebacks the supplier owes under the contract are deducted on it.
 */
export async function createBill(ctx: Ctx, input: z.infer<typeof billBody>, source: BillSource) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await billedContract(trx, ctx, input.contractId);
    const twice = await trx
      .selectFrom('supplier_bills')
      .select('number')
      .where('workspace_id', '=', workspaceId)
      .where('supplier_id', '=', contract.supplierId)
      .where('supplier_reference', '=', input.supplierReference)
      .executeTakeFirst();
    if (twice) {
      throw refusedField(
        'supplierReference',
        `The supplier’s ${input.supplierReference} is ${twice.number} already`,
      );
    }
    const policy = await policyOf(trx, workspaceId);
    const matched = await matchLines(
      trx,
      workspaceId,
      {
        ...input,
        currency: contract.currency,
        tolerance: policy.billTolerance,
        schedule: contract.feeSchedule,
      },
      input.lines,
    );
    const taxRates = input.lines.map((l) => l.taxRate ?? policy.defaultTaxRate);
    // A supplier states its prices before tax, whatever the workspace prints on its own invoices.
    const totals = documentTotals(
      input.lines.map((l, i) => ({
        quantity: '1',
        unitPriceMinor: String(l.netMinor),
        taxRate: taxRates[i] as string,
      })),
      { ...policy, pricesIncludeTax: false },
    );
    if (totals.totalMinor <= 0) throw refusedField('lines', 'A bill asks for something');
    const number = await nextNumber(trx, workspaceId, `BILL-${input.billDate.slice(0, 4)}`, 5);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('supplier_bills')
      .values({
        id,
        workspace_id: workspaceId,
        number,
        supplier_reference: input.supplierReference,
        supplier_id: contract.supplierId,
        contract_id: input.contractId,
        source,
        status: 'received',
        currency: contract.currency,
        bill_date: input.billDate,
        due_date: input.dueDate ?? addDays(input.billDate, contract.paymentTermsDays),
        period_from: input.periodFrom,
        period_to: input.periodTo,
        net_minor: totals.netMinor,
        tax_minor: totals.taxMinor,
        total_minor: totals.totalMinor,
        tolerance: policy.billTolerance,
        fx_rate: null,
        base_total_minor: null,
        journal_id: null,
        decision_reason: null,
        decided_at: null,
        decided_by: null,
        released_at: null,
        payment_run_id: null,
        paid_on: null,
        created_at: now,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    const lines = matched.map((m, i) => ({
      matched: m,
      taxRate: taxRates[i] as string,
      figures: totals.lines[i] as Line['figures'],
    }));
    await insertLines(trx, workspaceId, id, lines);
    await applyChargebacks(trx, ctx, id);
    await audit(trx, ctx, {
      action: 'supplier_bill.create',
      entityType: 'supplier_bill',
      entityId: id,
      changes: created({
        number,
        supplierReference: input.supplierReference,
        source,
        matches: matched.map((m) => m.match),
      }),
    });
  });
  return getBill(ctx, id);
}

/** A received bill, read for a decision on the version the caller saw. */
async function forDecision(trx: Executor, ctx: Ctx, id: string, version: number) {
  const row = await loadBill(trx, ctx, id);
  if (row.version !== version) throw versionConflict();
  if (row.status !== 'received') {
    throw new AppError(
      'unprocessable',
      `${row.number} is ${row.status}; only a received bill is decided`,
    );
  }
  return row;
}

async function decide(
  trx: Executor,
  ctx: Ctx,
  row: BillRow,
  set: Partial<
    Pick<BillRow, 'status' | 'fx_rate' | 'base_total_minor' | 'journal_id' | 'decision_reason'>
  >,
) {
  const now = isoNow(ctx.clock);
  const written = await trx
    .updateTable('supplier_bills')
    .set({
      ...set,
      decided_at: now,
      decided_by: ctx.actor.userId,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) throw versionConflict();
  return { ...row, ...set, decided_at: now, version: row.version + 1 };
}

/**
 * Approves a received bill into the payables: a line off its match beyond the tolerance, or
 * matching nothing, needs a reason; where the workspace asks for four eyes, whoever entered
 * it does not approve it. The journal posts at the bill day's rate, and the bill is released
 * at once unless its contract waits for the client.
 */
export async function approveBill(ctx: Ctx, id: string, input: z.infer<typeof approveBillBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forDecision(trx, ctx, id, input.version);
    const { fourEyes } = await policyOf(trx, row.workspace_id);
    if (fourEyes && row.created_by === ctx.actor.userId) {
      throw new AppError('forbidden', 'Someone other than whoever entered the bill approves it');
    }
    const lines = await billLineRows(trx, id);
    if (lines.some((l) => l.match !== 'matched') && !input.reason) {
      throw refusedField('reason', 'A line is off what it matches: say why it is approved');
    }
    const rate = await rateToBase(trx, row.workspace_id, row.currency, row.bill_date);
    if (!rate) {
      throw new AppError(
        'unprocessable',
        `No exchange rate for ${row.currency} on or before ${row.bill_date}`,
      );
    }
    const posted = await postBillJournal(trx, ctx, row, rate);
    const approved = await decide(trx, ctx, row, {
      status: 'approved',
      fx_rate: rate.rate,
      base_total_minor: posted.baseTotalMinor,
      journal_id: posted.journalId,
      decision_reason: input.reason ?? null,
    });
    await audit(trx, ctx, {
      action: 'supplier_bill.approve',
      entityType: 'supplier_bill',
      entityId: id,
      changes: {
        status: { before: 'received', after: 'approved' },
        reason: { after: input.reason ?? null },
      },
    });
    await releaseIfFree(trx, ctx, approved);
  });
  return getBill(ctx, id);
}

/** Rejects a received bill with the reason; the entries it matched may be billed again. */
export async function rejectBill(ctx: Ctx, id: string, input: z.infer<typeof rejectBillBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forDecision(trx, ctx, id, input.version);
    await decide(trx, ctx, row, { status: 'rejected', decision_reason: input.reason });
    await trx
      .updateTable('bill_matches')
      .set({ released_at: isoNow(ctx.clock) })
      .where('bill_id', '=', id)
      .where('released_at', 'is', null)
      .execute();
    await audit(trx, ctx, {
      action: 'supplier_bill.reject',
      entityType: 'supplier_bill',
      entityId: id,
      changes: {
        status: { before: 'received', after: 'rejected' },
        reason: { after: input.reason },
      },
    });
  });
  return getBill(ctx, id);
}
