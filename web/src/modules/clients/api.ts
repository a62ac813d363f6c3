import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Client = Schemas['Client'];
export type Contact = Schemas['Contact'];
export type ClientFilter = NonNullable<paths['/api/v1/clients']['get']['parameters']['query']>;
type ClientBody = paths['/api/v1/clients']['post']['requestBody']['content']['application/json'];
type ContactBody =
  paths['/api/v1/clients/{id}/contacts']['post']['requestBody']['content']['application/json'];

export const clientKeys = {
  all: ['clients'] as const,
  list: (f: ClientFilter) => ['clients', 'list', f] as const,
  one: (id: string) => ['clients', 'one', id] as const,
  contacts: (id: string) => ['clients', 'contacts', id] as const,
};

export function useClients(filter: ClientFilter) {
  return useQuery({
    queryKey: clientKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/clients', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: clientKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/clients/{id}', { params: { path: { id } } })),
  });
}

/** Creates a client, or updates one when given its id and the version read. */
export function useSaveClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: ClientBody }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/clients/{id}', {
              params: { path: { id } },
              body: { ...body, version },
            }),
          )
        : unwrap(api.POST('/api/v1/clients', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useArchiveClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, archived }: { id: string; version: number; archived: boolean }) =>
      archived
        ? unwrap(
            api.POST('/api/v1/clients/{id}/archive', {
              params: { path: { id } },
              body: { version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/clients/{id}/restore', {
              params: { path: { id } },
              body: { version },
            }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useContacts(clientId: string) {
  return useQuery({
    queryKey: clientKeys.contacts(clientId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/clients/{id}/contacts', {
          params: { path: { id: clientId }, query: page },
        }),
      ),
  });
}

export function useSaveContact(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      contactId,
      version,
      body,
    }: {
      contactId?: string;
      version?: number;
      body: ContactBody;
    }) =>
      contactId && version
        ? unwrap(
            api.PATCH('/api/v1/clients/{id}/contacts/{contactId}', {
              params: { path: { id: clientId, contactId } },
              body: { ...body, version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/clients/{id}/contacts', { params: { path: { id: clientId } }, body }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useArchiveContact(clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, version }: { contactId: string; version: number }) =>
      unwrap(
        api.POST('/api/v1/clients/{id}/contacts/{contactId}/archive', {
          params: { path: { id: clientId, contactId } },
          body: { version },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: clientKeys.all }),
  });
}
