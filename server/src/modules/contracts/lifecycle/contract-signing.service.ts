import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { isoLatestDay } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { rateToBase } from '../../settings/index.ts';
import { getContractRow } from '../contracts.repository.ts';
import type { renewBody, signBody, terminateBody } from '../contracts.schema.ts';
import {
  assertContractableSupplier,
  contractForChange,
  getContract,
  writeContract,
} from '../contracts.service.ts';
import { copyContract } from './contract-copy.ts';
import { contractTerminated } from './contract-events.ts';
import { canMove } from './contract-lifecycle.ts';

/**
 * Records the signature. The exchange rate to base in force on the signing day is locked on
 * the contract (every later conversion of its money uses it), and a contract whose start has
 * come is active at once. Signing a renewal retires the contract it renews.
 */
export async function signContract(ctx: Ctx, id: string, input: z.infer<typeof signBody>) {
  const workspaceId = workspaceOf(ctx);
  if (input.signedOn > isoLatestDay(ctx.clock)) {
    throw new AppError('validation_failed', 'A contract cannot be signed in the future', {
      fields: { 'body.signedOn': ['after today'] },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, input.version);
    if (before.status !== 'approved') {
      throw new AppError('unprocessable', 'Only an approved contract is signed');
    }
    if (before.supplier_id) await assertContractableSupplier(trx, workspaceId, before.supplier_id);
    const fx = await rateToBase(trx, workspaceId, before.currency, input.signedOn);
    if (!fx) {
      throw new AppError(
        'unprocessable',
        `Enter an exchange rate for ${before.currency} on or before ${input.signedOn} first`,
      );
    }
    const started = before.start_date <= todayOf(ctx);
    await writeContract(
      trx,
      ctx,
      before,
      'contract.sign',
      {
        status: started ? 'active' : 'signed',
        signed_on: input.signedOn,
        signatories: JSON.stringify(
          input.signatories.map((s) => ({ ...s, title: s.title ?? null })),
        ),
        fx_rate: fx.rate,
        fx_date: fx.date,
      },
      {
        status: { before: before.status, after: started ? 'active' : 'signed' },
        signedOn: { after: input.signedOn },
        signatories: { after: input.signatories },
        fxRate: { after: fx.rate },
      },
    );
    if (before.renews_id) await retire(trx, ctx, before.renews_id);
    await recordEvent(trx, ctx, 'contract.signed', { contractId: id });
  });
  return getContract(ctx, id);
}

/** The renewed contract steps aside for its successor. */
async function retire(trx: Executor, ctx: Ctx, id: string) {
  const old = await getContractRow(trx, workspaceOf(ctx), id);
  if (old && canMove(old.status, 'renewed')) {
    await writeContract(trx, ctx, old, 'contract.renewed', { status: 'renewed' });
  }
}

export async function terminateContract(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof terminateBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, input.version);
    if (!canMove(before.status, 'terminated')) {
      throw new AppError(
        'unprocessable',
        `A contract that is ${before.status} cannot be terminated`,
      );
    }
    await writeContract(trx, ctx, before, 'contract.terminate', {
      status: 'terminated',
      status_reason: input.reason,
    });
    const ended: z.infer<typeof contractTerminated.payload> = {
      contractId: id,
      endedOn: todayOf(ctx),
    };
    await recordEvent(trx, ctx, contractTerminated.type, ended);
  });
  return getContract(ctx, id);
}

/**
 * Drafts the renewal of a contract in force: same terms, rate card and SLAs, new dates. It goes
 * through review and signing like any contract; only one renewal may be open at a time.
 */
export async function renewContract(ctx: Ctx, id: string, input: z.infer<typeof renewBody>) {
  const workspaceId = workspaceOf(ctx);
  const successorId = await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, input.version);
    if (before.status !== 'active' && before.status !== 'expiring') {
      throw new AppError('unprocessable', 'Only a contract in force is renewed');
    }
    const open = await trx
      .selectFrom('contracts')
      .select('number')
      .where('workspace_id', '=', workspaceId)
      .where('renews_id', '=', id)
      .where('status', 'not in', ['terminated', 'expired'])
      .executeTakeFirst();
    if (open) throw new AppError('unprocessable', `${open.number} already renews this contract`);
    const startDate = input.startDate ?? dayAfter(before.end_date ?? todayOf(ctx));
    if (input.endDate < startDate) {
      throw new AppError('validation_failed', 'The renewal ends before it starts', {
        fields: { 'body.endDate': ['before the start'] },
      });
    }
    return copyContract(trx, ctx, before, { startDate, endDate: input.endDate, status: 'draft' });
  });
  return getContract(ctx, successorId);
}

export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
