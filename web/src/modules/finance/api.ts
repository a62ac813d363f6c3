import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';
import type { paths } from '../../api/schema';

export type LedgerAccount = Schemas['LedgerAccount'];
export type JournalSummary = Schemas['JournalSummary'];
export type Journal = Schemas['Journal'];
export type TrialBalance = Schemas['TrialBalance'];
export type LedgerPeriod = Schemas['LedgerPeriod'];
type AccountUpdate =
  paths['/api/v1/finance/accounts/{id}']['patch']['requestBody']['content']['application/json'];
type AccountCreate =
  paths['/api/v1/finance/accounts']['post']['requestBody']['content']['application/json'];
export type JournalCreate =
  paths['/api/v1/finance/journals']['post']['requestBody']['content']['application/json'];
export type JournalFilter = NonNullable<
  paths['/api/v1/finance/journals']['get']['parameters']['query']
>;

const keys = {
  accounts: ['finance', 'accounts'] as const,
  journals: ['finance', 'journals'] as const,
  trialBalance: ['finance', 'trial-balance'] as const,
  periods: ['finance', 'periods'] as const,
};

/** Whatever a posting changes: journals, balances, months and which accounts are used. */
function useInvalidateLedger() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['finance'] });
}

/** The chart; pickers ask for active accounts only, the chart page for all. */
export function useAccounts(includeInactive = false) {
  return useQuery({
    queryKey: [...keys.accounts, includeInactive],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/finance/accounts', {
          params: { query: { ...(includeInactive ? { includeInactive: 'true' } : {}), ...page } },
        }),
      ),
  });
}

export function useAddAccount() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (body: AccountCreate) => unwrap(api.POST('/api/v1/finance/accounts', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateAccount() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, ...body }: AccountUpdate & { id: string }) =>
      unwrap(api.PATCH('/api/v1/finance/accounts/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

/** Journals newest first, one keyset page at a time. */
export function useJournals(filter: Omit<JournalFilter, 'cursor' | 'limit'>) {
  return useKeysetPages([...keys.journals, filter], (page) =>
    api.GET('/api/v1/finance/journals', { params: { query: { ...filter, ...page } } }),
  );
}

export function useJournal(id: string | null) {
  return useQuery({
    queryKey: [...keys.journals, 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/journals/{id}', { params: { path: { id: id as string } } })),
  });
}

export function usePostJournal() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (body: JournalCreate) => unwrap(api.POST('/api/v1/finance/journals', { body })),
    onSuccess: invalidate,
  });
}

export function useReverseJournal() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, reason, postedOn }: { id: string; reason: string; postedOn?: string }) =>
      unwrap(
        api.POST('/api/v1/finance/journals/{id}/reverse', {
          params: { path: { id } },
          body: { reason, ...(postedOn ? { postedOn } : {}) },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useTrialBalance(range: { from?: string; to?: string }) {
  return useQuery({
    queryKey: [...keys.trialBalance, range],
    queryFn: () => unwrap(api.GET('/api/v1/finance/trial-balance', { params: { query: range } })),
  });
}

export function usePeriods() {
  return useQuery({
    queryKey: keys.periods,
    queryFn: () => unwrapAll((query) => api.GET('/api/v1/finance/periods', { params: { query } })),
  });
}

export function useClosePeriod() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (period: string) =>
      unwrap(api.POST('/api/v1/finance/periods/{period}/close', { params: { path: { period } } })),
    onSuccess: invalidate,
  });
}

/** Posts an ended month's accruals, each reversed on the next month's first day. */
export function usePostAccruals() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (period: string) =>
      unwrap(
        api.POST('/api/v1/finance/periods/{period}/accruals', { params: { path: { period } } }),
      ),
    onSuccess: invalidate,
  });
}

