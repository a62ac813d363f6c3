import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type FinancialRisk, useFinancialRisk } from '../api';

type Exposure = FinancialRisk['fxExposure'][number];
type Share = FinancialRisk['concentration'][number];
type AtRisk = FinancialRisk['marginAtRisk'][number];
type Unbilled = FinancialRisk['unbilledWork'][number];

/** A project by number and name, linked to its page. */
function ProjectLink({ project }: { project: { id: string; number: string; name: string } }) {
  return <Link to={`/projects/${project.id}`}>{`${project.number} ${project.name}`}</Link>;
}

/**
 * Financial risk (财务风险) today: what open items in other currencies would gain or lose at
 * today's rates, how much of the year's revenue each client brings, and the projects heading
 * below the margin floor.
 */
export default function FinancialRiskPage() {
  const { t } = useTranslation();
  const risk = useFinancialRisk();
  const r = risk.data;
  const base = r?.currency ?? 'CNY';
  const inBase = (minor: number | null) =>
    minor === null ? '—' : <Money minor={minor} currency={base} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <ProblemAlert error={risk.error} />
      <Card title={t('risk.fx')}>
        <Typography.Paragraph type="secondary">
          {t('risk.fxHint', { currency: base })}
        </Typography.Paragraph>
        <Table<Exposure>
          rowKey="currency"
          size="small"
          pagination={false}
          loading={risk.isFetching}
          dataSource={r?.fxExposure}
          columns={[
            { title: t('risk.currency'), dataIndex: 'currency' },
            {
              title: t('risk.receivable'),
              dataIndex: 'receivableMinor',
              align: 'right',
              render: (v: number, x) => <Money minor={v} currency={x.currency} />,
            },
            {
              title: t('risk.payable'),
              dataIndex: 'payableMinor',
              align: 'right',
              render: (v: number, x) => <Money minor={v} currency={x.currency} />,
            },
            { title: t('risk.booked'), dataIndex: 'bookedMinor', align: 'right', render: inBase },
            { title: t('risk.rate'), dataIndex: 'rate', render: (v: string | null) => v ?? '—' },
            { title: t('risk.today'), dataIndex: 'todayMinor', align: 'right', render: inBase },
            {
              title: t('risk.unrealised'),
              dataIndex: 'unrealisedMinor',
              align: 'right',
              render: inBase,
            },
          ]}
        />
      </Card>
      <Card title={t('risk.concentration')}>
        <Table<Share>
          rowKey={(x) => x.client.id}
          size="small"
          pagination={false}
          loading={risk.isFetching}
          dataSource={r?.concentration}
          columns={[
            { title: t('aging.client'), key: 'client', render: (_, x) => x.client.name },
            { title: t('risk.revenue'), dataIndex: 'revenueMinor', align: 'right', render: inBase },
            {
              title: t('risk.share'),
              dataIndex: 'sharePercent',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : `${v}%`),
            },
          ]}
        />
      </Card>
      <Card title={t('risk.unbilled')}>
        <Table<Unbilled>
          rowKey={(x) => x.project.id}
          size="small"
          pagination={false}
          loading={risk.isFetching}
          dataSource={r?.unbilledWork}
          columns={[
            {
              title: t('risk.project'),
              key: 'project',
              render: (_, x) => <ProjectLink project={x.project} />,
            },
            { title: t('risk.hours'), dataIndex: 'hours', align: 'right' },
            {
              title: t('risk.unbilledAmount'),
              dataIndex: 'amountMinor',
              align: 'right',
              render: inBase,
            },
            { title: t('risk.oldest'), dataIndex: 'oldestDay' },
          ]}
        />
      </Card>
      <Card title={t('risk.margin', { floor: r?.marginFloorPercent ?? '' })}>
        <Table<AtRisk>
          rowKey={(x) => x.project.id}
          size="small"
          pagination={false}
          loading={risk.isFetching}
          dataSource={r?.marginAtRisk}
          locale={{ emptyText: t('risk.noneAtRisk') }}
          columns={[
            {
              title: t('risk.project'),
              key: 'project',
              render: (_, x) => <ProjectLink project={x.project} />,
            },
            {
              title: t('risk.contractValue'),
              dataIndex: 'contractValueMinor',
              align: 'right',
              render: (v: number, x) => <Money minor={v} currency={x.currency} />,
            },
            {
              title: t('risk.eac'),
              dataIndex: 'eacMinor',
              align: 'right',
              render: (v: number, x) => <Money minor={v} currency={x.currency} />,
            },
            {
              title: t('risk.marginPercent'),
              dataIndex: 'marginPercent',
              align: 'right',
              render: (v: number) => `${v}%`,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
