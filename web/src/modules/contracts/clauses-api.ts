import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';
import { contractKeys } from './api';

export type Clause = Schemas['Clause'];
export type ContractClause = Schemas['ContractClause'];
export type Obligation = Schemas['Obligation'];
export type ClauseFilter = NonNullable<paths['/api/v1/clauses']['get']['parameters']['query']>;
type ClauseBody = paths['/api/v1/clauses']['post']['requestBody']['content']['application/json'];
type ObligationUpdate =
  paths['/api/v1/contracts/{id}/obligations/{obligationId}']['patch']['requestBody']['content']['application/json'];

export const clauseCategories: Clause['category'][] = [
  'confidentiality',
  'data_protection',
  'liability',
  'intellectual_property',
  'termination',
  'payment',
  'service_levels',
  'other',
];

const clauseKeys = {
  all: ['clauses'] as const,
  list: (f: ClauseFilter) => ['clauses', f] as const,
};
const termsKey = (id: string) => [...contractKeys.one(id), 'clauses'] as const;
const obligationsKey = (id: string) => [...contractKeys.one(id), 'obligations'] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useClauses(filter: ClauseFilter) {
  return useQuery({
    queryKey: clauseKeys.list(filter),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/clauses', { params: { query: { ...filter, ...page } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveClause() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id?: string;
      version?: number;
      body: Partial<ClauseBody> & { active?: boolean };
    }) =>
      id && version
        ? unwrap(api.PATCH('/api/v1/clauses/{id}', { ...path(id), body: { ...body, version } }))
        : unwrap(api.POST('/api/v1/clauses', { body: body as ClauseBody })),
    onSuccess: () => qc.invalidateQueries({ queryKey: clauseKeys.all }),
  });
}

export function useContractClauses(contractId: string) {
  return useQuery({
    queryKey: termsKey(contractId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/contracts/{id}/clauses', {
          params: { path: { id: contractId }, query: page },
        }),
      ),
  });
}

/** Inserting or removing a clause can add or remove obligations: both lists refresh. */
export function useChangeContractClauses(contractId: string) {
  const qc = useQueryClient();
  const onSuccess = () => {
    qc.invalidateQueries({ queryKey: termsKey(contractId) });
    qc.invalidateQueries({ queryKey: obligationsKey(contractId) });
  };
  return {
    insert: useMutation({
      mutationFn: (body: { clauseId: string; language: ContractClause['language'] }) =>
        unwrap(api.POST('/api/v1/contracts/{id}/clauses', { ...path(contractId), body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (contractClauseId: string) =>
        unwrap(
          api.DELETE('/api/v1/contracts/{id}/clauses/{contractClauseId}', {
            params: { path: { id: contractId, contractClauseId } },
          }),
        ),
      onSuccess,
    }),
  };
}

export function useObligations(contractId: string) {
  return useQuery({
    queryKey: obligationsKey(contractId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/contracts/{id}/obligations', {
          params: { path: { id: contractId }, query: page },
        }),
      ),
  });
}

export function useChangeObligations(contractId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: obligationsKey(contractId) });
  return {
    add: useMutation({
      mutationFn: (body: { title: string; dueDate: string; ownerId?: string | null }) =>
        unwrap(api.POST('/api/v1/contracts/{id}/obligations', { ...path(contractId), body })),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ obligationId, body }: { obligationId: string; body: ObligationUpdate }) =>
        unwrap(
          api.PATCH('/api/v1/contracts/{id}/obligations/{obligationId}', {
            params: { path: { id: contractId, obligationId } },
            body,
          }),
        ),
      onSuccess,
    }),
  };
}

export type DueObligation = Schemas['DueObligation'];

export function useObligationsDue(range: { dueFrom: string; dueBy: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['obligations', range],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/obligations', { params: { query: { ...range, ...page } } }),
      ),
    enabled,
  });
}