export function useReopenPeriod() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ period, reason }: { period: string; reason: string }) =>
      unwrap(
        api.POST('/api/v1/finance/periods/{period}/reopen', {
          params: { path: { period } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

export type FinancePolicy = Schemas['FinancePolicy'];
type PolicyPreview =
  paths['/api/v1/finance/policy/preview']['post']['requestBody']['content']['application/json'];

export function usePolicy() {
  return useQuery({
    queryKey: ['finance', 'policy'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/policy')),
  });
}

export function useSavePolicy() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (body: FinancePolicy) => unwrap(api.PUT('/api/v1/finance/policy', { body })),
    onSuccess: invalidate,
  });
}

/** What a policy makes of some lines, computed by the server as documents will be. */
export function usePolicyPreview(body: PolicyPreview | null) {
  return useQuery({
    queryKey: ['finance', 'policy-preview', body],
    enabled: Boolean(body),
    queryFn: () =>
      unwrap(api.POST('/api/v1/finance/policy/preview', { body: body as PolicyPreview })),
  });
}

export type InvoiceSummary = Schemas['InvoiceSummary'];
export type Invoice = Schemas['Invoice'];
export type InvoiceFilter = Omit<
  NonNullable<paths['/api/v1/finance/invoices']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** Invoices newest first, one keyset page at a time. */
export function useInvoices(filter: InvoiceFilter) {
  return useKeysetPages(['finance', 'invoices', filter], (page) =>
    api.GET('/api/v1/finance/invoices', { params: { query: { ...filter, ...page } } }),
  );
}

export function useInvoice(id: string | null) {
  return useQuery({
    queryKey: ['finance', 'invoices', 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/invoices/{id}', { params: { path: { id: id as string } } })),
  });
}

export function useInvoiceRun() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (body: { upTo: string }) =>
      unwrap(api.POST('/api/v1/finance/invoice-runs', { body })),
    onSuccess: invalidate,
  });
}

/** Approve, issue, mail or discard: each an action on the version read. */
export function useInvoiceAction(action: 'approve' | 'issue' | 'send' | 'discard') {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.POST(`/api/v1/finance/invoices/{id}/${action}`, {
          params: { path: { id } },
          body: { version },
        }),
      ),
    onSuccess: invalidate,
  });
}

type DraftEdit =
  paths['/api/v1/finance/invoices/{id}']['patch']['requestBody']['content']['application/json'];
type Discount =
  paths['/api/v1/finance/invoices/{id}/discounts']['post']['requestBody']['content']['application/json'];

/** Edits a draft's line texts, or takes discount lines off it. */
export function useEditDraft() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, ...body }: DraftEdit & { id: string }) =>
      unwrap(api.PATCH('/api/v1/finance/invoices/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useAddDiscount() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, ...body }: Discount & { id: string }) =>
      unwrap(
        api.POST('/api/v1/finance/invoices/{id}/discounts', { params: { path: { id } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreditNote() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      reason: string;
      lineIds?: string[];
    }) =>
      unwrap(
        api.POST('/api/v1/finance/invoices/{id}/credit-notes', { params: { path: { id } }, body }),
      ),
    onSuccess: invalidate,
  });
}

/** Where an issued document's PDF downloads, in the client's language unless one is given. */
export const invoicePdfUrl = (id: string, language?: 'zh-CN' | 'en-US') =>
  `/api/v1/finance/invoices/${id}/pdf${language ? `?language=${language}` : ''}`;

export type FapiaoData = Schemas['FapiaoData'];
type FapiaoBody =
  paths['/api/v1/finance/fapiao']['post']['requestBody']['content']['application/json'];

export function useFapiaoData(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['finance', 'invoices', 'fapiao', id],
    enabled,
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/invoices/{id}/fapiao', { params: { path: { id } } })),
  });
}

export function useRecordFapiao() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (body: FapiaoBody) => unwrap(api.POST('/api/v1/finance/fapiao', { body })),
    onSuccess: invalidate,
  });
}

