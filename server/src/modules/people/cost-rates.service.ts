import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { audit, created } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { rateOnDay } from '../contracts/index.ts';
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

/**
 * The one answer to "what does this person cost per hour on this day": an employee's rate in
 * force, or for a supplier worker the rate of their role (title) and grade on their supplier
 * contract's card.
 */
export async function costRateOn(
  db: Executor,
  workspaceId: string,
  person: PersonRow,
  day: string,
) {
  if (person.kind === 'employee') {
    const [rate] = (await rateRows(db, workspaceId, person.id)).filter(
      (r) => r.effective_from <= day,
    );
    return rate
      ? {
          rateMinor: rate.rate_minor,
          currency: rate.currency,
          unit: 'hour' as const,
          source: 'person' as const,
        }
      : null;
  }
  if (!person.supplier_contract_id || !person.title || !person.grade) return null;
  const found = await rateOnDay(
    db,
    workspaceId,
    person.supplier_contract_id,
    person.title,
    person.grade,
    day,
  );
  return found.rate
    ? {
        rateMinor: found.rate.rate_minor,
        currency: found.rate.currency,
        unit: found.rate.unit,
        source: 'supplier_contract' as const,
      }
    : null;
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
