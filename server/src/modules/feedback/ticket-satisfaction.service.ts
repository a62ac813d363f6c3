import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { addDays } from '../../platform/days.ts';
import { clientName } from '../clients/index.ts';
import { ticketFacts } from '../servicedesk/index.ts';
import type { ticketSatisfactionQuery } from './feedback.schema.ts';

type Key = { id: string; name: string } | null;
type Facts = Awaited<ReturnType<typeof ticketFacts>>[number];

const named = ({ id, name }: { id: string; name: string }) => ({ id, name });

/** Whom a ticket's answer counts for, by the dimension asked. */
const keyOf: Record<z.infer<typeof ticketSatisfactionQuery>['by'], (t: Facts) => Key> = {
  agent: (t) => t.assignee,
  group: (t) => (t.group && !t.group.supplierTeam ? named(t.group) : null),
  supplier_team: (t) => (t.group?.supplierTeam ? named(t.group) : null),
  client: () => null,
};

/**
 * Satisfaction with resolved tickets: the surveys sent on resolution between two days (UTC,
 * both included), grouped by the agent, our group or the supplier team that held the ticket, or
 * its client; how many were sent and answered, the mean score and the share satisfied (4–5).
 */
export async function ticketSatisfaction(ctx: Ctx, q: z.infer<typeof ticketSatisfactionQuery>) {
  const workspaceId = workspaceOf(ctx);
  const surveys = await ctx.db
    .selectFrom('surveys as s')
    .select(['s.ticket_id', 's.client_id', 's.score', 's.responded_at'])
    .select((eb) => clientName(ctx.db, eb.ref('s.client_id')).as('client_name'))
    .where('s.workspace_id', '=', workspaceId)
    .where('s.ticket_id', 'is not', null)
    .where('s.sent_at', '>=', `${q.from}T00:00:00.000Z`)
    .where('s.sent_at', '<', `${addDays(q.to, 1)}T00:00:00.000Z`)
    .execute();
  const facts = new Map(
    (
      await ticketFacts(
        ctx.db,
        workspaceId,
        surveys.map((s) => s.ticket_id as string),
      )
    ).map((t) => [t.id, t]),
  );
  const rows = new Map<string, { key: Key; surveys: number; scores: number[] }>();
  for (const s of surveys) {
    const ticket = facts.get(s.ticket_id as string);
    if (!ticket) continue;
    const key =
      q.by === 'client' ? { id: s.client_id, name: s.client_name ?? '' } : keyOf[q.by](ticket);
    const row = rows.get(key?.id ?? '') ?? { key, surveys: 0, scores: [] };
    row.surveys += 1;
    if (s.responded_at && s.score !== null) row.scores.push(s.score);
    rows.set(key?.id ?? '', row);
  }
  return {
    rows: [...rows.values()]
      .sort((a, b) => (a.key?.name ?? '\uffff').localeCompare(b.key?.name ?? '\uffff'))
      .map((r) => ({
        key: r.key,
        surveys: r.surveys,
        answers: r.scores.length,
        average: r.scores.length
          ? Decimal.sum(...r.scores)
              .div(r.scores.length)
              .toFixed(2)
          : null,
        satisfied: r.scores.length
          ? new Decimal(r.scores.filter((x) => x >= 4).length).div(r.scores.length).toFixed(2)
          : null,
      })),
  };
}
