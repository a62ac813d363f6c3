import { Button, Drawer, type FormInstance, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The drawer every larger form opens in: title, Cancel and Save, and the form inside. */
export function FormDrawer({
  title,
  form,
  saving,
  onClose,
  children,
}: {
  title: string;
  form: FormInstance;
  saving: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      size="large"
      title={title}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
