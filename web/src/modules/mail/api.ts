import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const mailKeys = { all: ['mail'] as const };

export function useMailOutbox() {
  return useQuery({
    queryKey: mailKeys.all,
    queryFn: () => unwrap(api.GET('/api/v1/mail', { params: { query: { limit: 200 } } })),
  });
}
