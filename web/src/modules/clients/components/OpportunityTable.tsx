import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Money } from '../../../components/Money';
import type { Opportunity } from '../opportunities-api';

export function OpportunityTable({
  items,
  loading,
  onOpen,
}: {
  items: Opportunity[];
  loading: boolean;
  onOpen: (o: Opportunity) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={false}
      columns={[
        { title: t('client.number'), dataIndex: 'number', width: 110 },
        {
          title: t('opportunity.title'),
          dataIndex: 'title',
          render: (v: string, o) => (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              onClick={() => onOpen(o)}
            >
              {v}
            </Button>
          ),
        },
        {
          title: t('opportunity.client'),
          render: (_, o) => <Link to={`/clients/${o.client.id}`}>{o.client.name}</Link>,
        },
        {
          title: t('opportunity.stageLabel'),
          dataIndex: 'stage',
          render: (s: Opportunity['stage']) => <Tag>{t(`opportunity.stage.${s}`)}</Tag>,
        },
        {
          title: t('opportunity.amount'),
          align: 'right',
          render: (_, o) => <Money minor={o.amountMinor} currency={o.currency} />,
        },
        {
          title: t('opportunity.probability'),
          dataIndex: 'probability',
          render: (p: number) => `${p}%`,
        },
        {
          title: t('opportunity.expectedClose'),
          dataIndex: 'expectedClose',
          render: (v: string | null) => v ?? '—',
        },
        { title: t('client.owner'), render: (_, o) => o.owner?.name ?? '—' },
      ]}
    />
  );
}
