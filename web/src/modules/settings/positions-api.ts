import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Position = Schemas['Position'];
type PositionUpdate =
  paths['/api/v1/positions/{id}']['patch']['requestBody']['content']['application/json'];

const positionKeys = { all: ['positions'] as const };

/** The catalogue; pickers ask for active positions only, the settings card for all. */
export function usePositions(includeInactive = false) {
  return useQuery({
    queryKey: [...positionKeys.all, includeInactive],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/positions', {
          params: { query: { ...(includeInactive ? { includeInactive: 'true' } : {}), ...page } },
        }),
      ),
  });
}

export function useAddPosition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { nameZh: string; nameEn: string }) =>
      unwrap(api.POST('/api/v1/positions', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: positionKeys.all }),
  });
}

export function useUpdatePosition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: PositionUpdate & { id: string }) =>
      unwrap(api.PATCH('/api/v1/positions/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: positionKeys.all }),
  });
}
