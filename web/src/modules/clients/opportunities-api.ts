import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Opportunity = Schemas['Opportunity'];
export type Stage = Opportunity['stage'];
export type OpportunityFilter = NonNullable<
  paths['/api/v1/opportunities']['get']['parameters']['query']
>;
type OpportunityBody =
  paths['/api/v1/opportunities']['post']['requestBody']['content']['application/json'];

export const stages: Stage[] = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];

export const opportunityKeys = {
  all: ['opportunities'] as const,
  list: (f: OpportunityFilter) => ['opportunities', 'list', f] as const,
  pipeline: (clientId?: string) => ['opportunities', 'pipeline', clientId ?? 'all'] as const,
};

export function useOpportunities(filter: OpportunityFilter) {
  return useQuery({
    queryKey: opportunityKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/opportunities', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** One opportunity, when there is an id: a contract can be drafted from it. */
export function useOpportunity(id: string | null) {
  return useQuery({
    queryKey: [...opportunityKeys.all, 'one', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/opportunities/{id}', { params: { path: { id: id as string } } })),
    enabled: id !== null,
  });
}

export function usePipeline(clientId?: string) {
  return useQuery({
    queryKey: opportunityKeys.pipeline(clientId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/opportunities/pipeline', {
          params: { query: clientId ? { clientId } : {} },
        }),
      ),
  });
}

export function useSaveOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id?: string;
      version?: number;
      body: OpportunityBody;
    }) => {
      if (!id || !version) return unwrap(api.POST('/api/v1/opportunities', { body }));
      const { clientId: _client, stage: _stage, ...changes } = body;
      return unwrap(
        api.PATCH('/api/v1/opportunities/{id}', {
          params: { path: { id } },
          body: { ...changes, version },
        }),
      );
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: opportunityKeys.all }),
  });
}

export function useMoveOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      stage,
      lossReason,
    }: {
      id: string;
      version: number;
      stage: Stage;
      lossReason?: string;
    }) =>
      unwrap(
        api.POST('/api/v1/opportunities/{id}/move', {
          params: { path: { id } },
          body: { version, stage, ...(lossReason ? { lossReason } : {}) },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: opportunityKeys.all }),
  });
}
