import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';

export type SavedView = Schemas['SavedView'];

const viewKey = (list: string) => ['saved-views', list] as const;

export function useSavedViews(list: string) {
  return useQuery({
    queryKey: viewKey(list),
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/saved-views', { params: { query: { list, ...page } } })),
  });
}

export function useChangeViews(list: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: viewKey(list) });
  return {
    save: useMutation({
      mutationFn: (body: { name: string; filter: Record<string, string>; shared: boolean }) =>
        unwrap(api.POST('/api/v1/saved-views', { body: { ...body, list } })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } })),
      onSuccess,
    }),
  };
}
