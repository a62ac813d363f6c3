import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Contract = Schemas['Contract'];
export type ContractStatus = Contract['status'];
export type ContractType = Contract['type'];
export type BillingModel = Contract['billingModel'];
export type Rate = Schemas['Rate'];
export type Sla = Schemas['Sla'];
export type MarginPreview = Schemas['MarginPreview'];
export type ContractFilter = NonNullable<paths['/api/v1/contracts']['get']['parameters']['query']>;
export type ContractBody =
  paths['/api/v1/contracts']['post']['requestBody']['content']['application/json'];
type ContractUpdate = Omit<
  paths['/api/v1/contracts/{id}']['patch']['requestBody']['content']['application/json'],
  'version'
>;
type RateBody =
  paths['/api/v1/contracts/{id}/rates']['post']['requestBody']['content']['application/json'];
type SlaBody =
  paths['/api/v1/contracts/{id}/slas']['post']['requestBody']['content']['application/json'];

export const contractTypes: ContractType[] = ['msa', 'sow', 'nda', 'dpa', 'framework', 'purchase'];
export const contractStatuses: ContractStatus[] = [
  'draft',
  'in_review',
  'approved',
  'signed',
  'active',
  'expiring',
  'renewed',
  'terminated',
  'expired',
];
export const paymentReleases: Contract['paymentRelease'][] = [
  'on_approval',
  'client_acceptance',
  'client_payment',
];

export const invoiceDetails: Contract['invoiceDetail'][] = ['summary', 'detail'];
export const retainerPeriods: Contract['retainerPeriod'][] = ['term', 'month', 'quarter'];

export const billingModels: BillingModel[] = [
  'fixed_price',
  'time_and_materials',
  'milestone',
  'retainer',
];
export const seniorities: Rate['seniority'][] = [
  'junior',
  'intermediate',
  'senior',
  'lead',
  'principal',
];
export const slaMetrics: Sla['metric'][] = [
  'first_response_time',
  'resolution_time',
  'availability',
  'on_time_delivery',
  'defect_rate',
  'csat',
];
/** As the server's contract documents declare them; the signed copy is kept for good. */
export const contractDocumentCategories = ['signed', 'draft', 'annex', 'correspondence', 'other'];
export const contractPath = (id: string) => `/api/v1/contracts/${id}`;
export const slaPriorities = ['p1', 'p2', 'p3', 'p4'] as const;

export const contractKeys = {
  all: ['contracts'] as const,
  list: (f: ContractFilter) => ['contracts', 'list', f] as const,
  one: (id: string) => ['contracts', 'one', id] as const,
  part: (id: string | null, part: string) => ['contracts', 'part', id, part] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function useContracts(filter: ContractFilter, enabled = true) {
  return useQuery({
    queryKey: contractKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/contracts', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useContract(id: string) {
  return useQuery({
    queryKey: contractKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/contracts/{id}', path(id))),
  });
}

/** Any change to a contract may change its page, its lists and its parts: refetch them all. */
function useContractMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useSaveContract() {
  return useContractMutation(
    ({
      id,
      version,
      body,
    }: {
      id?: string;
      version?: number;
      body: ContractBody | ContractUpdate;
    }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/contracts/{id}', {
              ...path(id),
              body: { ...(body as ContractUpdate), version },
            }),
          )
        : unwrap(api.POST('/api/v1/contracts', { body: body as ContractBody })),
  );
}

type Versioned = { id: string; version: number };

export const useSubmitContract = () =>
  useContractMutation(({ id, version }: Versioned) =>
    unwrap(api.POST('/api/v1/contracts/{id}/submit', { ...path(id), body: { version } })),
  );

export const useWithdrawContract = () =>
  useContractMutation(({ id, version }: Versioned) =>
    unwrap(api.POST('/api/v1/contracts/{id}/withdraw', { ...path(id), body: { version } })),
  );

export type Decision = { decision: 'approved' | 'rejected'; comment?: string };

export const useDecideContract = () =>
  useContractMutation(({ id, version, decision, comment }: Versioned & Decision) =>
    unwrap(
      api.POST('/api/v1/contracts/{id}/decisions', {
        ...path(id),
        body: { version, decision, ...(comment ? { comment } : {}) },
      }),
    ),
  );

type SignBody =
  paths['/api/v1/contracts/{id}/sign']['post']['requestBody']['content']['application/json'];

export const useSignContract = () =>
  useContractMutation(({ id, body }: { id: string; body: SignBody }) =>
    unwrap(api.POST('/api/v1/contracts/{id}/sign', { ...path(id), body })),
  );

export const useTerminateContract = () =>
  useContractMutation(({ id, version, reason }: Versioned & { reason: string }) =>
    unwrap(
      api.POST('/api/v1/contracts/{id}/terminate', { ...path(id), body: { version, reason } }),
    ),
  );

export const useRenewContract = () =>
  useContractMutation(({ id, version, endDate }: Versioned & { endDate: string }) =>
    unwrap(api.POST('/api/v1/contracts/{id}/renew', { ...path(id), body: { version, endDate } })),
  );

export function useApprovals(id: string) {
  return useQuery({
    queryKey: contractKeys.part(id, 'approvals'),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/contracts/{id}/approvals', { params: { path: { id: id }, query: page } }),
      ),
  });
}

