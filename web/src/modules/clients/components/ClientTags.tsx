import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api';

const statusColor = { prospect: 'blue', active: 'green', inactive: 'default' } as const;
const tierColor = { strategic: 'gold', key: 'purple', standard: 'default' } as const;

export function ClientStatusTag({ status }: { status: Client['status'] }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`client.status.${status}`)}</Tag>;
}

export function ClientTierTag({ tier }: { tier: Client['tier'] }) {
  const { t } = useTranslation();
  return <Tag color={tierColor[tier]}>{t(`client.tier.${tier}`)}</Tag>;
}
