import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';
import type { paths } from '../../api/schema';

export type TicketSummary = Schemas['TicketSummary'];
export type Ticket = Schemas['Ticket'];
export type TicketBody =
  paths['/api/v1/tickets']['post']['requestBody']['content']['application/json'];
export type TicketChange =
  paths['/api/v1/tickets/{id}']['patch']['requestBody']['content']['application/json'];
export type TicketMove =
  paths['/api/v1/tickets/{id}/transitions']['post']['requestBody']['content']['application/json'];
export type TicketComment =
  paths['/api/v1/tickets/{id}/comments']['post']['requestBody']['content']['application/json'];
export type TicketGroup = Schemas['TicketGroup'];
export type GroupBody =
  paths['/api/v1/ticket-groups']['post']['requestBody']['content']['application/json'];
export type GroupChange =
  paths['/api/v1/ticket-groups/{id}']['patch']['requestBody']['content']['application/json'];
export type TicketFilter = Omit<
  NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const ticketTypes: Ticket['type'][] = ['incident', 'service_request', 'problem', 'change'];
export const ticketLevels: Ticket['impact'][] = ['high', 'medium', 'low'];
export const ticketPriorities: Ticket['priority'][] = ['p1', 'p2', 'p3', 'p4'];
export const waitingParties: NonNullable<Ticket['waitingOn']>[] = [
  'client',
  'supplier',
  'internal',
];
export const waitingCodes: NonNullable<Ticket['waitingCode']>[] = [
  'reply',
  'access',
  'approval',
  'delivery',
  'other',
];
export const commentVisibilities: Ticket['comments'][number]['visibility'][] = [
  'internal',
  'client',
  'supplier',
];
export const priorityColor: Record<Ticket['priority'], string> = {
  p1: 'red',
  p2: 'orange',
  p3: 'blue',
  p4: 'default',
};
export const ticketStatusColor: Record<Ticket['status'], string> = {
  new: 'purple',
  assigned: 'geekblue',
  in_progress: 'processing',
  waiting: 'warning',
  resolved: 'success',
  closed: 'default',
};

const keys = {
  all: ['tickets'] as const,
  groups: ['tickets', 'groups'] as const,
  list: (filter: TicketFilter) => ['tickets', 'list', filter] as const,
  one: (id: string) => ['tickets', 'one', id] as const,
};

export function useTickets(filter: TicketFilter) {
  return useKeysetPages(keys.list(filter), (page) =>
    api.GET('/api/v1/tickets', { params: { query: { ...filter, ...page } } }),
  );
}

export function useTicket(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}', { params: { path: { id } } })),
  });
}

/** Opening, editing or moving a ticket changes the lists and the ticket. */
function useTicketMutation<V, R = Ticket>(call: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export const useOpenTicket = () =>
  useTicketMutation((body: TicketBody) => unwrap(api.POST('/api/v1/tickets', { body })));

export const useChangeTicket = () =>
  useTicketMutation(({ id, ...body }: TicketChange & { id: string }) =>
    unwrap(api.PATCH('/api/v1/tickets/{id}', { params: { path: { id } }, body })),
  );

export const useMoveTicket = () =>
  useTicketMutation(({ id, ...body }: TicketMove & { id: string }) =>
    unwrap(api.POST('/api/v1/tickets/{id}/transitions', { params: { path: { id } }, body })),
  );

export const useAddComment = () =>
  useTicketMutation(({ id, ...body }: TicketComment & { id: string }) =>
    unwrap(api.POST('/api/v1/tickets/{id}/comments', { params: { path: { id } }, body })),
  );

/** The assignment groups: few, so read whole. */
export function useGroups() {
  return useQuery({
    queryKey: keys.groups,
    queryFn: () =>
      unwrap(api.GET('/api/v1/ticket-groups', { params: { query: { limit: 200 } } })).then(
        (page) => page.items,
      ),
  });
}

function useGroupMutation<V>(call: (v: V) => Promise<TicketGroup>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.groups }),
  });
}

export const useCreateGroup = () =>
  useGroupMutation((body: GroupBody) => unwrap(api.POST('/api/v1/ticket-groups', { body })));

export const useChangeGroup = () =>
  useGroupMutation(({ id, ...body }: GroupChange & { id: string }) =>
    unwrap(api.PATCH('/api/v1/ticket-groups/{id}', { params: { path: { id } }, body })),
  );

export type SatisfactionQuery = NonNullable<
  paths['/api/v1/feedback/ticket-satisfaction']['get']['parameters']['query']
>;
export const satisfactionDimensions: SatisfactionQuery['by'][] = [
  'agent',
  'group',
  'supplier_team',
  'client',
];

/** Satisfaction with resolved tickets, by who handled them (the feedback module's report). */
export function useTicketSatisfaction(query: SatisfactionQuery) {
  return useQuery({
    queryKey: ['tickets', 'satisfaction', query],
    queryFn: () => unwrap(api.GET('/api/v1/feedback/ticket-satisfaction', { params: { query } })),
  });
}

export type Compliance = Schemas['SlaCompliance'];
export type ComplianceQuery = paths['/api/v1/sla-compliance']['get']['parameters']['query'];

/** A month's SLA compliance of a contract, with its credits and chargebacks. */
export function useCompliance(query: ComplianceQuery | null) {
  return useQuery({
    queryKey: ['tickets', 'compliance', query],
    enabled: query !== null,
    queryFn: () =>
      unwrap(api.GET('/api/v1/sla-compliance', { params: { query: query as ComplianceQuery } })),
  });
}

export const useConfirmSettlement = () =>
  useTicketMutation((body: ComplianceQuery) =>
    unwrap(api.POST('/api/v1/sla-compliance/settlements', { body })),
  );

export type Dashboard = Schemas['ServiceDeskDashboard'];

/** The desk at a glance, for all groups or one. */
export function useDashboard(groupId: string | undefined) {
  return useQuery({
    queryKey: ['tickets', 'dashboard', groupId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/servicedesk/dashboard', {
          params: { query: groupId ? { groupId } : {} },
        }),
      ),
  });
}

export type TicketWork =
  paths['/api/v1/tickets/{id}/work']['post']['requestBody']['content']['application/json'];

export const useLogWork = () =>
  useTicketMutation(({ id, ...body }: TicketWork & { id: string }) =>
    unwrap(api.POST('/api/v1/tickets/{id}/work', { params: { path: { id } }, body })),
  );

export type DeskSettings = Schemas['DeskSettings'];

export function useDeskSettings() {
  return useQuery({
    queryKey: ['tickets', 'settings'],
    queryFn: () => unwrap(api.GET('/api/v1/servicedesk/settings')),
  });
}

export const usePutDeskSettings = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Pick<DeskSettings, 'priorityMatrix' | 'version'>) =>
      unwrap(api.PUT('/api/v1/servicedesk/settings', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tickets', 'settings'] }),
  });
};
