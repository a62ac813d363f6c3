import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Downloads what a list shows, every page of it, as CSV or an Excel workbook: the list's
 * filters and sort go along, its paging does not.
 */
export function ExportButton({
  path,
  filter,
  label,
}: {
  path: string;
  filter: Record<string, unknown>;
  /** What the button says, when it is not the list's own export. */
  label?: string;
}) {
  const { t } = useTranslation();
  const download = (format: 'csv' | 'xlsx') => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) {
      if (
        value !== undefined &&
        value !== null &&
        value !== '' &&
        key !== 'cursor' &&
        key !== 'limit'
      ) {
        params.set(key, String(value));
      }
    }
    params.set('format', format);
    window.location.assign(`${path}?${params}`);
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: t('export.csv') },
          { key: 'xlsx', label: t('export.xlsx') },
        ],
        onClick: (e) => download(e.key as 'csv' | 'xlsx'),
      }}
    >
      <Button icon={<DownloadOutlined />}>{label ?? t('export.button')}</Button>
    </Dropdown>
  );
}
