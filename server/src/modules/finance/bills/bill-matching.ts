import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { refusedField } from '../../../platform/errors/app-error.ts';
import { Dec } from '../../../platform/money.ts';
import type { FeeScheduleItem } from '../../contracts/index.ts';
import { getPersonRow } from '../../people/index.ts';
import { findApprovedEntries } from '../../time/index.ts';
import { feeKey } from '../invoices/invoice-lines.ts';
import type { billBody } from './bills.schema.ts';
import type { LineMatch } from './bills.table.ts';

type BodyLine = z.infer<typeof billBody>['lines'][number];

/** A bill line as matched: what it was expected to bill, how it compares, the entries it pays. */
export type MatchedLine = {
  line: BodyLine;
  description: string;
  expectedMinor: number | null;
  expectedHours: string | null;
  match: LineMatch;
  /** What the line pays for, each matched once while the bill stands. */
  entries: { sourceType: 'time_entry' | 'fee_item'; id: string; costMinor: number }[];
};

/** Source ids of a kind an unreleased match pays for already, as a subquery. */
const alreadyMatched = (db: Executor, workspaceId: string, type: 'time_entry' | 'fee_item') =>
  db
    .selectFrom('bill_matches')
    .select('source_id')
    .where('workspace_id', '=', workspaceId)
    .where('source_type', '=', type)
    .where('released_at', 'is', null);

/**
 * Matched when the billed amount is within the tolerance of what was expected (a fraction of
 * it); otherwise over or under. Nothing expected and something billed is over.
 */
export function compare(netMinor: number, expectedMinor: number, tolerance: string): LineMatch {
  const allowed = new Dec(expectedMinor).times(tolerance);
  if (new Dec(netMinor - expectedMinor).abs().lte(allowed)) return 'matched';
  return netMinor > expectedMinor ? 'over' : 'under';
}

/**
 * Matches a time line with its worker's approved entries over the period that no other bill
 * pays for, at the cost each entry stored when its week was approved (the supplier
 * contract's rate then). The worker must be one of the contract's.
 */
async function matchTime(
  db: Executor,
  workspaceId: string,
  bill: { contractId: string; currency: string; periodFrom: string; periodTo: string },
  line: Extract<BodyLine, { kind: 'time' }>,
  field: string,
) {
  const person = await getPersonRow(db, workspaceId, line.personId);
  if (person?.kind !== 'supplier_worker' || person.supplier_contract_id !== bill.contractId) {
    throw refusedField(field, 'Not a worker of the bill’s supplier contract');
  }
  const found = await findApprovedEntries(db, workspaceId, {
    personId: line.personId,
    from: bill.periodFrom,
    to: bill.periodTo,
    excluding: alreadyMatched(db, workspaceId, 'time_entry'),
  });
  const entries = found.flatMap((e) =>
    e.cost?.currency === bill.currency
      ? [
          {
            sourceType: 'time_entry' as const,
            id: e.id,
            minutes: e.minutes,
            costMinor: e.cost.minor,
          },
        ]
      : [],
  );
  return {
    description: person.name,
    entries,
    expectedMinor: entries.reduce((s, e) => s + e.costMinor, 0),
    expectedHours: new Dec(entries.reduce((s, e) => s + e.minutes, 0)).div(60).toString(),
  };
}

/**
 * Matches a fee line with the item of the supplier contract's fee schedule it names: the
 * item's amount is what was expected, unless another bill pays for it already.
 */
async function matchFee(
  db: Executor,
  workspaceId: string,
  bill: { contractId: string; schedule: readonly FeeScheduleItem[] },
  line: Extract<BodyLine, { kind: 'fee' }>,
  field: string,
) {
  const item = bill.schedule.find((f) => f.date === line.item.date && f.label === line.item.label);
  if (!item) throw refusedField(field, 'Not an item of the contract’s fee schedule');
  const key = feeKey(bill.contractId, item);
  const taken = await alreadyMatched(db, workspaceId, 'fee_item')
    .where('source_id', '=', key)
    .executeTakeFirst();
  return {
    description: `${item.date} ${item.label}`,
    entries: taken
      ? []
      : [{ sourceType: 'fee_item' as const, id: key, costMinor: item.amountMinor }],
    expectedMinor: taken ? 0 : item.amountMinor,
    expectedHours: null,
  };
}

/** Each line of a bill matched against what it may bill; lines of other kinds match nothing. */
export async function matchLines(
  db: Executor,
  workspaceId: string,
  bill: {
    contractId: string;
    currency: string;
    periodFrom: string;
    periodTo: string;
    tolerance: string;
    schedule: readonly FeeScheduleItem[];
  },
  lines: readonly BodyLine[],
): Promise<MatchedLine[]> {
  const matched: MatchedLine[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'other') {
      matched.push({
        line,
        description: line.description,
        expectedMinor: null,
        expectedHours: null,
        match: 'unmatched',
        entries: [],
      });
      continue;
    }
    const m =
      line.kind === 'fee'
        ? await matchFee(db, workspaceId, bill, line, `lines.${i}.item`)
        : await matchTime(db, workspaceId, bill, line, `lines.${i}.personId`);
    matched.push({
      line,
      description: m.description,
      expectedMinor: m.expectedMinor,
      expectedHours: m.expectedHours,
      match: compare(line.netMinor, m.expectedMinor, bill.tolerance),
      entries: m.entries,
    });
  }
  return matched;
}
