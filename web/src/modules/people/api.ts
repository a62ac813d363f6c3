import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Person = Schemas['Person'];
export type PersonCostRate = Schemas['PersonCostRate'];
export type PersonFilter = NonNullable<paths['/api/v1/people']['get']['parameters']['query']>;
type PersonBody = paths['/api/v1/people']['post']['requestBody']['content']['application/json'];

export const personKinds: Person['kind'][] = ['employee', 'supplier_worker'];
export const personStatuses: Person['status'][] = ['active', 'on_leave', 'left'];
export const languageLevels: Person['languages'][number]['level'][] = [
  'basic',
  'working',
  'fluent',
  'native',
];

const peopleKeys = {
  all: ['people'] as const,
  list: (f: PersonFilter) => ['people', 'list', f] as const,
  one: (id: string) => ['people', 'one', id] as const,
};
const path = (id: string) => ({ params: { path: { id } } });

export function usePeople(filter: PersonFilter) {
  return useQuery({
    queryKey: peopleKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', path(id))),
  });
}

export function useSavePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: PersonBody }) => {
      if (id && version) {
        const { kind: _kind, ...changes } = body;
        return unwrap(
          api.PATCH('/api/v1/people/{id}', { ...path(id), body: { ...changes, version } }),
        );
      }
      return unwrap(api.POST('/api/v1/people', { body }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useCostRates(personId: string) {
  return useQuery({
    queryKey: [...peopleKeys.one(personId), 'cost-rates'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/people/{id}/cost-rates', {
          params: { path: { id: personId }, query: page },
        }),
      ),
  });
}

export function useChangeCostRates(personId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: peopleKeys.one(personId) });
  return {
    add: useMutation({
      mutationFn: (body: { rateMinor: number; currency: string; effectiveFrom: string }) =>
        unwrap(api.POST('/api/v1/people/{id}/cost-rates', { ...path(personId), body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (rateId: string) =>
        unwrap(
          api.DELETE('/api/v1/people/{id}/cost-rates/{rateId}', {
            params: { path: { id: personId, rateId } },
          }),
        ),
      onSuccess,
    }),
  };
}

export function useCostOn(personId: string, day: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKeys.one(personId), 'cost-on', day],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/people/{id}/cost-on', {
          params: { path: { id: personId }, query: { day } },
        }),
      ),
    enabled,
  });
}
