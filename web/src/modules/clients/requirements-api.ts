import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Requirement = Schemas['Requirement'];
type RequirementBody =
  paths['/api/v1/clients/{id}/requirements']['post']['requestBody']['content']['application/json'];

export const requirementPriorities: Requirement['priority'][] = [
  'low',
  'medium',
  'high',
  'critical',
];
export const requirementStatuses: Requirement['status'][] = [
  'new',
  'analysing',
  'accepted',
  'delivered',
  'rejected',
];
export const requirementSources: Requirement['source'][] = [
  'meeting',
  'mail',
  'rfp',
  'workshop',
  'ticket',
  'other',
];

const key = (clientId: string) => ['requirements', clientId] as const;

export function useRequirements(clientId: string) {
  return useQuery({
    queryKey: key(clientId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/clients/{id}/requirements', {
          params: { path: { id: clientId }, query: { limit: 200 } },
        }),
      ),
  });
}

export function useSaveRequirement(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id?: string;
      version?: number;
      body: RequirementBody;
    }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/clients/{id}/requirements/{requirementId}', {
              params: { path: { id: clientId, requirementId: id } },
              body: { ...body, version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/clients/{id}/requirements', {
              params: { path: { id: clientId } },
              body,
            }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(clientId) }),
  });
}
