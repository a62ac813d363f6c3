import type { Party } from '../../../platform/access/party-scope.ts';
import type { CommentRow } from '../comments/comments.repository.ts';
import type { CommentVisibility } from '../comments/comments.table.ts';
import type { ClockParty, TicketClock } from '../sla/ticket-clocks.ts';
import type { EventRow, TicketRow } from './tickets.repository.ts';
import type { TicketEventKind, TicketStatus } from './tickets.table.ts';

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/**
 * What each reader is shown. We see everything. The client sees its ticket without the
 * supplier behind it: no group, no routing, no supplier clock, none of our work notes or
 * incident handling in the log, the client-visible conversation
 * (what the supplier's team wrote there shows as the desk's). A supplier's team sees the ticket
 * routed to it without the client's contract or clocks: the client-visible conversation and
 * its private one with us (supplier-visible), never our internal notes.
 */
const views = {
  internal: {
    group: true,
    contract: true,
    clocks: ['client', 'supplier'],
    comments: null,
    hiddenEvents: [],
  },
  client: {
    group: false,
    contract: true,
    clocks: ['client'],
    comments: ['client'],
    hiddenEvents: ['group', 'work', 'major', 'parent'],
  },
  supplier: {
    group: true,
    contract: false,
    clocks: ['supplier'],
    comments: ['client', 'supplier'],
    hiddenEvents: ['work', 'major', 'parent'],
  },
} as const satisfies Record<
  string,
  {
    group: boolean;
    contract: boolean;
    clocks: readonly ClockParty[];
    comments: readonly CommentVisibility[] | null;
    /** Log entries that are ours alone: our work notes, our routing and incident handling. */
    hiddenEvents: readonly TicketEventKind[];
  }
>;

const viewOf = (party: Party) => views[party?.type ?? 'internal'];

export function presentSummary(t: TicketRow, party: Party) {
  const view = viewOf(party);
  return {
    id: t.id,
    number: t.number,
    type: t.type,
    title: t.title,
    client: named(t.client_id, t.client_name),
    contract:
      view.contract && t.contract_id
        ? { id: t.contract_id, number: t.contract_number ?? '' }
        : null,
    category: t.category,
    impact: t.impact,
    urgency: t.urgency,
    priority: t.priority,
    group:
      view.group && t.group_id
        ? { id: t.group_id, name: t.group_name ?? '', kind: t.group_kind ?? 'internal' }
        : null,
    assignee: named(t.assignee_id, t.assignee_name),
    status: t.status,
    waitingOn: t.waiting_on,
    channel: t.channel,
    major: Boolean(t.major),
    parent: t.parent_id ? { id: t.parent_id, number: t.parent_number ?? '' } : null,
    dueAt: party ? null : t.due_at,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    version: t.version,
  };
}

const presentClock = (c: TicketClock) => ({
  party: c.party,
  metric: c.metric,
  targetMinutes: c.policy.targetMinutes,
  elapsedSeconds: Math.round(c.clock.elapsedMs / 1000),
  pausedSeconds: Math.round(c.clock.pausedMs / 1000),
  dueAt: c.clock.dueAt,
  breachedAt: c.clock.breachedAt,
  stoppedAt: c.clock.stoppedAt,
  state: c.clock.state,
  startedAt: c.startedAt,
  holidayGaps: c.holidayGaps,
});

/** The whole ticket as one reader may see it. */
export function presentTicket(
  t: TicketRow,
  party: Party,
  clocks: readonly TicketClock[],
  events: readonly EventRow[],
  comments: readonly CommentRow[],
  children: readonly { id: string; number: string; title: string; status: TicketStatus }[],
) {
  const view = viewOf(party);
  const readable: readonly CommentVisibility[] | null = view.comments;
  const shown = (c: CommentRow) => readable === null || readable.includes(c.visibility);
  // The client reads the supplier's words as the desk's: it contracted with us.
  const asDesk = (c: CommentRow) => party?.type === 'client' && c.author_party === 'supplier';
  return {
    ...presentSummary(t, party),
    description: t.description,
    requester: named(t.requester_contact_id, t.requester_name),
    waitingCode: t.waiting_code,
    waitingReason: t.waiting_reason,
    resolution: t.resolution,
    resolvedAt: t.resolved_at,
    closedAt: t.closed_at,
    children: party ? [] : [...children],
    slas: clocks
      .filter((c) => (view.clocks as readonly ClockParty[]).includes(c.party))
      .map(presentClock),
    comments: comments.filter(shown).map((c) => ({
      id: c.id,
      body: c.body,
      visibility: c.visibility,
      author: asDesk(c)
        ? null
        : (named(c.author_id, c.author_name) ?? named(c.author_contact_id, c.contact_name)),
      authorParty: asDesk(c) ? ('internal' as const) : c.author_party,
      mentions: c.mentions,
      createdAt: c.created_at,
    })),
    events: events
      .filter((e) => !(view.hiddenEvents as readonly TicketEventKind[]).includes(e.kind))
      .map((e) => ({
        at: e.at,
        kind: e.kind,
        statusFrom: e.status_from,
        statusTo: e.status_to,
        waitingOn: e.waiting_on,
        waitingCode: e.waiting_code,
        priority: e.priority,
        assignee: named(e.assignee_id, e.assignee_name),
        group: view.group ? named(e.group_id, e.group_name) : null,
        reason: e.reason,
        commentId: comments.some((c) => c.id === e.comment_id && shown(c)) ? e.comment_id : null,
        actor: named(e.actor_id, e.actor_name),
      })),
  };
}
