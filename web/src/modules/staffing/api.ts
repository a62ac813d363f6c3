import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type StaffingRequest = Schemas['StaffingRequest'];
export type Candidate = Schemas['StaffingCandidate'];
export type Assignment = Schemas['Assignment'];
export type SavedAssignment = Schemas['SavedAssignment'];
export type RequestFilter = NonNullable<
  paths['/api/v1/staffing/requests']['get']['parameters']['query']
>;
export type RequestBody =
  paths['/api/v1/staffing/requests']['post']['requestBody']['content']['application/json'];
export type AssignmentFilter = NonNullable<
  paths['/api/v1/assignments']['get']['parameters']['query']
>;
type AssignmentBody =
  paths['/api/v1/assignments']['post']['requestBody']['content']['application/json'];
export type UtilizationFilter = NonNullable<
  paths['/api/v1/staffing/utilization']['get']['parameters']['query']
>;

export const requestStatuses: StaffingRequest['status'][] = ['open', 'filled', 'cancelled'];
export const assignmentStatuses: Assignment['status'][] = ['proposed', 'confirmed'];

const keys = {
  requests: ['staffing'] as const,
  assignments: ['assignments'] as const,
};
const path = (id: string) => ({ params: { path: { id } } });

export function useRequests(filter: RequestFilter) {
  return useQuery({
    queryKey: [...keys.requests, 'list', filter],
    queryFn: () => unwrap(api.GET('/api/v1/staffing/requests', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: [...keys.requests, 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/staffing/requests/{id}', path(id))),
  });
}

export function useCandidates(id: string) {
  return useQuery({
    queryKey: [...keys.requests, 'one', id, 'candidates'],
    // The best twenty: the list is ranked, and the rest fit worse.
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/staffing/requests/{id}/candidates', {
            params: { path: { id }, query: { limit: 20 } },
          }),
        )
      ).items,
  });
}

export function useSaveRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id?: string;
      version?: number;
      body: RequestBody & { status?: StaffingRequest['status'] };
    }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/staffing/requests/{id}', {
              ...path(id),
              body: { ...body, version },
            }),
          )
        : unwrap(api.POST('/api/v1/staffing/requests', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.requests }),
  });
}

export function useAssignments(filter: AssignmentFilter, enabled = true) {
  return useQuery({
    queryKey: [...keys.assignments, filter],
    queryFn: () => unwrap(api.GET('/api/v1/assignments', { params: { query: filter } })),
    enabled,
  });
}

/** Book, change or drop an assignment; everything that counts bookings refreshes. */
export function useChangeAssignments() {
  const qc = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.assignments }),
      qc.invalidateQueries({ queryKey: keys.requests }),
    ]);
  return {
    create: useMutation({
      mutationFn: (body: AssignmentBody) => unwrap(api.POST('/api/v1/assignments', { body })),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({
        id,
        ...body
      }: {
        id: string;
        version: number;
        status?: Assignment['status'];
      }) => unwrap(api.PATCH('/api/v1/assignments/{id}', { ...path(id), body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/assignments/{id}', path(id))),
      onSuccess,
    }),
  };
}

export function useUtilization(filter: UtilizationFilter) {
  return useQuery({
    queryKey: [...keys.assignments, 'utilization', filter],
    queryFn: () => unwrap(api.GET('/api/v1/staffing/utilization', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useBench() {
  return useQuery({
    queryKey: [...keys.assignments, 'bench'],
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/staffing/bench', { params: { query: page } })),
  });
}
