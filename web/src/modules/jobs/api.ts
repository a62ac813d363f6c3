import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrapAll } from '../../api/client';

export type JobSummary = Schemas['JobSummary'];

export const jobKeys = { all: ['jobs'] as const };

/** Every background job; refreshed while the page is open, as runs come and go. */
export function useJobs() {
  return useQuery({
    queryKey: jobKeys.all,
    queryFn: () => unwrapAll((query) => api.GET('/api/v1/jobs', { params: { query } })),
    refetchInterval: 10_000,
  });
}
