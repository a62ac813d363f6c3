import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { audit, created } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { type RateUnit, ratesInForce } from '../contracts/index.ts';
import { getPersonRow, type PersonRow } from './people.repository.ts';
import type { costRateBody } from './people.schema.ts';

function rateRows(db: Executor, workspaceId: string, personId: string) {
  return db
    .selectFrom('person_cost_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('person_id', '=', personId)
    .orderBy('effective_from', 'desc')
    .execute();
}

async function personOf(db: Executor, ctx: Ctx, id: string) {
  const person = await getPersonRow(db, workspaceOf(ctx), id);
  if (!person) throw notFound('Person');
  return person;
}

export async function listCostRates(ctx: Ctx, personId: string) {
  await personOf(ctx.db, ctx, personId);
  return (await rateRows(ctx.db, workspaceOf(ctx), personId)).map((r) => ({
    id: r.id,
    rateMinor: r.rate_minor,
    currency: r.currency,
    effectiveFrom: r.effective_from,
  }));
}

/** Employees carry their own rates; a supplier worker's cost is their contract's rate card. */
export async function addCostRate(ctx: Ctx, personId: string, input: z.infer<typeof costRateBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, ctx, personId);
    if (person.kind !== 'employee') {
      throw new AppError(
        'unprocessable',
        'A supplier worker costs what their contract’s rate card says',
      );
    }
    const rows = await rateRows(trx, workspaceOf(ctx), personId);
    if (rows.some((r) => r.effective_from === input.effectiveFrom)) {
      throw new AppError('conflict', `A rate from ${input.effectiveFrom} exists already`);
    }
    const id = newId();
    await trx
      .insertInto('person_cost_rates')
      .values({
        id,
        workspace_id: workspaceOf(ctx),
        person_id: personId,
        rate_minor: input.rateMinor,
        currency: input.currency,
        effective_from: input.effectiveFrom,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
    // The amount stays out of the audit values: the log is read more widely than people:cost.
    await audit(trx, ctx, {
      action: 'person.cost_rate_add',
      entityType: 'person',
      entityId: personId,
      changes: created({ effectiveFrom: input.effectiveFrom, currency: input.currency }),
    });
  });
  return listCostRates(ctx, personId);
}

export async function removeCostRate(ctx: Ctx, personId: string, rateId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await personOf(trx, ctx, personId);
    const r = await trx
      .deleteFrom('person_cost_rates')
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('person_id', '=', personId)
      .where('id', '=', rateId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Rate');
    await audit(trx, ctx, {
      action: 'person.cost_rate_remove',
      entityType: 'person',
      entityId: personId,
    });
  });
  return listCostRates(ctx, personId);
}

export type CostRate = {
  rateMinor: number;
  currency: string;
  unit: RateUnit;
  source: 'person' | 'supplier_contract';
};

/** The columns of a person their cost depends on. */
export type CostedPerson = Pick<
  PersonRow,
  'id' | 'kind' | 'position_id' | 'grade' | 'supplier_contract_id'
>;

/** Each employee's newest rate from on or before `day`. */
async function employeeRates(db: Executor, workspaceId: string, ids: string[], day: string) {
  const found = new Map<string, CostRate>();
  if (ids.length === 0) return found;
  const rows = await db
    .selectFrom('person_cost_rates')
    .select(['person_id', 'rate_minor', 'currency'])
    .where('workspace_id', '=', workspaceId)
    .where('person_id', 'in', ids)
    .where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc')
    .execute();
  for (const r of rows) {
    if (found.has(r.person_id)) continue;
    found.set(r.person_id, {
      rateMinor: r.rate_minor,
      currency: r.currency,
      unit: 'hour',
      source: 'person',
    });
  }
  return found;
}

/**
 * The one answer to "what does each of these people cost on this day": an employee's own rate
 * in force, or for a supplier worker the rate their supplier contract's card (else the
 * workspace's default card) gives their position and grade. The cards are read in one query,
 * however many workers they price.
 */
export async function costRatesOn(
  db: Executor,
  workspaceId: string,
  people: readonly CostedPerson[],
  day: string,
): Promise<Map<string, CostRate | null>> {
  const employees = people.filter((p) => p.kind === 'employee').map((p) => p.id);
  const found: Map<string, CostRate | null> = await employeeRates(db, workspaceId, employees, day);
  const workers = people.filter((p) => p.kind !== 'employee');
  const contracts = [...new Set(workers.flatMap((p) => p.supplier_contract_id ?? []))];
  const [own, fallback] = await Promise.all([
    contracts.length ? ratesInForce(db, workspaceId, contracts, day) : [],
    workers.length ? ratesInForce(db, workspaceId, null, day) : [],
  ]);
  for (const p of workers) {
    const { supplier_contract_id: contractId, position_id: positionId, grade } = p;
    const fits = (r: { position_id: string; seniority: string }) =>
      r.position_id === positionId && r.seniority === grade;
    const rate =
      contractId && positionId && grade
        ? (own.find((r) => r.contract_id === contractId && fits(r)) ?? fallback.find(fits))
        : undefined;
    found.set(
      p.id,
      rate
        ? {
            rateMinor: rate.rate_minor,
            currency: rate.currency,
            unit: rate.unit,
            source: 'supplier_contract',
          }
        : null,
    );
  }
  return found;
}

export async function costRateOn(
  db: Executor,
  workspaceId: string,
  person: CostedPerson,
  day: string,
) {
  return (await costRatesOn(db, workspaceId, [person], day)).get(person.id) ?? null;
}

export async function getCostOn(ctx: Ctx, personId: string, day: string) {
  const person = await personOf(ctx.db, ctx, personId);
  return (
    (await costRateOn(ctx.db, workspaceOf(ctx), person, day)) ?? {
      rateMinor: null,
      currency: null,
      unit: null,
      source: null,
    }
  );
}
