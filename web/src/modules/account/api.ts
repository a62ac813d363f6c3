import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapAll } from '../../api/client';
import { type Locale, setLocale } from '../../i18n';
import { authKeys, type Me } from '../auth/api';

export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
  tokens: ['account', 'api-tokens'] as const,
};

export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      name?: string;
      locale?: 'zh-CN' | 'en-US';
      timeZone?: string;
      version: number;
    }) => unwrap(api.PATCH('/api/v1/me', { body })),
    onSuccess: (me) => qc.setQueryData(authKeys.me, me),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/me/password', { body })),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: accountKeys.sessions,
    queryFn: () => unwrapAll((page) => api.GET('/api/v1/me/sessions', { params: { query: page } })),
  });
}

export function useRevokeSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: accountKeys.tokens,
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/me/api-tokens', { params: { query: page } })),
  });
}

export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/v1/me/api-tokens', { body: { name } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/me/api-tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useTotp() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: authKeys.me });
  return {
    enrol: useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/me/totp/enrol')) }),
    confirm: useMutation({
      mutationFn: (code: string) => unwrap(api.POST('/api/v1/me/totp/confirm', { body: { code } })),
      onSuccess: refresh,
    }),
    disable: useMutation({
      mutationFn: (password: string) =>
        unwrap(api.POST('/api/v1/me/totp/disable', { body: { password } })),
      onSuccess: refresh,
    }),
  };
}

let languageChanges: Promise<unknown> = Promise.resolve();

/**
 * Switches the interface at once and saves the choice. Quick successive switches are saved in
 * order, each with the version the previous save returned, so none is refused as stale.
 */
export function useSetLanguage() {
  const qc = useQueryClient();
  return (locale: Locale) => {
    setLocale(locale);
    languageChanges = languageChanges
      .then(async () => {
        const me = qc.getQueryData<Me | null>(authKeys.me);
        if (!me) return;
        qc.setQueryData(
          authKeys.me,
          await unwrap(api.PATCH('/api/v1/me', { body: { locale, version: me.user.version } })),
        );
      })
      .catch(() => qc.invalidateQueries({ queryKey: authKeys.me }));
    return languageChanges;
  };
}

export type NewWorkspace = {
  name: string;
  baseCurrency: string;
  locale: Locale;
  timeZone: string;
};

/** Opens a workspace the caller owns; the session moves into it. */
export function useCreateWorkspace() {
  return useMutation({
    mutationFn: (body: NewWorkspace) => unwrap(api.POST('/api/v1/workspaces', { body })),
  });
}