export type PortalInvoice = Schemas['PortalInvoice'];

/** The client portal's invoices and credit notes, every page. */
export function usePortalInvoices() {
  return useQuery({
    queryKey: ['client-portal', 'invoices'],
    queryFn: () =>
      unwrapAll((query) => api.GET('/api/v1/client-portal/invoices', { params: { query } })),
  });
}

export type PaymentSummary = Schemas['PaymentSummary'];
export type Payment = Schemas['Payment'];
type PaymentBody =
  paths['/api/v1/finance/payments']['post']['requestBody']['content']['application/json'];
export type PaymentFilter = Omit<
  NonNullable<paths['/api/v1/finance/payments']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** Payments received, newest first, one keyset page at a time. */
export function usePayments(filter: PaymentFilter) {
  return useKeysetPages(['finance', 'payments', filter], (page) =>
    api.GET('/api/v1/finance/payments', { params: { query: { ...filter, ...page } } }),
  );
}

export function usePayment(id: string | null) {
  return useQuery({
    queryKey: ['finance', 'payments', 'one', id],
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/payments/{id}', { params: { path: { id: id as string } } })),
  });
}

export function useRecordPayment() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: (body: PaymentBody) => unwrap(api.POST('/api/v1/finance/payments', { body })),
    onSuccess: invalidate,
  });
}

export function useAllocatePayment() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      allocations: { invoiceId: string; amountMinor: number }[];
    }) =>
      unwrap(
        api.POST('/api/v1/finance/payments/{id}/allocations', { params: { path: { id } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export type ReceivablesAging = Schemas['ReceivablesAging'];

export function useAging() {
  return useQuery({
    queryKey: ['finance', 'aging'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/receivables/aging')),
  });
}

/** Days sales outstanding for the last twelve months, from the ledger. */
export function useDsoTrend() {
  return useQuery({
    queryKey: ['finance', 'dso'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/reports/dso', { params: { query: {} } })),
  });
}

export function useWriteOff() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; reason: string }) =>
      unwrap(
        api.POST('/api/v1/finance/invoices/{id}/write-off', { params: { path: { id } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useDispute() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      disputed: boolean;
      reason?: string;
    }) =>
      unwrap(api.POST('/api/v1/finance/invoices/{id}/dispute', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export type ProfitAndLoss = Schemas['ProfitAndLoss'];

export function usePnl(query: { from: string; to: string; by: ProfitAndLoss['by'] }) {
  return useQuery({
    queryKey: ['finance', 'pnl', query],
    queryFn: () => unwrap(api.GET('/api/v1/finance/reports/pnl', { params: { query } })),
  });
}

export type PnlSources = Schemas['ProfitAndLossSources'];
export type PnlFigure = PnlSources['figure'];

/** What one figure of a project's P&L is made of; asked for once a figure is opened. */
export function usePnlSources(
  query: { from: string; to: string; projectId: string; figure: PnlFigure } | null,
) {
  return useQuery({
    queryKey: ['finance', 'pnl-sources', query],
    enabled: query !== null,
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/reports/pnl/sources', { params: { query: query as never } })),
  });
}

export type CashForecast = Schemas['CashForecast'];

export function useCashForecast() {
  return useQuery({
    queryKey: ['finance', 'cash-forecast'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/reports/cash-forecast')),
  });
}

export type ClientExposure = Schemas['ClientExposure'];

/** What a client owes against its credit limit; for those who may see clients. */
export function useClientExposure(clientId: string | undefined) {
  return useQuery({
    queryKey: ['finance', 'exposure', clientId],
    enabled: Boolean(clientId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/finance/clients/{id}/exposure', {
          params: { path: { id: clientId as string } },
        }),
      ),
  });
}

export type FinancialRisk = Schemas['FinancialRisk'];

export function useFinancialRisk() {
  return useQuery({
    queryKey: ['finance', 'risk'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/reports/risk')),
  });
}
