import { type ExpressionBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import type { Tables } from '../../../db/tables.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { Dec } from '../../../platform/money.ts';
import { ticketPriorities } from '../tickets/tickets.table.ts';
import { monthAround } from '../workspace-month.ts';
import type { ageBands, dashboardQuery } from './dashboard.schema.ts';

type Query = z.infer<typeof dashboardQuery>;
type Period = { from: string; to: string };

const HOUR = 3_600_000;
const ago = (now: number, ms: number) => new Date(now - ms).toISOString();
const count = (n: unknown) => Number(n ?? 0);
const done = ['resolved', 'closed'] as const;

/** Open tickets by priority, and by how long they have been open. */
async function openByPriority(db: Executor, ws: string, q: Query, now: number) {
  const bands: [(typeof ageBands)[number], string | null, string | null][] = [
    ['under4h', ago(now, 4 * HOUR), null],
    ['under1d', ago(now, 24 * HOUR), ago(now, 4 * HOUR)],
    ['under3d', ago(now, 72 * HOUR), ago(now, 24 * HOUR)],
    ['older', null, ago(now, 72 * HOUR)],
  ];
  const within = (after: string | null, before: string | null) =>
    sql.join(
      [
        ...(after ? [sql`created_at >= ${after}`] : []),
        ...(before ? [sql`created_at < ${before}`] : []),
      ],
      sql` and `,
    );
  const rows = await db
    .selectFrom('tickets')
    .select('priority')
    .select((eb) => eb.fn.countAll().as('total'))
    .select(
      bands.map(([name, after, before]) =>
        sql<number>`sum(case when ${within(after, before)} then 1 else 0 end)`.as(name),
      ),
    )
    .where('workspace_id', '=', ws)
    .where('status', 'not in', done)
    .$if(q.groupId !== undefined, (s) => s.where('group_id', '=', q.groupId as string))
    .groupBy('priority')
    .execute();
  return ticketPriorities.map((priority) => {
    const r = rows.find((x) => x.priority === priority) as Record<string, unknown> | undefined;
    return {
      priority,
      total: count(r?.total),
      ages: Object.fromEntries(bands.map(([name]) => [name, count(r?.[name])])),
    };
  });
}

/** Running clocks that run out within the horizon, soonest first. */
async function atRisk(db: Executor, ws: string, q: Query, now: number) {
  const rows = await db
    .selectFrom('ticket_clocks as c')
    .innerJoin('tickets as t', 't.id', 'c.ticket_id')
    .leftJoin('ticket_groups as g', 'g.id', 't.group_id')
    .select(['t.id', 't.number', 't.title', 't.priority', 'c.party', 'c.metric', 'c.due_at'])
    .select(['g.id as group_id', 'g.name as group_name'])
    .where('c.workspace_id', '=', ws)
    .where('c.state', '=', 'running')
    .where('c.due_at', '<=', new Date(now + q.horizonHours * HOUR).toISOString())
    .$if(q.groupId !== undefined, (s) => s.where('t.group_id', '=', q.groupId as string))
    .orderBy('c.due_at')
    .orderBy('t.id')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    ticket: { id: r.id, number: r.number, title: r.title },
    priority: r.priority,
    party: r.party,
    metric: r.metric,
    dueAt: r.due_at as string,
    group: r.group_id ? { id: r.group_id, name: r.group_name ?? '' } : null,
  }));
}

/** Clocks that ran out in the period, ours and the suppliers'. */
async function breachedIn(db: Executor, ws: string, q: Query, period: Period) {
  const rows = await db
    .selectFrom('ticket_clocks as c')
    .innerJoin('tickets as t', 't.id', 'c.ticket_id')
    .select('c.party')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('c.workspace_id', '=', ws)
    .where('c.state', '=', 'breached')
    .where('c.breached_at', '>=', period.from)
    .where('c.breached_at', '<', period.to)
    .$if(q.groupId !== undefined, (s) => s.where('t.group_id', '=', q.groupId as string))
    .groupBy('c.party')
    .execute();
  const of = (party: string) => count(rows.find((r) => r.party === party)?.n);
  return { client: of('client'), supplier: of('supplier') };
}

/** Open tickets at the end of each of the last eight weeks. */
async function backlog(db: Executor, ws: string, q: Query, now: number) {
  const points = Array.from({ length: 8 }, (_, i) => new Date(now - (7 - i) * 7 * 24 * HOUR));
  const result = [];
  for (const at of points) {
    const t = at.toISOString();
    const row = await db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('workspace_id', '=', ws)
      .where('created_at', '<=', t)
      .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>', t)]))
      .where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '>', t)]))
      .$if(q.groupId !== undefined, (s) => s.where('group_id', '=', q.groupId as string))
      .executeTakeFirst();
    result.push({ weekEnding: t.slice(0, 10), open: count(row?.n) });
  }
  return result;
}

