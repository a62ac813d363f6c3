import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type ChangeRequest = Schemas['ChangeRequest'];
export type PortalChangeRequest = Schemas['PortalChangeRequest'];
type ChangeBody =
  paths['/api/v1/projects/{id}/change-requests']['post']['requestBody']['content']['application/json'];
export type ChangeDecision = {
  id: string;
  version: number;
  decision: 'approved' | 'rejected';
  comment?: string;
};

export const changeColor: Record<ChangeRequest['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  client_review: 'gold',
  approved: 'success',
  rejected: 'error',
};

const key = (projectId: string) => ['projects', 'one', projectId, 'change-requests'] as const;

export function useChangeRequests(projectId: string) {
  return useQuery({
    queryKey: key(projectId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/change-requests', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

/**
 * Raise, submit and review change requests, and draft a late amendment. An approval moves the
 * project's end and budget and adds a baseline, so the whole project is read again.
 */
export function useChangeChangeRequests(projectId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: ['projects', 'one', projectId] });
  const one = (changeId: string) => ({ params: { path: { id: projectId, changeId } } });
  return {
    add: useMutation({
      mutationFn: (body: ChangeBody) =>
        unwrap(
          api.POST('/api/v1/projects/{id}/change-requests', {
            params: { path: { id: projectId } },
            body,
          }),
        ),
      onSuccess,
    }),
    submit: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        unwrap(
          api.POST('/api/v1/projects/{id}/change-requests/{changeId}/submit', {
            ...one(id),
            body: { version },
          }),
        ),
      onSuccess,
    }),
    review: useMutation({
      mutationFn: ({ id, ...body }: ChangeDecision) =>
        unwrap(
          api.POST('/api/v1/projects/{id}/change-requests/{changeId}/decisions', {
            ...one(id),
            body,
          }),
        ),
      onSuccess,
    }),
    amend: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        unwrap(
          api.POST('/api/v1/projects/{id}/change-requests/{changeId}/amendment', {
            ...one(id),
            body: { version },
          }),
        ),
      onSuccess,
    }),
  };
}

/** The client's approval or rejection (with a comment) in the portal. */
export function useDecideChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ChangeDecision) =>
      unwrap(
        api.POST('/api/v1/client-portal/change-requests/{id}/decisions', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['client-portal'] }),
  });
}
