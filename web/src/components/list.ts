import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';

/** antd's sorter as the API's `sort`: the column key, prefixed with - when descending. */
export function sortFrom<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  return s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
}

/** A list's filters: changing any of them starts again from the first page. */
export function useListFilter<F extends { cursor?: string | undefined }>(initial: F) {
  const [filter, setFilter] = useState<F>(initial);
  return {
    filter,
    set: (patch: Partial<F>) => setFilter({ ...filter, ...patch, cursor: undefined }),
    next: (cursor: string | null | undefined) =>
      setFilter({ ...filter, cursor: cursor ?? undefined }),
  };
}
