import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/local-name';
import { usePositions } from '../positions-api';

/** Picks an active position of the catalogue by id, named in the reader's language. */
export function PositionSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { t, i18n } = useTranslation();
  const positions = usePositions();
  return (
    <Select<string>
      showSearch
      optionFilterProp="label"
      placeholder={t('position.position')}
      aria-label={t('position.position')}
      loading={positions.isLoading}
      options={(positions.data ?? []).map((p) => ({
        value: p.id,
        label: localName(p, i18n.language),
      }))}
      style={{ minWidth: 200 }}
      {...props}
    />
  );
}
