import type { Selectable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import {
  getSettingsRow,
  positionRef,
  positionsByIds,
  rateToBase,
  toBase,
} from '../../settings/index.ts';
import {
  type ContractRow,
  findContractRowsByIds,
  getContractRow,
} from '../contracts.repository.ts';
import { presentContract } from '../contracts.service.ts';
import type { ContractRateTable } from '../contracts.table.ts';
import { findRatesInForce } from '../rates/rate-cards.repository.ts';

/** A day rate is compared with hourly rates as eight hours. */
export const HOURS_PER_DAY = 8;

/**
 * The contracts on the other side of a contract's back-to-back links, as the caller may see
 * them: a client portal user sees none of a client contract's supplier contracts.
 */
export async function listLinked(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const party = partyOf(ctx);
  const contract = await getContractRow(ctx.db, workspaceId, id, party);
  if (!contract) throw notFound('Contract');
  const ids = await linkedIds(ctx.db, workspaceId, contract);
  return (await findContractRowsByIds(ctx.db, workspaceId, ids, party)).map(presentContract);
}

async function linkedIds(db: Executor, workspaceId: string, contract: ContractRow) {
  const client = contract.party_type === 'client';
  const rows = await db
    .selectFrom('contract_links')
    .select(client ? 'supplier_contract_id as other' : 'client_contract_id as other')
    .where('workspace_id', '=', workspaceId)
    .where(client ? 'client_contract_id' : 'supplier_contract_id', '=', contract.id)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.other);
}

async function bothSides(
  trx: Executor,
  ctx: Ctx,
  clientContractId: string,
  supplierContractId: string,
) {
  const workspaceId = workspaceOf(ctx);
  const client = await getContractRow(trx, workspaceId, clientContractId);
  if (!client) throw notFound('Contract');
  if (client.party_type !== 'client') {
    throw new AppError('unprocessable', 'Back-to-back links start from a client contract');
  }
  const supplier = await getContractRow(trx, workspaceId, supplierContractId);
  if (supplier?.party_type !== 'supplier') {
    throw new AppError('validation_failed', 'Link a supplier contract', {
      fields: { 'body.supplierContractId': ['not a supplier contract in this workspace'] },
    });
  }
  return { client, supplier };
}

export async function linkContracts(
  ctx: Ctx,
  clientContractId: string,
  supplierContractId: string,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { supplier } = await bothSides(trx, ctx, clientContractId, supplierContractId);
    const existing = await trx
      .selectFrom('contract_links')
      .select('id')
      .where('client_contract_id', '=', clientContractId)
      .where('supplier_contract_id', '=', supplierContractId)
      .executeTakeFirst();
    if (existing) return;
    const id = newId();
    await trx
      .insertInto('contract_links')
      .values({
        id,
        workspace_id: workspaceId,
        client_contract_id: clientContractId,
        supplier_contract_id: supplierContractId,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'contract.link',
      entityType: 'contract',
      entityId: clientContractId,
      changes: { supplierContract: { after: supplier.number } },
    });
  });
  return listLinked(ctx, clientContractId);
}

export async function unlinkContracts(
  ctx: Ctx,
  clientContractId: string,
  supplierContractId: string,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { supplier } = await bothSides(trx, ctx, clientContractId, supplierContractId);
    const r = await trx
      .deleteFrom('contract_links')
      .where('workspace_id', '=', workspaceId)
      .where('client_contract_id', '=', clientContractId)
      .where('supplier_contract_id', '=', supplierContractId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Back-to-back link');
    await audit(trx, ctx, {
      action: 'contract.unlink',
      entityType: 'contract',
      entityId: clientContractId,
      changes: { supplierContract: { before: supplier.number } },
    });
  });
  return listLinked(ctx, clientContractId);
}

/** The contract's locked rate to base, or the rate in force on the day before it is signed. */
async function fxOf(db: Executor, contract: ContractRow, day: string) {
  if (contract.fx_rate) return contract.fx_rate;
  return (await rateToBase(db, contract.workspace_id, contract.currency, day))?.rate ?? null;
}

/** An hourly rate in base minor units, or null without an exchange rate. */
function hourlyBase(r: Selectable<ContractRateTable>, fx: string | null, baseCurrency: string) {
  if (fx === null) return null;
  const hourly = r.unit === 'day' ? r.rate_minor / HOURS_PER_DAY : r.rate_minor;
  return toBase(hourly, { currency: r.currency, baseCurrency, rate: fx });
}

/**
 * For each position on the client contract's rate card in force on the day, the rate of every
 * linked supplier contract for the same position and seniority, both as hourly base-currency
 * amounts (at each contract's locked exchange rate), and the margin between them, flagged
 * when under the workspace's margin floor.
 */
export async function marginPreview(ctx: Ctx, clientContractId: string, day = todayOf(ctx)) {
  const workspaceId = workspaceOf(ctx);
  const client = await getContractRow(ctx.db, workspaceId, clientContractId);
  if (client?.party_type !== 'client') throw notFound('Contract');
  const { baseCurrency, marginFloorPercent } = await getSettingsRow(ctx.db, workspaceId);
  const clientFx = await fxOf(ctx.db, client, day);
  const linked = await findContractRowsByIds(
    ctx.db,
    workspaceId,
    await linkedIds(ctx.db, workspaceId, client),
  );
  const suppliers = await Promise.all(
    linked.map(async (contract) => ({
      contract,
      fx: await fxOf(ctx.db, contract, day),
      rates: await findRatesInForce(ctx.db, workspaceId, contract.id, day),
    })),
  );
  const clientRates = await findRatesInForce(ctx.db, workspaceId, client.id, day);
  const positions = await positionsByIds(
    ctx.db,
    workspaceId,
    clientRates.map((c) => c.position_id),
  );
  const rows = clientRates.map((c) => {
    const clientHourly = hourlyBase(c, clientFx, baseCurrency);
    return {
      position: positionRef(positions, c.position_id),
      seniority: c.seniority,
      client: {
        rateMinor: c.rate_minor,
        unit: c.unit,
        currency: c.currency,
        hourlyBaseMinor: clientHourly,
      },
      suppliers: suppliers.flatMap(({ contract, fx, rates }) => {
        const s = rates.find((r) => r.position_id === c.position_id && r.seniority === c.seniority);
        if (!s) return [];
        const supplierHourly = hourlyBase(s, fx, baseCurrency);
        const margin =
          clientHourly && supplierHourly !== null
            ? Math.round(((clientHourly - supplierHourly) / clientHourly) * 1000) / 10
            : null;
        return [
          {
            contract: {
              id: contract.id,
              number: contract.number,
              title: contract.title,
              supplierName: contract.party_name ?? '',
            },
            rateMinor: s.rate_minor,
            unit: s.unit,
            currency: s.currency,
            hourlyBaseMinor: supplierHourly,
            marginPercent: margin,
            belowFloor: margin !== null && margin < marginFloorPercent,
          },
        ];
      }),
    };
  });
  const missingFx = [
    ...(clientFx === null ? [client.currency] : []),
    ...suppliers.filter((s) => s.fx === null).map((s) => s.contract.currency),
  ];
  return { day, baseCurrency, marginFloorPercent, rows, missingFx: [...new Set(missingFx)] };
}
