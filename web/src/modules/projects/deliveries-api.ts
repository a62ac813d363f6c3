import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Deliverable = Schemas['Deliverable'];
export type PortalProject = Schemas['PortalProject'];
type DeliverableBody =
  paths['/api/v1/projects/{id}/deliverables']['post']['requestBody']['content']['application/json'];

export const deliverableColor: Record<Deliverable['status'], string> = {
  planned: 'default',
  submitted: 'processing',
  accepted: 'success',
  rejected: 'error',
};

const key = (projectId: string) => ['projects', 'one', projectId, 'deliverables'] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useDeliverables(projectId: string) {
  return useQuery({
    queryKey: key(projectId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/deliverables', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

export function useChangeDeliverables(projectId: string) {
  const qc = useQueryClient();
  const onSuccess = (list: Deliverable[]) => qc.setQueryData(key(projectId), list);
  const one = (deliverableId: string) => ({ params: { path: { id: projectId, deliverableId } } });
  return {
    add: useMutation({
      mutationFn: (body: DeliverableBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/deliverables', { ...path(projectId), body })),
      onSuccess,
    }),
    submit: useMutation({
      mutationFn: ({ id, ...body }: { id: string; version: number; note: string | null }) =>
        unwrap(
          api.POST('/api/v1/projects/{id}/deliverables/{deliverableId}/submit', {
            ...one(id),
            body,
          }),
        ),
      onSuccess,
    }),
  };
}

const portalKey = ['client-portal'] as const;

export function usePortalProjects() {
  return useQuery({
    queryKey: [...portalKey, 'list'],
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/client-portal/projects', { params: { query: page } })),
  });
}

export function usePortalProject(id: string) {
  return useQuery({
    queryKey: [...portalKey, id],
    queryFn: () => unwrap(api.GET('/api/v1/client-portal/projects/{id}', path(id))),
  });
}

/** The client's acceptance or rejection (with a comment) of a submitted deliverable. */
export function useDecideDeliverable() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      decision: 'accepted' | 'rejected';
      comment?: string;
    }) =>
      unwrap(api.POST('/api/v1/client-portal/deliverables/{id}/decisions', { ...path(id), body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: portalKey }),
  });
}

export type StatusReport = Schemas['StatusReport'];
type ReportBody =
  paths['/api/v1/projects/{id}/status-reports']['post']['requestBody']['content']['application/json'];
const reportsKey = (projectId: string) => ['projects', 'one', projectId, 'status-reports'] as const;

export function useStatusReports(projectId: string) {
  return useQuery({
    queryKey: reportsKey(projectId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/status-reports', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

/** Write a report (its figures are filled in by the server), finish a draft, publish it. */
export function useChangeStatusReports(projectId: string) {
  const qc = useQueryClient();
  const onSuccess = (list: StatusReport[]) => qc.setQueryData(reportsKey(projectId), list);
  return {
    add: useMutation({
      mutationFn: (body: ReportBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/status-reports', { ...path(projectId), body })),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string; version: number } & Partial<ReportBody>) =>
        unwrap(
          api.PATCH('/api/v1/projects/{id}/status-reports/{reportId}', {
            params: { path: { id: projectId, reportId: id } },
            body,
          }),
        ),
      onSuccess,
    }),
    publish: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        unwrap(
          api.POST('/api/v1/projects/{id}/status-reports/{reportId}/publish', {
            params: { path: { id: projectId, reportId: id } },
            body: { version },
          }),
        ),
      onSuccess,
    }),
  };
}

export type Lesson = Schemas['Lesson'];
type LessonBody =
  paths['/api/v1/projects/{id}/lessons']['post']['requestBody']['content']['application/json'];
type EvaluationBody =
  paths['/api/v1/projects/{id}/evaluation']['put']['requestBody']['content']['application/json'];

export function useLessons(projectId: string) {
  return useQuery({
    queryKey: ['projects', 'one', projectId, 'lessons'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/lessons', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

export function useSearchLessons(query: { q?: string; tag?: string }) {
  return useQuery({
    queryKey: ['lessons', query],
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/lessons', { params: { query: { ...query, ...page } } })),
  });
}

/** Lessons and the evaluation at closure; both change what the project page shows. */
export function useCloseOut(projectId: string) {
  const qc = useQueryClient();
  const project = ['projects', 'one', projectId] as const;
  return {
    lesson: useMutation({
      mutationFn: (body: LessonBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/lessons', { ...path(projectId), body })),
      onSuccess: () => qc.invalidateQueries({ queryKey: project }),
    }),
    evaluate: useMutation({
      mutationFn: (body: EvaluationBody) =>
        unwrap(api.PUT('/api/v1/projects/{id}/evaluation', { ...path(projectId), body })),
      onSuccess: () => qc.invalidateQueries({ queryKey: project }),
    }),
  };
}

/** The client's sign-off at closure, with their satisfaction. */
export function useSignOff(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { satisfaction: number; comment: string | null }) =>
      unwrap(
        api.POST('/api/v1/client-portal/projects/{id}/sign-off', { ...path(projectId), body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: portalKey }),
  });
}
