import { sql } from 'kysely';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { getSettingsRow } from '../settings/index.ts';

const sumOf = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)`;

/**
 * A project's approved time per person in the base currency: hours, what they bill, and (for
 * callers who see margins) what they cost and earn. Sums of the stored prices, never repriced.
 */
export async function projectTime(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  const project = await ctx.db
    .selectFrom('projects')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!project) throw notFound('Project');
  const rows = await ctx.db
    .selectFrom('time_entries')
    .innerJoin('people', 'people.id', 'time_entries.person_id')
    .select([
      'people.id as person_id',
      'people.name as person_name',
      sumOf('time_entries.minutes').as('minutes'),
      sql<number>`coalesce(sum(case when time_entries.billable = ${true} then time_entries.minutes else 0 end), 0)`.as(
        'billable_minutes',
      ),
      sumOf('time_entries.bill_base_minor').as('bill'),
      sumOf('time_entries.cost_base_minor').as('cost'),
    ])
    .where('time_entries.workspace_id', '=', workspaceId)
    .where('time_entries.project_id', '=', projectId)
    .where('time_entries.cost_base_minor', 'is not', null)
    .groupBy(['people.id', 'people.name'])
    .orderBy('people.name')
    .execute();
  const p = ctx.membership?.permissions;
  const seesCost = Boolean(p?.has('contracts:margin') || p?.has('people:cost'));
  const figures = (r: { minutes: number; billable: number; bill: number; cost: number }) => ({
    minutes: r.minutes,
    billableMinutes: r.billable,
    billBaseMinor: r.bill,
    costBaseMinor: seesCost ? r.cost : null,
    marginBaseMinor: seesCost ? r.bill - r.cost : null,
  });
  const people = rows.map((r) => ({
    minutes: Number(r.minutes),
    billable: Number(r.billable_minutes),
    bill: Number(r.bill),
    cost: Number(r.cost),
    person: { id: r.person_id, name: r.person_name },
  }));
  const total = people.reduce(
    (t, r) => ({
      minutes: t.minutes + r.minutes,
      billable: t.billable + r.billable,
      bill: t.bill + r.bill,
      cost: t.cost + r.cost,
    }),
    { minutes: 0, billable: 0, bill: 0, cost: 0 },
  );
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return {
    baseCurrency,
    people: people.map((r) => ({ person: r.person, ...figures(r) })),
    totals: figures(total),
  };
}
