import { Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import type { useListFilter } from '../../components/list';
import { SavedViews } from './SavedViews';

type ListState<F extends { q?: string | undefined; cursor?: string | undefined }> = ReturnType<
  typeof useListFilter<F>
>;

/**
 * A list's filter bar: its saved views, the text search, then the list's own filters. Keyed
 * by the filter's generation, so choosing a view shows its values in every control.
 */
export function ListFilters<F extends { q?: string | undefined; cursor?: string | undefined }>({
  list,
  state,
  searchPlaceholder,
  children,
}: {
  list: string;
  state: ListState<F>;
  searchPlaceholder: string;
  children?: ReactNode;
}) {
  const { filter, set, apply, generation } = state;
  return (
    <Space key={generation} wrap style={{ marginBottom: 12 }}>
      <SavedViews list={list} filter={filter} onApply={apply} />
      <Input.Search
        allowClear
        defaultValue={filter.q}
        placeholder={searchPlaceholder}
        onSearch={(q) => set({ q: q || undefined } as Partial<F>)}
        style={{ width: 240 }}
      />
      {children}
    </Space>
  );
}

/** One of a list's filters: a clearable, searchable choice labelled by what it filters. */
export function FilterSelect<V extends string>({
  label,
  values,
  name,
  value,
  onChange,
  width = 150,
}: {
  label: string;
  values: readonly V[];
  name: (value: V) => string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  width?: number;
}) {
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      aria-label={label}
      placeholder={label}
      style={{ width }}
      defaultValue={value}
      onChange={onChange}
      options={values.map((v) => ({ value: v, label: name(v) }))}
    />
  );
}
