import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';

export type Role = Schemas['Role'];
export const roleKeys = { all: ['roles'] as const, permissions: ['permissions'] as const };

export function useRoles() {
  return useQuery({
    queryKey: roleKeys.all,
    queryFn: () => unwrapAll((page) => api.GET('/api/v1/roles', { params: { query: page } })),
  });
}

export function usePermissions() {
  return useQuery({
    queryKey: roleKeys.permissions,
    queryFn: () => unwrapAll((page) => api.GET('/api/v1/permissions', { params: { query: page } })),
  });
}

/** Built-in roles are named in the user's language; custom ones as their admin named them. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: { key: string; name: string; builtin?: boolean }) =>
    role.key.startsWith('custom:') ? role.name : t(`role.${role.key}`);
}

type RoleInput = { name: string; permissions: Role['permissions'] };

export function useSaveRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, ...body }: RoleInput & { id?: string; version?: number }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/roles/{id}', {
              params: { path: { id } },
              body: { ...body, version },
            }),
          )
        : unwrap(api.POST('/api/v1/roles', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: roleKeys.all }),
  });
}

export function useDeleteRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/roles/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: roleKeys.all }),
  });
}
