import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Interaction = Schemas['Interaction'];
type InteractionBody =
  paths['/api/v1/clients/{id}/interactions']['post']['requestBody']['content']['application/json'];

export const interactionKeys = {
  all: ['interactions'] as const,
  client: (clientId: string) => ['interactions', 'client', clientId] as const,
  nextSteps: (ownerId: string) => ['interactions', 'next-steps', ownerId] as const,
};

export function useInteractions(clientId: string) {
  return useQuery({
    queryKey: interactionKeys.client(clientId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/clients/{id}/interactions', {
          params: { path: { id: clientId }, query: { limit: 100 } },
        }),
      ),
  });
}

export function useNextSteps(ownerId: string) {
  return useQuery({
    queryKey: interactionKeys.nextSteps(ownerId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/next-steps', { params: { query: { ownerId, limit: 20 } } })),
  });
}

export function useSaveInteraction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      clientId,
      id,
      version,
      body,
    }: {
      clientId: string;
      id?: string;
      version?: number;
      body: Partial<InteractionBody> & { nextStepDone?: boolean };
    }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/clients/{id}/interactions/{interactionId}', {
              params: { path: { id: clientId, interactionId: id } },
              body: { ...body, version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/clients/{id}/interactions', {
              params: { path: { id: clientId } },
              body: body as InteractionBody,
            }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: interactionKeys.all }),
  });
}
