import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';
import type { paths } from '../../api/schema';

export type BankStatementSummary = Schemas['BankStatementSummary'];
export type BankStatement = Schemas['BankStatement'];
export type BankStatementLine = Schemas['BankStatementLine'];
export type StatementBody =
  paths['/api/v1/finance/bank-statements']['post']['requestBody']['content']['application/json'];

/** A match records a payment: the ledger, invoices and receivables all change. */
function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['finance'] });
}

export function useStatements() {
  return useKeysetPages(['finance', 'bank-statements'], (page) =>
    api.GET('/api/v1/finance/bank-statements', { params: { query: page } }),
  );
}

export function useStatement(id: string | null) {
  return useQuery({
    queryKey: ['finance', 'bank-statements', 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/finance/bank-statements/{id}', { params: { path: { id: id as string } } }),
      ),
  });
}

/** The column mapping an account was last imported with; null for a new account. */
export function useBankMapping(bankAccount: string) {
  return useQuery({
    queryKey: ['finance', 'bank-mappings', bankAccount],
    enabled: bankAccount.trim().length > 0,
    retry: false,
    queryFn: async () => {
      const res = await api.GET('/api/v1/finance/bank-mappings', {
        params: { query: { bankAccount } },
      });
      return res.response.status === 404 ? null : unwrap(Promise.resolve(res));
    },
  });
}

export function useImportStatement() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: StatementBody) =>
      unwrap(api.POST('/api/v1/finance/bank-statements', { body })),
    onSuccess: invalidate,
  });
}

/** Match a line of money in to an invoice, or set a line aside with a note. */
export function useDecideLine() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      line,
      invoiceId,
      paymentRunId,
      note,
    }: {
      line: BankStatementLine;
      invoiceId?: string;
      paymentRunId?: string;
      note?: string;
    }) => {
      const params = { path: { id: line.id } };
      const to = invoiceId ? { invoiceId } : paymentRunId ? { paymentRunId } : null;
      return to
        ? unwrap(
            api.POST('/api/v1/finance/bank-lines/{id}/match', {
              params,
              body: { version: line.version, ...to },
            }),
          )
        : unwrap(
            api.POST('/api/v1/finance/bank-lines/{id}/ignore', {
              params,
              body: { version: line.version, note: note ?? '' },
            }),
          );
    },
    onSuccess: invalidate,
  });
}
