import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import type { DraftLine } from '../invoices/invoice-lines.ts';
import { applyChargebacks } from './bill-chargebacks.ts';
import { pendingCredits } from './pending-credits.ts';
import type { CreditSide } from './service-credits.table.ts';

export type ServiceCredit = {
  contractId: string;
  side: CreditSide;
  currency: string;
  amountMinor: number;
  descriptionZh: string;
  descriptionEn: string;
  reference: string;
};

/**
 * Records credits confirmed elsewhere (a month's SLA compliance), in the caller's transaction:
 * a client's waits for the contract's next invoice; a supplier's chargeback goes at once onto
 * the contract's bill awaiting approval, if one does, or onto the next bill recorded.
 */
export async function recordServiceCredits(trx: Executor, ctx: Ctx, credits: ServiceCredit[]) {
  const workspaceId = workspaceOf(ctx);
  for (const c of credits) {
    if (c.amountMinor <= 0) continue;
    const id = newId();
    await trx
      .insertInto('service_credits')
      .values({
        id,
        workspace_id: workspaceId,
        contract_id: c.contractId,
        side: c.side,
        currency: c.currency,
        amount_minor: c.amountMinor,
        description_zh: c.descriptionZh,
        description_en: c.descriptionEn,
        reference: c.reference,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'service_credit.record',
      entityType: 'contract',
      entityId: c.contractId,
      changes: {
        credit: { after: { id, side: c.side, amountMinor: c.amountMinor, reference: c.reference } },
      },
    });
    if (c.side === 'supplier') {
      const open = await trx
        .selectFrom('supplier_bills')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('contract_id', '=', c.contractId)
        .where('currency', '=', c.currency)
        .where('status', '=', 'received')
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      if (open) await applyChargebacks(trx, ctx, open.id);
    }
  }
}

/**
 * The credit lines a client contract's draft takes: its pending credits in the draft's
 * currency, oldest first, as long as the draft still bills more than it credits.
 */
export async function creditLines(
  trx: Executor,
  workspaceId: string,
  contractId: string,
  currency: string,
  lines: readonly DraftLine[],
): Promise<DraftLine[]> {
  let room = lines.reduce((sum, l) => sum + l.netMinor, 0);
  const taken: DraftLine[] = [];
  for (const c of await pendingCredits(trx, workspaceId, 'client', contractId, currency)) {
    if (c.amount_minor >= room) break;
    room -= c.amount_minor;
    taken.push({
      kind: 'service_credit',
      descriptionZh: c.description_zh,
      descriptionEn: c.description_en,
      positionId: null,
      quantity: '1',
      unit: 'item',
      netMinor: -c.amount_minor,
      allocations: [{ sourceType: 'service_credit', sourceId: c.id, amountMinor: -c.amount_minor }],
    });
  }
  return taken;
}
