import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSuppliers } from '../api';

/** A list filter for one supplier, chosen by name; cleared, it shows everyone. */
export function SupplierFilter({ onChange }: { onChange: (supplierId?: string) => void }) {
  const { t } = useTranslation();
  const suppliers = useSuppliers({ limit: 200 });
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={t('person.supplier')}
      aria-label={t('person.supplier')}
      style={{ width: 200 }}
      onChange={onChange}
      options={(suppliers.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}
