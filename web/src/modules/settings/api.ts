import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
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
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/approval-rules', { params: { query: page } })),
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

/** Some answers type the week's [start, end] pairs as plain arrays: accept both. */
export type WorkingCalendar = Omit<Schemas['WorkingCalendar'], 'week'> & { week: string[][][] };
type CalendarBody =
  paths['/api/v1/calendars']['post']['requestBody']['content']['application/json'];
type CalendarUpdate = Omit<
  paths['/api/v1/calendars/{id}']['patch']['requestBody']['content']['application/json'],
  'version'
>;
type DayBody =
  paths['/api/v1/calendars/{id}/days']['post']['requestBody']['content']['application/json'];
type ImportBody =
  paths['/api/v1/calendars/{id}/import']['post']['requestBody']['content']['application/json'];

const calendarKeys = { all: ['settings', 'calendars'] as const };
const byId = (id: string) => ({ params: { path: { id } } });

export function useCalendars() {
  return useQuery({
    queryKey: calendarKeys.all,
    queryFn: () => unwrapAll((page) => api.GET('/api/v1/calendars', { params: { query: page } })),
  });
}

export function useHolidayCountries() {
  return useQuery({
    queryKey: [...calendarKeys.all, 'countries'],
    queryFn: () => unwrap(api.GET('/api/v1/calendars/countries')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every change to a calendar answers with the calendar; the list is refetched. */
function useCalendarMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export const useCreateCalendar = () =>
  useCalendarMutation((body: CalendarBody) => unwrap(api.POST('/api/v1/calendars', { body })));

export const useUpdateCalendar = (id: string) =>
  useCalendarMutation(({ version, body }: { version: number; body: CalendarUpdate }) =>
    unwrap(api.PATCH('/api/v1/calendars/{id}', { ...byId(id), body: { ...body, version } })),
  );

export const useAddCalendarDay = (id: string) =>
  useCalendarMutation((body: DayBody) =>
    unwrap(api.POST('/api/v1/calendars/{id}/days', { ...byId(id), body })),
  );

export const useRemoveCalendarDay = (id: string) =>
  useCalendarMutation((dayId: string) =>
    unwrap(api.DELETE('/api/v1/calendars/{id}/days/{dayId}', { params: { path: { id, dayId } } })),
  );

export const useApplyPreset = (id: string) =>
  useCalendarMutation((body: { country: string; year: number }) =>
    unwrap(api.POST('/api/v1/calendars/{id}/presets', { ...byId(id), body })),
  );

export const useImportDays = (id: string) =>
  useCalendarMutation((body: ImportBody) =>
    unwrap(api.POST('/api/v1/calendars/{id}/import', { ...byId(id), body })),
  );

/** The instant N business minutes after another, on a calendar. */
export function useAddBusinessMinutes(id: string) {
  return useMutation({
    mutationFn: (query: { from: string; minutes: number }) =>
      unwrap(
        api.GET('/api/v1/calendars/{id}/add-business-minutes', { params: { path: { id }, query } }),
      ),
  });
}
