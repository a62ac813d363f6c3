import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { recordServiceCredits, type ServiceCredit } from '../../finance/index.ts';
import type { complianceQuery } from './compliance.schema.ts';
import { slaCompliance } from './compliance.service.ts';
import { settlementOf } from './settlement-of.ts';

type Report = Awaited<ReturnType<typeof slaCompliance>>;

const numbers = (lines: Report['lines']) => [
  ...new Set(
    lines.flatMap((l) => l.tickets.filter((t) => t.state === 'breached').map((t) => t.number)),
  ),
];

/** What finance receives: the client's credit, and each supplier's chargeback. */
function creditsOf(report: Report): ServiceCredit[] {
  const month = report.month;
  const tickets = (lines: Report['lines']) => numbers(lines).join(', ');
  return [
    {
      contractId: report.contract.id,
      side: 'client' as const,
      currency: report.currency,
      amountMinor: report.creditMinor,
      descriptionZh: `SLA 服务赔偿 ${month}（${report.contract.number}：${tickets(report.lines)}）`,
      descriptionEn: `SLA service credit ${month} (${report.contract.number}: ${tickets(report.lines)})`,
      reference: `SLA ${month} ${report.contract.number}`,
    },
    ...report.chargebacks.map((c) => ({
      contractId: c.contract.id,
      side: 'supplier' as const,
      currency: c.currency,
      amountMinor: c.creditMinor,
      descriptionZh: `SLA 违约扣款 ${month}（${c.contract.number}：${tickets(c.lines)}）`,
      descriptionEn: `SLA chargeback ${month} (${c.contract.number}: ${tickets(c.lines)})`,
      reference: `SLA ${month} ${report.contract.number}`,
    })),
  ];
}

/**
 * Confirms a client contract's month as computed now, once: the credit becomes a credit line
 * on the contract's next invoice, each supplier's chargeback a deduction on its bill (finance
 * does both), and the settlement keeps the amounts and the tickets behind them.
 */
export async function confirmSettlement(ctx: Ctx, query: z.infer<typeof complianceQuery>) {
  const workspaceId = workspaceOf(ctx);
  const report = await slaCompliance(ctx, query);
  if (report.side !== 'client') {
    throw new AppError(
      'unprocessable',
      "A supplier's chargebacks are settled with the client contract's month",
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (await settlementOf(trx, workspaceId, query.contractId, query.month)) {
      throw new AppError('conflict', `${report.contract.number} ${query.month} is settled already`);
    }
    const id = newId();
    await trx
      .insertInto('sla_settlements')
      .values({
        id,
        workspace_id: workspaceId,
        contract_id: query.contractId,
        month: query.month,
        currency: report.currency,
        credit_minor: report.creditMinor,
        chargebacks: JSON.stringify(
          report.chargebacks.map((c) => ({
            contractId: c.contract.id,
            amountMinor: c.creditMinor,
            tickets: numbers(c.lines),
          })),
        ),
        confirmed_at: isoNow(ctx.clock),
        confirmed_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'sla_settlement.confirm',
      entityType: 'contract',
      entityId: query.contractId,
      changes: {
        settlement: {
          after: {
            id,
            month: query.month,
            creditMinor: report.creditMinor,
            chargebacks: report.chargebacks.map((c) => c.creditMinor),
          },
        },
      },
    });
    await recordServiceCredits(trx, ctx, creditsOf(report));
  });
  return slaCompliance(ctx, query);
}
