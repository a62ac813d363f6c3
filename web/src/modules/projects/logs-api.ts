import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type ProjectIssue = Schemas['ProjectIssue'];
export type ProjectDecision = Schemas['ProjectDecision'];
type IssueBody =
  paths['/api/v1/projects/{id}/issues']['post']['requestBody']['content']['application/json'];
type DecisionBody =
  paths['/api/v1/projects/{id}/decision-log']['post']['requestBody']['content']['application/json'];

export const issueSeverities: ProjectIssue['severity'][] = ['low', 'medium', 'high', 'critical'];
export const issueStatuses: ProjectIssue['status'][] = ['open', 'in_progress', 'closed'];

const key = (projectId: string, log: 'issues' | 'decisions') =>
  ['projects', 'one', projectId, log] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useIssues(projectId: string) {
  return useQuery({
    queryKey: key(projectId, 'issues'),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/issues', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

export function useChangeIssues(projectId: string) {
  const qc = useQueryClient();
  const onSuccess = (list: ProjectIssue[]) => qc.setQueryData(key(projectId, 'issues'), list);
  return {
    add: useMutation({
      mutationFn: (body: IssueBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/issues', { ...path(projectId), body })),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string; version: number } & Partial<IssueBody>) =>
        unwrap(
          api.PATCH('/api/v1/projects/{id}/issues/{issueId}', {
            params: { path: { id: projectId, issueId: id } },
            body,
          }),
        ),
      onSuccess,
    }),
  };
}

export function useDecisions(projectId: string) {
  return useQuery({
    queryKey: key(projectId, 'decisions'),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/decision-log', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

export function useAddDecision(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) =>
      unwrap(api.POST('/api/v1/projects/{id}/decision-log', { ...path(projectId), body })),
    onSuccess: (list: ProjectDecision[]) => qc.setQueryData(key(projectId, 'decisions'), list),
  });
}
