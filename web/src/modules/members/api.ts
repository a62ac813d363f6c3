import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';

export type Member = Schemas['Member'];
export type MemberSort = 'name' | '-name' | 'createdAt' | '-createdAt';
export type MemberFilter = {
  q?: string;
  limit?: number;
  status?: 'active' | 'disabled';
  sort?: MemberSort;
  cursor?: string;
};

export const memberKeys = {
  all: ['members'] as const,
  list: (f: MemberFilter) => ['members', 'list', f] as const,
  invitations: ['members', 'invitations'] as const,
};

export function useMembers(filter: MemberFilter, enabled = true) {
  return useQuery({
    queryKey: memberKeys.list(filter),
    queryFn: () =>
      unwrap(api.GET('/api/v1/members', { params: { query: { limit: 50, ...filter } } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUpdateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      roleId?: string;
      status?: 'active' | 'disabled';
      party?: { type: 'client' | 'supplier'; id: string } | null;
    }) => unwrap(api.PATCH('/api/v1/members/{id}', { params: { path: { id } }, body })),
    onSettled: () => qc.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

export function useInvitations() {
  return useQuery({
    queryKey: memberKeys.invitations,
    queryFn: () => unwrapAll((page) => api.GET('/api/v1/invitations', { params: { query: page } })),
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; roleId: string }) =>
      unwrap(api.POST('/api/v1/invitations', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: memberKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: memberKeys.invitations }),
  });
}
