import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Supplier = Schemas['Supplier'];
export type SupplierStatus = Supplier['status'];
export type SupplierFilter = NonNullable<paths['/api/v1/suppliers']['get']['parameters']['query']>;
type SupplierBody =
  paths['/api/v1/suppliers']['post']['requestBody']['content']['application/json'];

export const supplierStatuses: SupplierStatus[] = [
  'prospect',
  'onboarding',
  'approved',
  'suspended',
  'blacklisted',
];
/** As the server's qualification documents declare them. */
export const qualificationDocumentCategories = ['certificate', 'other'];
export const riskTiers = ['low', 'medium', 'high', 'critical'] as const;

export const supplierKeys = {
  all: ['suppliers'] as const,
  list: (f: SupplierFilter) => ['suppliers', 'list', f] as const,
  one: (id: string) => ['suppliers', 'one', id] as const,
};

export function useSuppliers(filter: SupplierFilter) {
  return useQuery({
    queryKey: supplierKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/suppliers', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useSupplier(id: string) {
  return useQuery({
    queryKey: supplierKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/suppliers/{id}', { params: { path: { id } } })),
  });
}

export function useSaveSupplier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: SupplierBody }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/suppliers/{id}', {
              params: { path: { id } },
              body: { ...body, version },
            }),
          )
        : unwrap(api.POST('/api/v1/suppliers', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: supplierKeys.all }),
  });
}

export function useChangeSupplierStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      status,
      reason,
    }: {
      id: string;
      version: number;
      status: SupplierStatus;
      reason?: string;
    }) =>
      unwrap(
        api.POST('/api/v1/suppliers/{id}/status', {
          params: { path: { id } },
          body: { version, status, ...(reason ? { reason } : {}) },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: supplierKeys.all }),
  });
}

type ProfileBody =
  paths['/api/v1/suppliers/{id}/profile']['patch']['requestBody']['content']['application/json'];

/** A supplier portal user keeps their own supplier's profile current. */
export function useSaveSupplierProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProfileBody }) =>
      unwrap(api.PATCH('/api/v1/suppliers/{id}/profile', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: supplierKeys.all }),
  });
}

export type Qualification = Schemas['Qualification'];
type QualificationBody =
  paths['/api/v1/suppliers/{id}/qualifications']['post']['requestBody']['content']['application/json'];
export const qualificationKinds: Qualification['kind'][] = [
  'iso27001',
  'iso9001',
  'cmmi',
  'licence',
  'insurance',
  'other',
];

const qualificationKey = (id: string) => [...supplierKeys.one(id), 'qualifications'] as const;

export function useQualifications(supplierId: string) {
  return useQuery({
    queryKey: qualificationKey(supplierId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/suppliers/{id}/qualifications', {
          params: { path: { id: supplierId }, query: page },
        }),
      ),
  });
}

/** Adding or removing a qualification can flag or clear the supplier: refetch both. */
export function useChangeQualifications(supplierId: string) {
  const qc = useQueryClient();
  const path = { params: { path: { id: supplierId } } };
  const onSuccess = () => qc.invalidateQueries({ queryKey: supplierKeys.one(supplierId) });
  return {
    add: useMutation({
      mutationFn: (body: QualificationBody) =>
        unwrap(api.POST('/api/v1/suppliers/{id}/qualifications', { ...path, body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (qualificationId: string) =>
        unwrap(
          api.DELETE('/api/v1/suppliers/{id}/qualifications/{qualificationId}', {
            params: { path: { id: supplierId, qualificationId } },
          }),
        ),
      onSuccess,
    }),
  };
}

export type Onboarding = Schemas['Onboarding'];
export type OnboardingItem = Schemas['OnboardingItem'];
type DueDiligenceBody =
  paths['/api/v1/suppliers/{id}/due-diligence']['put']['requestBody']['content']['application/json'];
type OnboardingItemBody =
  paths['/api/v1/onboarding-items']['post']['requestBody']['content']['application/json'];

const onboardingKey = (id: string) => [...supplierKeys.one(id), 'onboarding'] as const;

export function useOnboarding(supplierId: string) {
  return useQuery({
    queryKey: onboardingKey(supplierId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/suppliers/{id}/onboarding', { params: { path: { id: supplierId } } }),
      ),
  });
}

/** Ticking steps and answering the questionnaire change the supplier's risk tier too. */
export function useOnboardingSteps(supplierId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: supplierKeys.one(supplierId) });
  return {
    mark: useMutation({
      mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
        unwrap(
          api.PUT('/api/v1/suppliers/{id}/onboarding/{itemId}', {
            params: { path: { id: supplierId, itemId } },
            body: { done },
          }),
        ),
      onSuccess,
    }),
    assess: useMutation({
      mutationFn: (body: DueDiligenceBody) =>
        unwrap(
          api.PUT('/api/v1/suppliers/{id}/due-diligence', {
            params: { path: { id: supplierId } },
            body,
          }),
        ),
      onSuccess,
    }),
  };
}

const itemsKey = ['onboarding-items'] as const;

export function useOnboardingItems() {
  return useQuery({
    queryKey: itemsKey,
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/onboarding-items', { params: { query: page } })),
  });
}

export function useChangeOnboardingItems() {
  const qc = useQueryClient();
  return {
    add: useMutation({
      mutationFn: (body: OnboardingItemBody) =>
        unwrap(api.POST('/api/v1/onboarding-items', { body })),
      onSuccess: (items) => qc.setQueryData(itemsKey, items),
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/api/v1/onboarding-items/{id}', { params: { path: { id } } })),
      onSuccess: (items) => qc.setQueryData(itemsKey, items),
    }),
  };
}

export type SupplierContact = Schemas['SupplierContact'];
type SupplierContactBody =
  paths['/api/v1/suppliers/{id}/contacts']['post']['requestBody']['content']['application/json'];
export const supplierContactRoles: SupplierContact['role'][] = [
  'account',
  'delivery',
  'billing',
  'security',
  'other',
];

const contactsKey = (id: string) => [...supplierKeys.one(id), 'contacts'] as const;

export function useSupplierContacts(supplierId: string) {
  return useQuery({
    queryKey: contactsKey(supplierId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/suppliers/{id}/contacts', {
          params: { path: { id: supplierId }, query: page },
        }),
      ),
  });
}

export function useChangeSupplierContacts(supplierId: string) {
  const qc = useQueryClient();
  const onSuccess = (list: SupplierContact[]) => qc.setQueryData(contactsKey(supplierId), list);
  return {
    add: useMutation({
      mutationFn: (body: SupplierContactBody) =>
        unwrap(
          api.POST('/api/v1/suppliers/{id}/contacts', {
            params: { path: { id: supplierId } },
            body,
          }),
        ),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (contactId: string) =>
        unwrap(
          api.DELETE('/api/v1/suppliers/{id}/contacts/{contactId}', {
            params: { path: { id: supplierId, contactId } },
          }),
        ),
      onSuccess,
    }),
  };
}
