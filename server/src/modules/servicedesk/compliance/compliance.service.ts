import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { Dec } from '../../../platform/money.ts';
import { contractPartyOf, contractServiceTerms, type SlaLine } from '../../contracts/index.ts';
import type { ClockParty } from '../sla/ticket-clocks.ts';
import { monthIn } from '../workspace-month.ts';
import { type SettledClock, settledClocks } from './compliance.repository.ts';
import type { complianceQuery } from './compliance.schema.ts';
import { creditFor, monthlyFee } from './period-fee.ts';
import { settlementOf } from './settlement-of.ts';

const clocked = ['first_response_time', 'resolution_time'];

/**
 * One contract's SLA lines for response and resolution over the clocks that settled in the
 * month: tickets in scope, met, breached, attainment, and the credit its rule yields on the
 * month's fee, with the tickets behind each figure (the evidence a dispute is answered with).
 */
async function contractLines(
  db: Executor,
  workspaceId: string,
  contractId: string,
  clocks: readonly SettledClock[],
) {
  const contract = await contractPartyOf(db, workspaceId, contractId);
  const terms = await contractServiceTerms(db, workspaceId, contractId);
  if (!contract || !terms) return null;
  const feeMinor = monthlyFee(contract);
  const lines = terms.slas
    .filter((l: SlaLine) => clocked.includes(l.metric))
    .map((l) => {
      const mine = clocks.filter(
        (c) => c.contract_id === contractId && c.metric === l.metric && c.priority === l.priority,
      );
      const breached = mine.filter((c) => c.state === 'breached');
      const credit = creditFor(feeMinor, l, breached.length);
      return {
        metric: l.metric as 'first_response_time' | 'resolution_time',
        priority: l.priority,
        targetMinutes: l.target,
        inScope: mine.length,
        met: mine.length - breached.length,
        breached: breached.length,
        attainment: mine.length
          ? new Dec(mine.length - breached.length).div(mine.length).times(100).toFixed(1)
          : null,
        creditPercent: credit.percent,
        creditMinor: credit.amountMinor,
        tickets: mine.map((c) => ({
          id: c.ticket_id,
          number: c.number,
          title: c.title,
          state: c.state as 'met' | 'breached',
          startedAt: c.started_at,
          breachedAt: c.breached_at,
          stoppedAt: c.stopped_at,
          elapsedSeconds: c.elapsed_seconds,
          pausedSeconds: c.paused_seconds,
        })),
      };
    });
  return {
    contract: { id: contractId, number: contract.number, title: contract.title },
    currency: contract.currency,
    feeMinor,
    lines,
    creditMinor: lines.reduce((sum, l) => sum + l.creditMinor, 0),
  };
}

/**
 * A month's SLA compliance for a contract: its own lines (a client contract's clocks, or a
 * supplier contract's underpinning ones) with the credit they yield; and, for a client
 * contract, the chargebacks its tickets' supplier clocks yield under each supplier contract.
 */
export async function slaCompliance(ctx: Ctx, query: z.infer<typeof complianceQuery>) {
  const workspaceId = workspaceOf(ctx);
  const contract = await contractPartyOf(ctx.db, workspaceId, query.contractId);
  if (!contract) throw notFound('Contract');
  const party: ClockParty = contract.partyType === 'client' ? 'client' : 'supplier';
  const period = await monthIn(ctx.db, workspaceId, query.month);
  const own = await settledClocks(
    ctx.db,
    workspaceId,
    { contractId: query.contractId, party, via: 'clock' },
    period,
  );
  const report = await contractLines(ctx.db, workspaceId, query.contractId, own);
  const underpinning =
    party === 'client'
      ? await settledClocks(
          ctx.db,
          workspaceId,
          { contractId: query.contractId, party: 'supplier', via: 'ticket' },
          period,
        )
      : [];
  const chargebacks = [];
  for (const supplierContractId of new Set(underpinning.map((c) => c.contract_id))) {
    const lines = await contractLines(ctx.db, workspaceId, supplierContractId, underpinning);
    if (lines && lines.creditMinor > 0) chargebacks.push(lines);
  }
  return {
    month: query.month,
    side: party,
    ...(report as NonNullable<typeof report>),
    chargebacks,
    settlement: await settlementOf(ctx.db, workspaceId, query.contractId, query.month),
  };
}
