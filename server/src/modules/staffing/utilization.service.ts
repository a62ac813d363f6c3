import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../platform/context.ts';
import { addDays, weeksFrom } from '../../platform/days.ts';
import { applyKeyset, keyset, keysetPage } from '../../platform/http/keyset.ts';
import { capacityBases, daysOfWeek, holdersOf } from '../people/index.ts';
import { positionRef, positionsByIds } from '../settings/index.ts';
import { bookingsIn } from './assignments.repository.ts';
import { type WeekLoad, weeklyLoad } from './load.ts';
import type { benchQuery, utilizationQuery } from './staffing.schema.ts';

const sorts = { name: 'people.name' };

type Filter = {
  department?: string | undefined;
  supplierId?: string | undefined;
  skillId?: string | undefined;
};

/** People still with us, by name, narrowed by team, supplier or skill. */
function peopleQuery(db: Executor, workspaceId: string, f: Filter) {
  let q = db
    .selectFrom('people')
    .leftJoin('suppliers', 'suppliers.id', 'people.supplier_id')
    .select([
      'people.id',
      'people.name',
      'people.position_id',
      'people.department',
      'people.hours_per_week',
      'people.part_time_percent',
      'people.start_date',
      'people.end_date',
      'people.calendar_id',
      'suppliers.name as supplier_name',
    ])
    .where('people.workspace_id', '=', workspaceId)
    .where('people.archived_at', 'is', null)
    .where('people.status', '!=', 'left');
  if (f.department) q = q.where('people.department', '=', f.department);
  if (f.supplierId) q = q.where('people.supplier_id', '=', f.supplierId);
  if (f.skillId) q = q.where('people.id', 'in', holdersOf(db, workspaceId, [f.skillId]));
  return q;
}

type PersonLoadRow = {
  id: string;
  hours_per_week: number;
  part_time_percent: number;
  start_date: string | null;
  end_date: string | null;
  calendar_id: string | null;
};

/** Each person's load per week, from one read of capacities and one of bookings. */
async function loadsOf(
  db: Executor,
  workspaceId: string,
  people: PersonLoadRow[],
  mondays: string[],
) {
  const weeks = mondays.map(daysOfWeek);
  const from = mondays[0] as string;
  const end = addDays(mondays.at(-1) as string, 6);
  const [bases, bookings] = await Promise.all([
    capacityBases(db, workspaceId, people, from, end),
    bookingsIn(
      db,
      workspaceId,
      from,
      end,
      people.map((p) => p.id),
    ),
  ]);
  return new Map(
    people.map((p) => {
      const basis = bases.get(p.id);
      return [p.id, basis ? weeklyLoad(basis, bookings.get(p.id) ?? [], weeks) : []];
    }),
  );
}

/** The people × weeks heat map: booked hours against capacity, and the weeks' totals. */
export async function utilization(ctx: Ctx, query: z.infer<typeof utilizationQuery>) {
  const workspaceId = workspaceOf(ctx);
  const mondays = weeksFrom(query.from ?? todayOf(ctx), query.weeks);
  const k = keyset(sorts, 'people.id', 'name', query.cursor);
  const rows = await applyKeyset(peopleQuery(ctx.db, workspaceId, query), k, query.limit).execute();
  const page = keysetPage(rows, k, query.limit, (p) => p);
  const loads = await loadsOf(ctx.db, workspaceId, page.items, mondays);
  const totals = mondays.map((_, i) => {
    const week = page.items
      .map((p) => loads.get(p.id)?.[i])
      .filter((w): w is WeekLoad => Boolean(w));
    const sum = (pick: (w: WeekLoad) => number) =>
      Math.round(week.reduce((acc, w) => acc + pick(w), 0) * 10) / 10;
    return {
      confirmedHours: sum((w) => w.confirmed),
      proposedHours: sum((w) => w.proposed),
      capacityHours: sum((w) => w.capacity),
    };
  });
  return {
    weeks: mondays,
    totals,
    items: page.items.map((p) => ({
      person: { id: p.id, name: p.name, department: p.department, supplier: p.supplier_name },
      cells: loads.get(p.id) ?? [],
    })),
    nextCursor: page.nextCursor,
  };
}

/** People whose confirmed bookings fill less than the threshold of their coming weeks, least first. */
export async function bench(ctx: Ctx, query: z.infer<typeof benchQuery>) {
  const workspaceId = workspaceOf(ctx);
  const mondays = weeksFrom(todayOf(ctx), query.weeks);
  const people = await peopleQuery(ctx.db, workspaceId, {}).orderBy('people.name').execute();
  const [loads, positions] = await Promise.all([
    loadsOf(ctx.db, workspaceId, people, mondays),
    positionsByIds(
      ctx.db,
      workspaceId,
      people.flatMap((p) => p.position_id ?? []),
    ),
  ]);
  const onBench = people.flatMap((p) => {
    const weeks = loads.get(p.id) ?? [];
    const capacity = weeks.reduce((acc, w) => acc + w.capacity, 0);
    if (capacity === 0) return [];
    const confirmed = weeks.reduce((acc, w) => acc + w.confirmed, 0);
    const utilization = Math.round((confirmed / capacity) * 100);
    if (utilization >= query.threshold) return [];
    return [
      {
        person: {
          id: p.id,
          name: p.name,
          position: p.position_id ? positionRef(positions, p.position_id) : null,
          department: p.department,
          supplier: p.supplier_name,
        },
        utilization,
        freeHours: Math.round((capacity - confirmed) * 10) / 10,
      },
    ];
  });
  // The least booked first: who could start soonest.
  return onBench.sort((a, b) => a.utilization - b.utilization || b.freeHours - a.freeHours);
}
