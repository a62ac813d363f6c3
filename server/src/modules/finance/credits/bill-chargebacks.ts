import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { documentTotals } from '../tax/document-totals.ts';
import { policyOf } from '../tax/policy.service.ts';
import { pendingCredits } from './pending-credits.ts';

/**
 * Puts a supplier contract's pending chargebacks onto one of its bills awaiting approval: a
 * deduction line each (oldest first, while the bill still asks for more than it deducts),
 * matched to its chargeback so no other bill takes it, and the bill's figures worked out
 * again. The bill's version moves on: an approval of the figures seen before is refused.
 */
export async function applyChargebacks(trx: Executor, ctx: Ctx, billId: string) {
  const bill = await trx
    .selectFrom('supplier_bills')
    .select(['id', 'workspace_id', 'contract_id', 'currency', 'status', 'net_minor'])
    .where('id', '=', billId)
    .executeTakeFirstOrThrow();
  if (bill.status !== 'received') return;
  const pending = await pendingCredits(
    trx,
    bill.workspace_id,
    'supplier',
    bill.contract_id,
    bill.currency,
  );
  let room = bill.net_minor;
  const taken = pending.filter((c) => {
    if (c.amount_minor >= room) return false;
    room -= c.amount_minor;
    return true;
  });
  if (taken.length === 0) return;
  const policy = await policyOf(trx, bill.workspace_id);
  const lines = await trx
    .selectFrom('supplier_bill_lines')
    .select(['id', 'seq', 'net_minor', 'tax_rate'])
    .where('bill_id', '=', billId)
    .orderBy('seq')
    .execute();
  let seq = Math.max(0, ...lines.map((l) => l.seq));
  for (const c of taken) {
    const lineId = newId();
    seq += 1;
    await trx
      .insertInto('supplier_bill_lines')
      .values({
        id: lineId,
        workspace_id: bill.workspace_id,
        bill_id: billId,
        seq,
        kind: 'chargeback',
        description: `${c.description_zh} / ${c.description_en}`,
        person_id: null,
        hours: null,
        tax_rate: policy.defaultTaxRate,
        net_minor: -c.amount_minor,
        tax_minor: 0,
        gross_minor: -c.amount_minor,
        expected_minor: -c.amount_minor,
        expected_hours: null,
        match: 'matched',
      })
      .execute();
    await trx
      .insertInto('bill_matches')
      .values({
        id: newId(),
        workspace_id: bill.workspace_id,
        bill_id: billId,
        line_id: lineId,
        source_type: 'service_credit',
        source_id: c.id,
        amount_minor: -c.amount_minor,
        released_at: null,
      })
      .execute();
  }
  await refigure(trx, billId, policy);
  await audit(trx, ctx, {
    action: 'supplier_bill.chargeback',
    entityType: 'supplier_bill',
    entityId: billId,
    changes: {
      chargebacks: {
        after: taken.map((c) => ({
          id: c.id,
          amountMinor: c.amount_minor,
          reference: c.reference,
        })),
      },
    },
  });
}

/** A bill's line and document figures worked out again from its lines' nets and rates. */
async function refigure(
  trx: Executor,
  billId: string,
  policy: Awaited<ReturnType<typeof policyOf>>,
) {
  const lines = await trx
    .selectFrom('supplier_bill_lines')
    .select(['id', 'net_minor', 'tax_rate'])
    .where('bill_id', '=', billId)
    .orderBy('seq')
    .execute();
  // A supplier states its prices before tax, whatever the workspace prints on its own invoices.
  const totals = documentTotals(
    lines.map((l) => ({ quantity: '1', unitPriceMinor: String(l.net_minor), taxRate: l.tax_rate })),
    { ...policy, pricesIncludeTax: false },
  );
  for (const [i, l] of lines.entries()) {
    const f = totals.lines[i] as (typeof totals.lines)[number];
    await trx
      .updateTable('supplier_bill_lines')
      .set({ net_minor: f.netMinor, tax_minor: f.taxMinor, gross_minor: f.grossMinor })
      .where('id', '=', l.id)
      .execute();
  }
  await trx
    .updateTable('supplier_bills')
    .set({
      net_minor: totals.netMinor,
      tax_minor: totals.taxMinor,
      total_minor: totals.totalMinor,
      version: sql`version + 1`,
    })
    .where('id', '=', billId)
    .execute();
}
