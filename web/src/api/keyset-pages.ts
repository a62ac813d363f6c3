import { useInfiniteQuery } from '@tanstack/react-query';
import { type Page, type PageQuery, unwrap } from './client';

/**
 * A list read one keyset page at a time, for "Load more": `page` asks the API for `limit`
 * rows after the cursor the last page gave.
 */
export function useKeysetPages<T>(
  queryKey: readonly unknown[],
  page: (query: PageQuery) => Promise<{ data?: Page<T>; error?: unknown; response: Response }>,
  limit = 50,
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      unwrap(page({ limit, ...(pageParam ? { cursor: pageParam } : {}) })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