/** A contract's rate card, or the workspace default card for null. */
export function useRateCard(id: string | null) {
  return useQuery({
    queryKey: contractKeys.part(id, 'rates'),
    // One page of the largest size: a card holds a rate per role and seniority, far fewer.
    queryFn: () =>
      id
        ? unwrap(
            api.GET('/api/v1/contracts/{id}/rates', {
              params: { path: { id }, query: { limit: 200 } },
            }),
          )
        : unwrap(api.GET('/api/v1/rate-card', { params: { query: { limit: 200 } } })),
  });
}

export const useAddRate = (id: string | null) =>
  useContractMutation((body: RateBody) =>
    id
      ? unwrap(api.POST('/api/v1/contracts/{id}/rates', { ...path(id), body }))
      : unwrap(api.POST('/api/v1/rate-card/rates', { body })),
  );

export const useRemoveRate = (id: string | null) =>
  useContractMutation((rateId: string) =>
    id
      ? unwrap(
          api.DELETE('/api/v1/contracts/{id}/rates/{rateId}', {
            params: { path: { id, rateId } },
          }),
        )
      : unwrap(api.DELETE('/api/v1/rate-card/rates/{id}', path(rateId))),
  );

export function useSlas(id: string) {
  return useQuery({
    queryKey: contractKeys.part(id, 'slas'),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/contracts/{id}/slas', { params: { path: { id: id }, query: page } }),
      ),
  });
}

export const useAddSla = (id: string) =>
  useContractMutation((body: SlaBody) =>
    unwrap(api.POST('/api/v1/contracts/{id}/slas', { ...path(id), body })),
  );

export const useRemoveSla = (id: string) =>
  useContractMutation((slaId: string) =>
    unwrap(api.DELETE('/api/v1/contracts/{id}/slas/{slaId}', { params: { path: { id, slaId } } })),
  );

export function useLinks(id: string) {
  return useQuery({
    queryKey: contractKeys.part(id, 'links'),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/contracts/{id}/links', { params: { path: { id: id }, query: page } }),
      ),
  });
}

export const useLink = (id: string) =>
  useContractMutation((supplierContractId: string) =>
    unwrap(api.POST('/api/v1/contracts/{id}/links', { ...path(id), body: { supplierContractId } })),
  );

export const useUnlink = (id: string) =>
  useContractMutation((supplierContractId: string) =>
    unwrap(
      api.DELETE('/api/v1/contracts/{id}/links/{supplierContractId}', {
        params: { path: { id, supplierContractId } },
      }),
    ),
  );

export const useFlowDown = (id: string) =>
  useContractMutation((body: { supplierContractId: string; tightenPercent: number }) =>
    unwrap(api.POST('/api/v1/contracts/{id}/flow-down', { ...path(id), body })),
  );

export function useMargin(id: string, enabled: boolean) {
  return useQuery({
    queryKey: contractKeys.part(id, 'margin'),
    queryFn: () => unwrap(api.GET('/api/v1/contracts/{id}/margin', path(id))),
    enabled,
  });
}

export type Amendment = Schemas['Amendment'];
type AmendmentBody =
  paths['/api/v1/contracts/{id}/amendments']['post']['requestBody']['content']['application/json'];

export function useAmendments(id: string) {
  return useQuery({
    queryKey: contractKeys.part(id, 'amendments'),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/contracts/{id}/amendments', { params: { path: { id: id }, query: page } }),
      ),
  });
}

export const useCreateAmendment = (id: string) =>
  useContractMutation((body: AmendmentBody) =>
    unwrap(api.POST('/api/v1/contracts/{id}/amendments', { ...path(id), body })),
  );

type AmendmentKey = { amendmentId: string; version: number };
const amendmentPath = (id: string, amendmentId: string) => ({
  params: { path: { id, amendmentId } },
});

/** Submit, withdraw, decide and sign an amendment: each moves it one step of its review. */
export function useAmendmentSteps(id: string) {
  return {
    submit: useContractMutation(({ amendmentId, version }: AmendmentKey) =>
      unwrap(
        api.POST('/api/v1/contracts/{id}/amendments/{amendmentId}/submit', {
          ...amendmentPath(id, amendmentId),
          body: { version },
        }),
      ),
    ),
    withdraw: useContractMutation(({ amendmentId, version }: AmendmentKey) =>
      unwrap(
        api.POST('/api/v1/contracts/{id}/amendments/{amendmentId}/withdraw', {
          ...amendmentPath(id, amendmentId),
          body: { version },
        }),
      ),
    ),
    decide: useContractMutation(
      ({ amendmentId, version, decision, comment }: AmendmentKey & Decision) =>
        unwrap(
          api.POST('/api/v1/contracts/{id}/amendments/{amendmentId}/decisions', {
            ...amendmentPath(id, amendmentId),
            body: { version, decision, ...(comment ? { comment } : {}) },
          }),
        ),
    ),
    sign: useContractMutation(
      ({ amendmentId, version, signedOn }: AmendmentKey & { signedOn: string }) =>
        unwrap(
          api.POST('/api/v1/contracts/{id}/amendments/{amendmentId}/sign', {
            ...amendmentPath(id, amendmentId),
            body: { version, signedOn },
          }),
        ),
    ),
  };
}
