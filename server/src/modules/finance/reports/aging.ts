import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../../platform/days.ts';

export const bucketKeys = [
  'currentMinor',
  'days1to30Minor',
  'days31to60Minor',
  'days61to90Minor',
  'over90Minor',
] as const;
type BucketKey = (typeof bucketKeys)[number];
export type Buckets = Record<BucketKey | 'totalMinor', number>;

/** The buckets of an aging row or its totals, in base currency. */
export const bucketsSchema = z.object({
  currentMinor: z.number().int(),
  days1to30Minor: z.number().int(),
  days31to60Minor: z.number().int(),
  days61to90Minor: z.number().int(),
  over90Minor: z.number().int(),
  totalMinor: z.number().int(),
});

/**
 * The bucket sums of an aging (账龄) as SQL selections, by how long past its due date each
 * open amount is on `asOf`: not yet due, 1–30, 31–60, 61–90, over 90 days. An amount that is
 * not owed (a credit, below zero) counts as current.
 */
export function bucketSums(due: RawBuilder<unknown>, open: RawBuilder<unknown>, asOf: string) {
  // Due on or after each of these days falls in the bucket before the next.
  const edges = [asOf, addDays(asOf, -30), addDays(asOf, -60), addDays(asOf, -90)];
  const owed = sql`${open} > 0`;
  const inBucket = (i: number) => {
    if (i === 0) return sql`(not (${owed}) or ${due} >= ${edges[0]})`;
    const upper = sql`${due} < ${edges[i - 1]}`;
    return i === 4
      ? sql`${owed} and ${upper}`
      : sql`${owed} and ${upper} and ${due} >= ${edges[i]}`;
  };
  return bucketKeys.map((key, i) =>
    sql<string>`sum(case when ${inBucket(i)} then ${open} else 0 end)`.as(key),
  );
}

/** A row's bucket sums as numbers with their total. */
export function bucketsOf(row: Record<BucketKey, string | number>): Buckets {
  const buckets = Object.fromEntries(bucketKeys.map((k) => [k, Number(row[k])])) as Record<
    BucketKey,
    number
  >;
  return { ...buckets, totalMinor: bucketKeys.reduce((s, k) => s + buckets[k], 0) };
}

/** The rows largest first, and their totals per bucket. */
export function agingOf<R extends Buckets>(rows: R[]) {
  const sorted = [...rows].sort((a, b) => b.totalMinor - a.totalMinor);
  const totals = Object.fromEntries(
    [...bucketKeys, 'totalMinor' as const].map((k) => [k, sorted.reduce((s, r) => s + r[k], 0)]),
  ) as Buckets;
  return { rows: sorted, totals };
}
