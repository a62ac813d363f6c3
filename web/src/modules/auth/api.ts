import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client';

export const authKeys = { me: ['me'] as const };

/** The signed-in user and workspace; `null` when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/me'));
      } catch (e) {
        if (e instanceof ApiError && e.problem.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;

export function useHasPermission() {
  const { data } = useMe();
  return (permission: string) => Boolean(data?.permissions.includes(permission as never));
}

/** After sign-in, sign-out or a workspace switch every cached query is someone else's. */
export function useResetSession() {
  const qc = useQueryClient();
  return async () => {
    qc.clear();
    await qc.invalidateQueries({ queryKey: authKeys.me });
  };
}

/** Signs in and starts the app afresh for the new session. */
export function useSignIn() {
  const resetSession = useResetSession();
  return async (body: { email: string; password: string; totp?: string }) => {
    await unwrap(api.POST('/api/v1/auth/login', { body }));
    await resetSession();
  };
}
