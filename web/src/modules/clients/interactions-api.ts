import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
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

export type Touchpoint = Schemas['Touchpoint'];
type TouchpointBody =
  paths['/api/v1/clients/{id}/communication-plan']['post']['requestBody']['content']['application/json'];

const planKey = (clientId: string) => [...interactionKeys.client(clientId), 'plan'] as const;

export function useCommunicationPlan(clientId: string) {
  return useQuery({
    queryKey: planKey(clientId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/clients/{id}/communication-plan', {
          params: { path: { id: clientId }, query: page },
        }),
      ),
  });
}

export function useChangeCommunicationPlan(clientId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: planKey(clientId) });
  return {
    add: useMutation({
      mutationFn: (body: TouchpointBody) =>
        unwrap(
          api.POST('/api/v1/clients/{id}/communication-plan', {
            params: { path: { id: clientId } },
            body,
          }),
        ),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (touchpointId: string) =>
        unwrap(
          api.DELETE('/api/v1/clients/{id}/communication-plan/{touchpointId}', {
            params: { path: { id: clientId, touchpointId } },
          }),
        ),
      onSuccess,
    }),
  };
}
