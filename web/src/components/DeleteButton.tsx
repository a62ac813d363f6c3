import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/** A delete link that asks first. */
export function DeleteButton({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Popconfirm title={t('common.confirmDelete')} onConfirm={onConfirm}>
      <Button type="link" danger>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}

/** The last column of an editable table: delete the row, asking first; none when read-only. */
export function deleteColumn<T extends { id: string }>(
  editable: boolean,
  onDelete: (id: string) => void,
) {
  return editable
    ? [
        {
          key: 'remove',
          render: (_: unknown, row: T) => <DeleteButton onConfirm={() => onDelete(row.id)} />,
        },
      ]
    : [];
}
