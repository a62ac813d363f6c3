import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';

/** antd's sorter as the API's `sort`: the column key, prefixed with - when descending. */
export function sortFrom<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  return s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
}

/**
 * A list's filters: changing any of them starts again from the first page. `apply` replaces
 * them all (a saved view) and bumps `generation`, which keys the filter controls so they show
 * the new values.
 */
export function useListFilter<F extends { cursor?: string | undefined }>(initial: F) {
  const [filter, setFilter] = useState<F>(initial);
  const [generation, setGeneration] = useState(0);
  return {
    filter,
    generation,
    set: (patch: Partial<F>) => setFilter({ ...filter, ...patch, cursor: undefined }),
    next: (cursor: string | null | undefined) =>
      setFilter({ ...filter, cursor: cursor ?? undefined }),
    apply: (next: F) => {
      setFilter({ ...next, cursor: undefined });
      setGeneration((g) => g + 1);
    },
  };
}
