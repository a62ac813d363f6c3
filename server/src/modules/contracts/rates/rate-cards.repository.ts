import { type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { Tables } from '../../../db/tables.ts';
import { newId } from '../../../platform/ids.ts';
import type { RateUnit, Seniority } from '../contracts.table.ts';

/** A contract's card, several contracts' cards, or the workspace default card (null). */
type Card = string | null | readonly string[];

/** The contract's own rows, or the workspace default card's when the contract is null. */
const ofCard = (card: Card) => (eb: ExpressionBuilder<Tables, 'contract_rates'>) =>
  card === null
    ? eb('contract_rates.contract_id', 'is', null)
    : typeof card === 'string'
      ? eb('contract_rates.contract_id', '=', card)
      : eb('contract_rates.contract_id', 'in', card);

export function findRateRows(db: Executor, workspaceId: string, contractId: string | null) {
  return db
    .selectFrom('contract_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(ofCard(contractId))
    .orderBy('position_id')
    .orderBy('seniority')
    .orderBy('effective_from', 'desc')
    .execute();
}

/**
 * For each position and seniority on a card, the row in force on a day: the one with the latest
 * start on or before it. Later-dated rows are versions still to come.
 */
export function findRatesInForce(
  db: Executor,
  workspaceId: string,
  card: Card,
  day: string,
  only?: { positionId: string; seniority: string },
) {
  let q = db
    .selectFrom('contract_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(ofCard(card))
    .where('effective_from', '<=', day)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('contract_rates as later')
            .select(sql`1`.as('one'))
            .whereRef('later.workspace_id', '=', 'contract_rates.workspace_id')
            .where((eb) =>
              card === null
                ? eb('later.contract_id', 'is', null)
                : eb('later.contract_id', '=', eb.ref('contract_rates.contract_id')),
            )
            .whereRef('later.position_id', '=', 'contract_rates.position_id')
            .whereRef('later.seniority', '=', 'contract_rates.seniority')
            .where('later.effective_from', '<=', day)
            .whereRef('later.effective_from', '>', 'contract_rates.effective_from'),
        ),
      ),
    );
  if (only) {
    q = q
      .where('position_id', '=', only.positionId)
      .where('seniority', '=', only.seniority as never);
  }
  return q.orderBy('position_id').orderBy('seniority').execute();
}

export function getRateRow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('contract_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One rate version on a card; the row's id, so callers can audit it. */
export async function insertRate(
  db: Executor,
  rate: {
    workspaceId: string;
    contractId: string | null;
    positionId: string;
    seniority: Seniority;
    unit: RateUnit;
    rateMinor: number;
    currency: string;
    effectiveFrom: string;
    at: string;
    by: string | null;
  },
) {
  const id = newId();
  await db
    .insertInto('contract_rates')
    .values({
      id,
      workspace_id: rate.workspaceId,
      contract_id: rate.contractId,
      position_id: rate.positionId,
      seniority: rate.seniority,
      unit: rate.unit,
      rate_minor: rate.rateMinor,
      currency: rate.currency,
      effective_from: rate.effectiveFrom,
      created_at: rate.at,
      updated_at: rate.at,
      created_by: rate.by,
    })
    .execute();
  return id;
}
