import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { Money } from '../../../components/Money';
import type { Compliance } from '../api';

type Line = Compliance['lines'][number];
type TicketRow = Line['tickets'][number];

/**
 * One contract's SLA lines for a month: in scope, met, breached, attainment and the credit
 * each yields; a line opens the tickets behind it.
 */
export function ComplianceLines({ lines, currency }: { lines: Line[]; currency: string }) {
  const { t } = useTranslation();
  return (
    <Table<Line>
      rowKey={(l) => `${l.metric}:${l.priority}`}
      size="small"
      pagination={false}
      dataSource={lines}
      expandable={{
        rowExpandable: (l) => l.tickets.length > 0,
        expandedRowRender: (l) => (
          <Table<TicketRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={l.tickets}
            columns={[
              {
                title: t('ticket.number'),
                render: (_, r) => <Link to={`/tickets?ticket=${r.id}`}>{r.number}</Link>,
              },
              { title: t('ticket.subject'), dataIndex: 'title' },
              {
                title: t('ticket.status'),
                render: (_, r) => (
                  <Tag color={r.state === 'met' ? 'success' : 'error'}>
                    {t(`ticket.slaStates.${r.state}`)}
                  </Tag>
                ),
              },
              {
                title: t('ticket.slaBreachedAt'),
                render: (_, r) => (r.breachedAt ? <DateTime value={r.breachedAt} /> : '—'),
              },
              {
                title: t('ticket.slaRun'),
                render: (_, r) => Math.round(r.elapsedSeconds / 60),
              },
              {
                title: t('ticket.slaPaused'),
                render: (_, r) => Math.round(r.pausedSeconds / 60),
              },
            ]}
          />
        ),
      }}
      columns={[
        { title: t('sla.metricLabel'), render: (_, l) => t(`sla.metric.${l.metric}`) },
        {
          title: t('ticket.priority'),
          render: (_, l) => (l.priority ? t(`ticket.priorities.${l.priority}`) : '—'),
        },
        { title: t('ticket.slaTarget'), render: (_, l) => `${l.targetMinutes} min` },
        { title: t('compliance.inScope'), dataIndex: 'inScope', align: 'right' },
        { title: t('compliance.met'), dataIndex: 'met', align: 'right' },
        { title: t('compliance.breached'), dataIndex: 'breached', align: 'right' },
        {
          title: t('compliance.attainment'),
          render: (_, l) => (l.attainment === null ? '—' : `${l.attainment}%`),
          align: 'right',
        },
        {
          title: t('compliance.credit'),
          render: (_, l) => (
            <>
              <Money minor={l.creditMinor} currency={currency} /> ({l.creditPercent}%)
            </>
          ),
          align: 'right',
        },
      ]}
    />
  );
}
