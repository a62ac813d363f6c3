import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';
import type { paths } from '../../api/schema';

export type SupplierBillSummary = Schemas['SupplierBillSummary'];
export type SupplierBill = Schemas['SupplierBill'];
export type PortalSupplierBill = Schemas['PortalSupplierBill'];
export type BillBody =
  paths['/api/v1/finance/supplier-bills']['post']['requestBody']['content']['application/json'];
export type BillFilter = Omit<
  NonNullable<paths['/api/v1/finance/supplier-bills']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;
export type PaymentRunSummary = Schemas['PaymentRunSummary'];
export type PayablesAging = Schemas['PayablesAging'];
export type PaymentRun = Schemas['PaymentRun'];

/** The files a bill may carry, as the server declares them. */
export const billDocumentCategories = ['bill', 'evidence', 'other'] as const;
export const billPath = (id: string) => `/api/v1/finance/supplier-bills/${id}`;
export const portalBillPath = (id: string) => `/api/v1/supplier-portal/bills/${id}`;

/** A bill or run changes the ledger, the payables and what the supplier portal shows. */
function useInvalidate() {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: ['finance'] });
    await qc.invalidateQueries({ queryKey: ['supplier-portal'] });
  };
}

export function useBills(filter: BillFilter) {
  return useKeysetPages(['finance', 'bills', filter], (page) =>
    api.GET('/api/v1/finance/supplier-bills', { params: { query: { ...filter, ...page } } }),
  );
}

export function useBill(id: string | null) {
  return useQuery({
    queryKey: ['finance', 'bills', 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/finance/supplier-bills/{id}', { params: { path: { id: id as string } } }),
      ),
  });
}

export function useEnterBill() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: BillBody) => unwrap(api.POST('/api/v1/finance/supplier-bills', { body })),
    onSuccess: invalidate,
  });
}

export function useDecideBill() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      ...body
    }: {
      id: string;
      decision: 'approve' | 'reject';
      version: number;
      reason?: string;
    }) =>
      decision === 'approve'
        ? unwrap(
            api.POST('/api/v1/finance/supplier-bills/{id}/approve', {
              params: { path: { id } },
              body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/finance/supplier-bills/{id}/reject', {
              params: { path: { id } },
              body: { version: body.version, reason: body.reason ?? '' },
            }),
          ),
    onSuccess: invalidate,
  });
}

export function usePaymentRuns() {
  return useKeysetPages(['finance', 'payment-runs'], (page) =>
    api.GET('/api/v1/finance/payment-runs', { params: { query: page } }),
  );
}

export function usePaymentRun(id: string | null) {
  return useQuery({
    queryKey: ['finance', 'payment-runs', 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/finance/payment-runs/{id}', { params: { path: { id: id as string } } }),
      ),
  });
}

export function useDraftRun() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (dueBy: string) =>
      unwrap(api.POST('/api/v1/finance/payment-runs', { body: { dueBy } })),
    onSuccess: invalidate,
  });
}

/** Approve, discard or pay a run, each on the version read. */
export function useMoveRun() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      step,
      version,
      paid,
    }: {
      id: string;
      step: 'approve' | 'discard' | 'pay';
      version: number;
      paid?: { paidOn: string; bankReference: string };
    }) => {
      const params = { path: { id } };
      if (step === 'pay' && paid) {
        return unwrap(
          api.POST('/api/v1/finance/payment-runs/{id}/pay', {
            params,
            body: { version, ...paid },
          }),
        );
      }
      const path =
        step === 'approve'
          ? '/api/v1/finance/payment-runs/{id}/approve'
          : '/api/v1/finance/payment-runs/{id}/discard';
      return unwrap(api.POST(path, { params, body: { version } }));
    },
    onSuccess: invalidate,
  });
}

export function usePortalBills() {
  return useKeysetPages(['supplier-portal', 'bills'], (page) =>
    api.GET('/api/v1/supplier-portal/bills', { params: { query: page } }),
  );
}

export function usePortalBill(id: string | null) {
  return useQuery({
    queryKey: ['supplier-portal', 'bills', 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/supplier-portal/bills/{id}', { params: { path: { id: id as string } } }),
      ),
  });
}

export function useSubmitBill() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: BillBody) => unwrap(api.POST('/api/v1/supplier-portal/bills', { body })),
    onSuccess: invalidate,
  });
}

export function usePayablesAging() {
  return useQuery({
    queryKey: ['finance', 'payables-aging'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/payables/aging')),
  });
}