/** Whether a ticket was handed on or waited: then it was not resolved at first contact. */
const handedOn = (eb: ExpressionBuilder<Tables & { t: Tables['tickets'] }, 't'>) =>
  eb.exists(
    eb
      .selectFrom('ticket_events as e')
      .select('e.id')
      .whereRef('e.ticket_id', '=', 't.id')
      .where((x) =>
        x.or([x('e.kind', 'in', ['group', 'assignee']), x('e.status_to', '=', 'waiting')]),
      ),
  );

/** This period's resolutions, and the share resolved where they were opened. */
async function firstContact(db: Executor, ws: string, q: Query, period: Period) {
  const row = await db
    .selectFrom('tickets as t')
    .select((eb) => [
      eb.fn.countAll().as('resolved'),
      eb.fn.sum(eb.case().when(handedOn(eb)).then(0).else(1).end()).as('first'),
    ])
    .where('t.workspace_id', '=', ws)
    .where('t.resolved_at', '>=', period.from)
    .where('t.resolved_at', '<', period.to)
    .$if(q.groupId !== undefined, (s) => s.where('t.group_id', '=', q.groupId as string))
    .executeTakeFirst();
  const resolved = count(row?.resolved);
  return {
    resolved,
    share: resolved ? new Dec(count(row?.first)).div(resolved).toFixed(2) : null,
  };
}

/**
 * Mean working minutes to respond and to resolve, of our clocks that stopped in the period,
 * by the tickets' priority or group.
 */
async function meanTimes(
  db: Executor,
  ws: string,
  q: Query,
  period: Period,
  by: 't.priority' | 't.group_id',
) {
  return db
    .selectFrom('ticket_clocks as c')
    .innerJoin('tickets as t', 't.id', 'c.ticket_id')
    .select([sql<string | null>`${sql.ref(by)}`.as('key'), 'c.metric'])
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.avg<number | string>('c.elapsed_seconds').as('mean'),
    ])
    .where('c.workspace_id', '=', ws)
    .where('c.party', '=', 'client')
    .where('c.stopped_at', '>=', period.from)
    .where('c.stopped_at', '<', period.to)
    .$if(q.groupId !== undefined, (s) => s.where('t.group_id', '=', q.groupId as string))
    .groupBy([by, 'c.metric'])
    .execute();
}

type Mean = Awaited<ReturnType<typeof meanTimes>>[number];

function timesOf(rows: Mean[], key: string | null) {
  const of = (metric: string) => rows.find((r) => r.key === key && r.metric === metric);
  const minutes = (r: Mean | undefined) =>
    r ? new Dec(Number(r.mean)).div(60).toDecimalPlaces(1).toNumber() : null;
  const response = of('first_response_time');
  const resolution = of('resolution_time');
  return {
    responded: count(response?.n),
    meanResponseMinutes: minutes(response),
    resolved: count(resolution?.n),
    meanResolutionMinutes: minutes(resolution),
  };
}

/**
 * The desk at a glance (one group's, if asked): open tickets by priority and age, clocks at
 * risk of running out within the horizon, breaches this month, the backlog's eight-week trend,
 * first-contact resolution, and mean times to respond and resolve per priority and per group
 * (our teams and supplier teams), from the stored clocks.
 */
export async function serviceDeskDashboard(ctx: Ctx, q: Query) {
  const ws = workspaceOf(ctx);
  const now = Date.parse(isoNow(ctx.clock));
  const month = await monthAround(ctx.db, ws, ctx.clock.now());
  const byPriority = await meanTimes(ctx.db, ws, q, month, 't.priority');
  const byGroup = await meanTimes(ctx.db, ws, q, month, 't.group_id');
  const groups = await ctx.db
    .selectFrom('ticket_groups')
    .select(['id', 'name', 'kind'])
    .where('workspace_id', '=', ws)
    .orderBy('name')
    .execute();
  const keys = [...new Set(byGroup.map((r) => r.key))];
  return {
    open: await openByPriority(ctx.db, ws, q, now),
    atRisk: await atRisk(ctx.db, ws, q, now),
    breachedThisMonth: await breachedIn(ctx.db, ws, q, month),
    backlog: await backlog(ctx.db, ws, q, now),
    firstContactResolution: await firstContact(ctx.db, ws, q, month),
    byPriority: ticketPriorities.map((priority) => ({
      priority,
      ...timesOf(byPriority, priority),
    })),
    byGroup: keys.map((key) => {
      const g = groups.find((x) => x.id === key);
      return {
        group: g ? { id: g.id, name: g.name, kind: g.kind } : null,
        ...timesOf(byGroup, key),
      };
    }),
  };
}
