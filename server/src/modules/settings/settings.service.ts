import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { audit, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { setBaseCurrency } from '../../platform/workspaces/workspaces.service.ts';
import { rateToBase } from './fx.ts';
import {
  exchangeRateSorts,
  findExchangeRateOn,
  findExchangeRateRows,
  getExchangeRateRow,
  getSettingsRow,
  hasLockedRates,
  upsertSettings,
} from './settings.repository.ts';
import type { exchangeRateBody, settingsUpdateBody } from './settings.schema.ts';
import type { ExchangeRateTable } from './settings.table.ts';

export async function getSettings(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  return {
    ...(await getSettingsRow(ctx.db, workspaceId)),
    baseCurrencyLocked: await hasLockedRates(ctx.db, workspaceId),
  };
}

export async function updateSettings(ctx: Ctx, input: z.infer<typeof settingsUpdateBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getSettingsRow(trx, workspaceId);
    const now = isoNow(ctx.clock);
    if (input.baseCurrency && input.baseCurrency !== before.baseCurrency) {
      if (await hasLockedRates(trx, workspaceId)) {
        throw new AppError(
          'unprocessable',
          'The base currency cannot change once a contract has locked a rate to it',
        );
      }
      await setBaseCurrency(trx, workspaceId, input.baseCurrency, now);
    }
    const { baseCurrency: _base, ...stored } = input;
    if (Object.values(stored).some((v) => v !== undefined)) {
      await upsertSettings(trx, workspaceId, { ...before, ...input }, now);
    }
    await audit(trx, ctx, {
      action: 'settings.update',
      entityType: 'workspace',
      entityId: workspaceId,
      changes: diff(before, input),
    });
  });
  return getSettings(ctx);
}

const presentRate = (r: Selectable<ExchangeRateTable>) => ({
  id: r.id,
  currency: r.currency,
  day: r.on_date,
  rate: r.rate,
  updatedAt: r.updated_at,
});

export async function listExchangeRates(
  ctx: Ctx,
  query: {
    currency?: string | undefined;
    limit: number;
    sort?: string;
    cursor?: string | undefined;
  },
) {
  const k = keyset(exchangeRateSorts, 'exchange_rates.id', query.sort ?? '-day', query.cursor);
  const rows = await findExchangeRateRows(ctx.db, workspaceOf(ctx), query.currency, k, query.limit);
  return keysetPage(rows, k, query.limit, presentRate);
}

/** One rate per currency and day: entering a day again replaces that day's rate. */
export async function setExchangeRate(ctx: Ctx, input: z.infer<typeof exchangeRateBody>) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const { baseCurrency } = await getSettingsRow(trx, workspaceId);
    if (input.currency === baseCurrency) {
      throw new AppError('unprocessable', `${baseCurrency} is the base currency; its rate is 1`);
    }
    const now = isoNow(ctx.clock);
    const existing = await findExchangeRateOn(trx, workspaceId, input.currency, input.day);
    const id = existing?.id ?? newId();
    if (existing) {
      await trx
        .updateTable('exchange_rates')
        .set((eb) => ({ rate: input.rate, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    } else {
      await trx
        .insertInto('exchange_rates')
        .values({
          id,
          workspace_id: workspaceId,
          currency: input.currency,
          on_date: input.day,
          rate: input.rate,
          created_at: now,
          updated_at: now,
          created_by: ctx.actor.userId,
        })
        .execute();
    }
    await audit(trx, ctx, {
      action: existing ? 'exchange_rate.update' : 'exchange_rate.create',
      entityType: 'exchange_rate',
      entityId: id,
      changes: {
        currency: { after: input.currency },
        day: { after: input.day },
        rate: { before: existing?.rate, after: input.rate },
      },
    });
    return presentRate(
      (await getExchangeRateRow(trx, workspaceId, id)) as Selectable<ExchangeRateTable>,
    );
  });
}

export async function deleteExchangeRate(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await getExchangeRateRow(trx, workspaceId, id);
    if (!row) throw notFound('Exchange rate');
    await trx.deleteFrom('exchange_rates').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'exchange_rate.delete',
      entityType: 'exchange_rate',
      entityId: id,
      changes: {
        currency: { before: row.currency },
        day: { before: row.on_date },
        rate: { before: row.rate },
      },
    });
  });
  return { ok: true as const };
}

export async function rateOn(ctx: Ctx, currency: string, day: string) {
  const workspaceId = workspaceOf(ctx);
  const found = await rateToBase(ctx.db, workspaceId, currency, day);
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return { currency, baseCurrency, rate: found?.rate ?? null, day: found?.date ?? null };
}
