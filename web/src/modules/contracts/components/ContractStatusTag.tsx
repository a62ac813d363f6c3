import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractStatus } from '../api';

const color: Record<ContractStatus, string> = {
  draft: 'default',
  in_review: 'gold',
  approved: 'cyan',
  signed: 'blue',
  active: 'green',
  expiring: 'orange',
  renewed: 'purple',
  terminated: 'red',
  expired: 'default',
};

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return <Tag color={color[status]}>{t(`contract.status.${status}`)}</Tag>;
}
