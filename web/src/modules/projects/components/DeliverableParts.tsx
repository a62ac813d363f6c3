import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Deliverable, deliverableColor } from '../deliveries-api';

/** The kinds of file a deliverable is handed over with. */
export const deliverableCategories = ['deliverable', 'evidence', 'other'] as const;

export function DeliverableStatus({ status }: { status: Deliverable['status'] }) {
  const { t } = useTranslation();
  return <Tag color={deliverableColor[status]}>{t(`project.deliverableStatus.${status}`)}</Tag>;
}
