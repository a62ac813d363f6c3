import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { authKeys } from '../auth/api';

export type ExchangeRate = Schemas['ExchangeRate'];
export type ApprovalRule = Schemas['ApprovalRule'];
type SettingsBody =
  paths['/api/v1/settings']['patch']['requestBody']['content']['application/json'];
type RateBody =
  paths['/api/v1/exchange-rates']['put']['requestBody']['content']['application/json'];
type RuleBody =
  paths['/api/v1/approval-rules']['post']['requestBody']['content']['application/json'];

export const settingsKeys = {
  settings: ['settings'] as const,
  rates: ['settings', 'exchange-rates'] as const,
  rules: ['settings', 'approval-rules'] as const,
};

export function useSettings() {
  return useQuery({
    queryKey: settingsKeys.settings,
    queryFn: () => unwrap(api.GET('/api/v1/settings')),
  });
}

export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsBody) => unwrap(api.PATCH('/api/v1/settings', { body })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: settingsKeys.settings });
      // The base currency is part of what the app knows about the workspace.
      await qc.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}

export function useExchangeRates() {
  return useQuery({
    queryKey: settingsKeys.rates,
    queryFn: () => unwrap(api.GET('/api/v1/exchange-rates', { params: { query: { limit: 200 } } })),
  });
}

export function useSetExchangeRate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RateBody) => unwrap(api.PUT('/api/v1/exchange-rates', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.rates }),
  });
}

export function useDeleteExchangeRate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/exchange-rates/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.rates }),
  });
}

export function useApprovalRules() {
  return useQuery({
    queryKey: settingsKeys.rules,
    queryFn: () => unwrap(api.GET('/api/v1/approval-rules')),
  });
}

export function useAddApprovalRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RuleBody) => unwrap(api.POST('/api/v1/approval-rules', { body })),
    onSuccess: (rules) => qc.setQueryData(settingsKeys.rules, rules),
  });
}

export function useDeleteApprovalRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/approval-rules/{id}', { params: { path: { id } } })),
    onSuccess: (rules) => qc.setQueryData(settingsKeys.rules, rules),
  });
}
