import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Absence = Schemas['Absence'];
export type Credential = Schemas['PersonCredential'];
export type AbsenceBody =
  paths['/api/v1/people/{id}/absences']['post']['requestBody']['content']['application/json'];
type CredentialBody =
  paths['/api/v1/people/{id}/credentials']['post']['requestBody']['content']['application/json'];

export const absenceKinds: Absence['kind'][] = ['leave', 'training', 'other'];
export const credentialKinds: Credential['kind'][] = [
  'certification',
  'nda',
  'dpa',
  'background_check',
];
export const workerDocuments = ['nda', 'dpa', 'background_check'] as const;

// Under the people key, so what refreshes a person refreshes these too; utilization follows.
const absencesKey = ['people', 'absences'] as const;
const credentialsKey = (id: string) => ['people', 'one', id, 'credentials'] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useAbsences(personId: string) {
  return useQuery({
    queryKey: [...absencesKey, personId],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/people/{id}/absences', {
          params: { path: { id: personId }, query: page },
        }),
      ),
  });
}

/** Requested absences across the workspace: what HR decides on. */
export function useAbsenceInbox() {
  return useQuery({
    queryKey: [...absencesKey, 'inbox'],
    queryFn: () => unwrapAll((page) => api.GET('/api/v1/absences', { params: { query: page } })),
  });
}

export function useChangeAbsences() {
  const qc = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: absencesKey }),
      qc.invalidateQueries({ queryKey: ['assignments'] }),
    ]);
  const absence = (personId: string, absenceId: string) => ({
    params: { path: { id: personId, absenceId } },
  });
  return {
    add: useMutation({
      mutationFn: ({ personId, body }: { personId: string; body: AbsenceBody }) =>
        unwrap(api.POST('/api/v1/people/{id}/absences', { ...path(personId), body })),
      onSuccess,
    }),
    decide: useMutation({
      mutationFn: (a: { absence: Absence; decision: 'approved' | 'rejected' }) =>
        unwrap(
          api.POST('/api/v1/people/{id}/absences/{absenceId}/decisions', {
            ...absence(a.absence.person.id, a.absence.id),
            body: { decision: a.decision, version: a.absence.version },
          }),
        ),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (a: Absence) =>
        unwrap(api.DELETE('/api/v1/people/{id}/absences/{absenceId}', absence(a.person.id, a.id))),
      onSuccess,
    }),
  };
}

export function useOwnAbsences() {
  return useQuery({
    queryKey: [...absencesKey, 'own'],
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/me/person/absences', { params: { query: page } })),
  });
}

export function useRequestAbsence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AbsenceBody) => unwrap(api.POST('/api/v1/me/person/absences', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: absencesKey }),
  });
}

export function useCredentials(personId: string) {
  return useQuery({
    queryKey: credentialsKey(personId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/people/{id}/credentials', {
          params: { path: { id: personId }, query: page },
        }),
      ),
  });
}

export function useChangeCredentials(personId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: credentialsKey(personId) });
  return {
    add: useMutation({
      mutationFn: (body: CredentialBody) =>
        unwrap(api.POST('/api/v1/people/{id}/credentials', { ...path(personId), body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (credentialId: string) =>
        unwrap(
          api.DELETE('/api/v1/people/{id}/credentials/{credentialId}', {
            params: { path: { id: personId, credentialId } },
          }),
        ),
      onSuccess,
    }),
  };
}
