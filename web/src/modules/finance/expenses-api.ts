import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';
import type { paths } from '../../api/schema';

export type ExpenseClaimSummary = Schemas['ExpenseClaimSummary'];
export type ExpenseClaim = Schemas['ExpenseClaim'];
export type ExpenseLine = ExpenseClaim['lines'][number];
export type ExpenseLineBody =
  paths['/api/v1/expense-claims/{id}/lines']['post']['requestBody']['content']['application/json'];
export type ExpenseFilter = Omit<
  NonNullable<paths['/api/v1/finance/expense-claims']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const expenseCategories: ExpenseLine['category'][] = [
  'travel',
  'accommodation',
  'meals',
  'per_diem',
  'equipment',
  'licence',
  'other',
];
export const expenseClaimStatuses: ExpenseClaim['status'][] = [
  'draft',
  'submitted',
  'supplier_approved',
  'approved',
  'rejected',
  'paid',
];
/** The files a claim's line may carry, as the server declares them; receipts are kept. */
export const receiptCategories = ['receipt', 'other'] as const;
export const linePath = (claimId: string, lineId: string) =>
  `/api/v1/expense-claims/${claimId}/lines/${lineId}`;

const keys = {
  all: ['expenses'] as const,
  mine: (waiting: boolean) => ['expenses', 'mine', waiting] as const,
  finance: (filter: ExpenseFilter) => ['expenses', 'finance', filter] as const,
  one: (id: string | null) => ['expenses', 'one', id] as const,
};

/** A claim changes its lists, the ledger, the project's costs and the payment runs. */
function useInvalidate() {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: keys.all });
    await qc.invalidateQueries({ queryKey: ['finance'] });
  };
}

/** The caller's own claims, or those waiting for their decision. */
export function useMyClaims(waiting: boolean) {
  return useKeysetPages(keys.mine(waiting), (page) =>
    api.GET('/api/v1/expense-claims', {
      params: { query: { ...page, ...(waiting ? { waiting: 'true' } : {}) } },
    }),
  );
}

export function useAllClaims(filter: ExpenseFilter) {
  return useKeysetPages(keys.finance(filter), (page) =>
    api.GET('/api/v1/finance/expense-claims', { params: { query: { ...filter, ...page } } }),
  );
}

export function useClaim(id: string | null) {
  return useQuery({
    queryKey: keys.one(id),
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/expense-claims/{id}', { params: { path: { id: id as string } } })),
  });
}

export function useOpenClaim() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { projectId: string; title: string }) =>
      unwrap(api.POST('/api/v1/expense-claims', { body })),
    onSuccess: invalidate,
  });
}

/** Add or remove a line, submit, approve or reject: each on the claim as read. */
export function useChangeClaim(id: string) {
  const invalidate = useInvalidate();
  const path = { params: { path: { id } } };
  return {
    refresh: invalidate,
    addLine: useMutation({
      mutationFn: (body: ExpenseLineBody) =>
        unwrap(api.POST('/api/v1/expense-claims/{id}/lines', { ...path, body })),
      onSuccess: invalidate,
    }),
    removeLine: useMutation({
      mutationFn: (lineId: string) =>
        unwrap(
          api.DELETE('/api/v1/expense-claims/{id}/lines/{lineId}', {
            params: { path: { id, lineId } },
          }),
        ),
      onSuccess: invalidate,
    }),
    submit: useMutation({
      mutationFn: (version: number) =>
        unwrap(api.POST('/api/v1/expense-claims/{id}/submit', { ...path, body: { version } })),
      onSuccess: invalidate,
    }),
    decide: useMutation({
      mutationFn: (body: {
        decision: 'approved' | 'rejected';
        version: number;
        comment?: string;
      }) => unwrap(api.POST('/api/v1/expense-claims/{id}/decisions', { ...path, body })),
      onSuccess: invalidate,
    }),
  };
}
