import type { Executor } from '../../../db/database.ts';
import { contractServiceTerms } from '../../contracts/index.ts';
import { holidayGaps, yearsBetween } from '../../settings/index.ts';
import type { TicketEventKind, TicketPriority, WaitingParty } from '../tickets/tickets.table.ts';
import { type Clock, type ClockEvent, type ClockPolicy, slaClock } from './clock.ts';

/** The metrics a ticket's clocks measure, and where each stops. */
const clocked = { first_response_time: 'response', resolution_time: 'resolution' } as const;
export type ClockedMetric = keyof typeof clocked;

/** Whose SLA a clock measures: the client contract's, or the supplier's underpinning one. */
export const clockParties = ['client', 'supplier'] as const;
export type ClockParty = (typeof clockParties)[number];

/** Waits pause the clock of whoever did not cause them. */
const pausedBy: Record<ClockParty, readonly WaitingParty[]> = {
  client: ['client', 'supplier'],
  supplier: ['client', 'internal'],
};

/** A log entry as the clocks read it: its status change, and where routing sent the ticket. */
export type LogEntry = ClockEvent & { kind: TicketEventKind; groupId: string | null };

export type TicketClock = {
  party: ClockParty;
  contractId: string;
  metric: ClockedMetric;
  policy: ClockPolicy;
  /** When it began: the ticket's opening, or its routing to the supplier's team. */
  startedAt: string;
  clock: Clock;
  /**
   * Years the clock spans (from its start to its stop, due time or now) that its calendar, of a
   * country's holidays, has no holidays for: it may be counting a holiday as working time.
   */
  holidayGaps: number[];
};

type Terms = Awaited<ReturnType<typeof contractServiceTerms>>;
/** Where a contract's SLA lines and calendar are read: the database, or a run's own cache. */
export type TermsOf = (contractId: string) => Promise<Terms>;

/**
 * The terms of contracts read once for a run over many tickets (a repair): the same contract
 * and calendar are not read again for each.
 */
export function cachedTerms(db: Executor, workspaceId: string): TermsOf {
  const cache = new Map<string, Promise<Terms>>();
  return (contractId) => {
    const known = cache.get(contractId);
    if (known) return known;
    const read = contractServiceTerms(db, workspaceId, contractId);
    cache.set(contractId, read);
    return read;
  };
}

/** The clocks one contract's SLA runs for a ticket of this priority over a stretch of its log. */
async function contractClocks(
  termsOf: TermsOf,
  party: ClockParty,
  contractId: string,
  priority: TicketPriority,
  events: readonly LogEntry[],
  now: string,
): Promise<TicketClock[]> {
  const terms = await termsOf(contractId);
  if (!terms || events.length === 0) return [];
  return terms.slas.flatMap((sla) => {
    if (sla.priority !== priority || !(sla.metric in clocked)) return [];
    const metric = sla.metric as ClockedMetric;
    const policy = {
      stopsAt: clocked[metric],
      targetMinutes: sla.target,
      calendar: terms.calendar,
      pausedBy: pausedBy[party],
      pauseCapMinutes: terms.pauseCapMinutes,
    };
    // A contract that restarts its clocks on a priority change measures from the last one.
    const measured = terms.priorityChange === 'restart' ? sinceLastPriorityChange(events) : events;
    const clock = slaClock(measured, policy, now);
    const startedAt = measured[0]?.at ?? now;
    const until = clock.stoppedAt ?? clock.dueAt ?? now;
    const gaps = terms.calendar ? holidayGaps(terms.calendar, yearsBetween(startedAt, until)) : [];
    return [{ party, contractId, metric, policy, startedAt, clock, holidayGaps: gaps }];
  });
}

/**
 * The log from one entry on, opening with the status the ticket had then (carried from the
 * entries before when the entry itself changes none).
 */
function logFrom(log: readonly LogEntry[], from: number, end?: number): LogEntry[] {
  const before = log.slice(0, from + 1).findLast((e) => e.statusTo !== null);
  const part = log.slice(from, end).map((e) => ({ ...e }));
  const first = part[0];
  if (first && first.statusTo === null && before) {
    first.statusTo = before.statusTo;
    first.waitingOn = before.waitingOn;
  }
  return part;
}

/** The log since its last priority change, or all of it. */
export function sinceLastPriorityChange(log: readonly LogEntry[]) {
  const changed = log.findLastIndex((e) => e.kind === 'priority');
  return changed < 0 ? [...log] : logFrom(log, changed);
}

/**
 * The supplier team's last stint on the ticket: the log from its routing there (opening with
 * the status the ticket then had) to the next routing, if any, when the stint ended.
 */
export function lastStint(log: readonly LogEntry[], isSupplierTeam: (groupId: string) => boolean) {
  const routed = log.findLastIndex((e) => e.groupId !== null && isSupplierTeam(e.groupId));
  if (routed < 0) return null;
  const groupId = log[routed]?.groupId as string;
  const end = log.findIndex((e, i) => i > routed && (e.kind === 'group' || e.kind === 'created'));
  return {
    groupId,
    events: logFrom(log, routed, end < 0 ? undefined : end),
    endedAt: end < 0 ? null : (log[end] as LogEntry).at,
  };
}

/** A clock whose party handed the ticket back stops there: breached if it had run out. */
function handedBack(c: TicketClock, at: string): TicketClock {
  if (c.clock.stoppedAt) return c;
  return {
    ...c,
    clock: {
      ...c.clock,
      dueAt: null,
      stoppedAt: at,
      state: c.clock.breachedAt ? 'breached' : 'met',
    },
  };
}

/**
 * A ticket's SLA clocks at `now`: the client contract's response and resolution clocks for its
 * priority over the whole log, and, where it was routed to a supplier's team, that team's
 * supplier contract clocks over the team's last stint, paused only by waits the supplier did
 * not cause. `supplierContractOf` answers a group's supplier contract, or null for our teams.
 */
export async function ticketClocks(
  db: Executor,
  workspaceId: string,
  ticket: { contract_id: string | null; priority: TicketPriority },
  log: readonly LogEntry[],
  supplierContractOf: ReadonlyMap<string, string>,
  now: string,
  termsOf: TermsOf = (id) => contractServiceTerms(db, workspaceId, id),
): Promise<TicketClock[]> {
  const client = ticket.contract_id
    ? await contractClocks(termsOf, 'client', ticket.contract_id, ticket.priority, log, now)
    : [];
  const stint = lastStint(log, (id) => supplierContractOf.has(id));
  if (!stint) return client;
  const contractId = supplierContractOf.get(stint.groupId) as string;
  const until = stint.endedAt ?? now;
  const supplier = await contractClocks(
    termsOf,
    'supplier',
    contractId,
    ticket.priority,
    stint.events,
    until,
  );
  return [...client, ...(stint.endedAt ? supplier.map((c) => handedBack(c, until)) : supplier)];
}
