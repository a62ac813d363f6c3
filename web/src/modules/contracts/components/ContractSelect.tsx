import { Select, type SelectProps } from 'antd';
import { type ContractFilter, useContracts } from '../api';

/**
 * Picks a contract by number and title among those `filter` lists (a client's, the supplier
 * contracts…). A Form.Item gives it its value and onChange.
 */
export function ContractSelect({ filter, ...props }: SelectProps & { filter: ContractFilter }) {
  const contracts = useContracts({ ...filter, limit: 200 });
  return (
    <Select
      showSearch
      optionFilterProp="label"
      {...props}
      options={(contracts.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.number} ${c.title}`,
      }))}
    />
  );
}
