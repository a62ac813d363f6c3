import { Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Dashboard, priorityColor, useDashboard } from '../api';
import { BacklogChart, OpenByAgeChart } from '../components/DashboardCharts';
import { GroupSelect } from '../components/GroupSelect';

/** What both tables of mean times show beside their first column. */
type Times = Pick<
  Dashboard['byPriority'][number],
  'responded' | 'meanResponseMinutes' | 'resolved' | 'meanResolutionMinutes'
>;

/** The columns of mean times to respond and resolve, after the first. */
function useTimeColumns() {
  const { t } = useTranslation();
  const mean = (v: number | null) => (v === null ? '—' : t('deskDashboard.minutes', { value: v }));
  return [
    { title: t('deskDashboard.responded'), dataIndex: 'responded', align: 'right' as const },
    {
      title: t('deskDashboard.meanResponse'),
      render: (_: unknown, r: Times) => mean(r.meanResponseMinutes),
      align: 'right' as const,
    },
    { title: t('deskDashboard.resolved'), dataIndex: 'resolved', align: 'right' as const },
    {
      title: t('deskDashboard.meanResolution'),
      render: (_: unknown, r: Times) => mean(r.meanResolutionMinutes),
      align: 'right' as const,
    },
  ];
}

/**
 * The service desk at a glance: open tickets by priority and age, clocks about to run out,
 * this month's breaches, the backlog's trend, first-contact resolution, and mean times per
 * priority and per group (our teams and supplier teams).
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState<string | undefined>();
  const dashboard = useDashboard(groupId);
  const timeColumns = useTimeColumns();
  const d = dashboard.data;
  return (
    <Card
      title={t('nav.deskDashboard')}
      extra={
        <Space>
          <GroupSelect
            style={{ width: 200 }}
            placeholder={t('ticket.group')}
            aria-label={t('ticket.group')}
            onChange={(id: string | undefined) => setGroupId(id)}
          />
          <Link to="/tickets">{t('nav.tickets')}</Link>
        </Space>
      }
    >
      <ProblemAlert error={dashboard.error} />
      {d && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}>
              <Statistic
                title={t('deskDashboard.openTotal')}
                value={d.open.reduce((sum, p) => sum + p.total, 0)}
              />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('deskDashboard.breachedOurs')}
                value={d.breachedThisMonth.client}
              />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('deskDashboard.breachedSuppliers')}
                value={d.breachedThisMonth.supplier}
              />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('deskDashboard.firstContact')}
                value={
                  d.firstContactResolution.share === null
                    ? '—'
                    : `${Math.round(Number(d.firstContactResolution.share) * 100)}%`
                }
                suffix={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('deskDashboard.ofResolved', { count: d.firstContactResolution.resolved })}
                  </Typography.Text>
                }
              />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <h4>{t('deskDashboard.open')}</h4>
              <OpenByAgeChart open={d.open} />
            </Col>
            <Col span={12}>
              <h4>{t('deskDashboard.backlog')}</h4>
              <BacklogChart backlog={d.backlog} />
            </Col>
          </Row>
          <h4>{t('deskDashboard.atRisk')}</h4>
          <Table
            rowKey={(r) => `${r.ticket.id}:${r.party}:${r.metric}`}
            size="small"
            pagination={false}
            dataSource={d.atRisk}
            locale={{ emptyText: t('deskDashboard.noneAtRisk') }}
            columns={[
              {
                title: t('ticket.number'),
                render: (_, r) => (
                  <Link to={`/tickets?ticket=${r.ticket.id}`}>{r.ticket.number}</Link>
                ),
              },
              { title: t('ticket.subject'), render: (_, r) => r.ticket.title },
              {
                title: t('ticket.priority'),
                render: (_, r) => (
                  <Tag color={priorityColor[r.priority]}>
                    {t(`ticket.priorities.${r.priority}`)}
                  </Tag>
                ),
              },
              {
                title: t('ticket.clockParty'),
                render: (_, r) => t(`ticket.clockParties.${r.party}`),
              },
              { title: t('sla.metricLabel'), render: (_, r) => t(`sla.metric.${r.metric}`) },
              { title: t('ticket.group'), render: (_, r) => r.group?.name ?? '—' },
              { title: t('ticket.slaDue'), render: (_, r) => <DateTime value={r.dueAt} /> },
            ]}
          />
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col span={12}>
              <h4>{t('deskDashboard.byPriority')}</h4>
              <Table<Dashboard['byPriority'][number]>
                rowKey="priority"
                size="small"
                pagination={false}
                dataSource={d.byPriority}
                columns={[
                  {
                    title: t('ticket.priority'),
                    render: (_, r) =>
                      t(`ticket.priorities.${(r as { priority: string }).priority}`),
                  },
                  ...timeColumns,
                ]}
              />
            </Col>
            <Col span={12}>
              <h4>{t('deskDashboard.byGroup')}</h4>
              <Table<Dashboard['byGroup'][number]>
                rowKey={(r) => r.group?.id ?? 'none'}
                size="small"
                pagination={false}
                dataSource={d.byGroup}
                columns={[
                  {
                    title: t('ticket.group'),
                    render: (_, r) =>
                      r.group
                        ? `${r.group.name}${r.group.kind === 'supplier' ? ` (${t('ticketGroup.kinds.supplier')})` : ''}`
                        : t('csat.none'),
                  },
                  ...timeColumns,
                ]}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
