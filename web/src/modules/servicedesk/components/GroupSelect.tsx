import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../api';

/** Picks an assignment group: our teams, and the supplier teams marked as such. */
export function GroupSelect(props: SelectProps) {
  const { t } = useTranslation();
  const groups = useGroups();
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      {...props}
      options={(groups.data ?? []).map((g) => ({
        value: g.id,
        label: g.kind === 'supplier' ? `${g.name} (${t('ticketGroup.kinds.supplier')})` : g.name,
      }))}
    />
  );
}
