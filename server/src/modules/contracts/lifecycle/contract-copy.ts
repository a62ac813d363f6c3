import type { Executor } from '../../../db/database.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import type { Ctx } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import type { ContractRow } from '../contracts.repository.ts';
import { findRatesInForce, insertRate } from '../rates/rate-cards.repository.ts';

type Renewal = {
  startDate: string;
  endDate: string;
  /** Draft for a renewal that is reviewed and signed; active for an automatic one. */
  status: 'draft' | 'active';
};

/**
 * Makes the successor of a contract: its terms with new dates, the rates in force on the new
 * start (dated from it), and its SLAs. An automatic renewal keeps the signature and the
 * locked exchange rate of the contract it continues.
 */
export async function copyContract(
  trx: Executor,
  ctx: Ctx,
  from: ContractRow,
  renewal: Renewal,
): Promise<string> {
  const id = newId();
  const now = isoNow(ctx.clock);
  const number = await nextNumber(trx, from.workspace_id, 'CON');
  const automatic = renewal.status === 'active';
  await trx
    .insertInto('contracts')
    .values({
      id,
      workspace_id: from.workspace_id,
      number,
      party_type: from.party_type,
      client_id: from.client_id,
      supplier_id: from.supplier_id,
      type: from.type,
      parent_id: from.parent_id,
      opportunity_id: from.opportunity_id,
      renews_id: from.id,
      title: from.title,
      owner_id: from.owner_id,
      currency: from.currency,
      value_minor: from.value_minor,
      start_date: renewal.startDate,
      end_date: renewal.endDate,
      auto_renew: from.auto_renew,
      notice_days: from.notice_days,
      payment_terms_days: from.payment_terms_days,
      billing_model: from.billing_model,
      cap_minor: from.cap_minor,
      hour_block: from.hour_block,
      fee_schedule: '[]',
      payment_release: from.payment_release,
      invoice_detail: from.invoice_detail,
      expense_markup: from.expense_markup,
      retainer_period: from.retainer_period,
      retainer_overage: from.retainer_overage,
      scope: from.scope,
      calendar_id: from.calendar_id,
      sla_priority_change: from.sla_priority_change,
      sla_pause_cap_minutes: from.sla_pause_cap_minutes,
      status: renewal.status,
      status_reason: null,
      review_round: 0,
      approvals_required: 0,
      finance_required: false,
      submitted_by: null,
      signed_on: automatic ? from.signed_on : null,
      signatories: JSON.stringify(automatic ? from.signatories : []),
      fx_rate: automatic ? from.fx_rate : null,
      fx_date: automatic ? from.fx_date : null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  const rates = await findRatesInForce(trx, from.workspace_id, from.id, renewal.startDate);
  for (const r of rates) {
    await insertRate(trx, {
      workspaceId: from.workspace_id,
      contractId: id,
      positionId: r.position_id,
      seniority: r.seniority,
      unit: r.unit,
      rateMinor: r.rate_minor,
      currency: r.currency,
      effectiveFrom: renewal.startDate,
      at: now,
      by: ctx.actor.userId,
    });
  }
  const slas = await trx
    .selectFrom('contract_slas')
    .selectAll()
    .where('workspace_id', '=', from.workspace_id)
    .where('contract_id', '=', from.id)
    .execute();
  for (const s of slas) {
    await trx
      .insertInto('contract_slas')
      .values({ ...s, id: newId(), contract_id: id, created_at: now, updated_at: now, version: 1 })
      .execute();
  }
  await audit(trx, ctx, {
    action: 'contract.create',
    entityType: 'contract',
    entityId: id,
    changes: created({ number, renewsId: from.id, ...renewal }),
  });
  return id;
}
