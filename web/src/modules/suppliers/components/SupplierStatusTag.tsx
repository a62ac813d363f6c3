import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupplierStatus } from '../api';

const color: Record<SupplierStatus, string> = {
  prospect: 'blue',
  onboarding: 'cyan',
  approved: 'green',
  suspended: 'orange',
  blacklisted: 'red',
};

export function SupplierStatusTag({ status }: { status: SupplierStatus }) {
  const { t } = useTranslation();
  return <Tag color={color[status]}>{t(`supplier.status.${status}`)}</Tag>;
}
