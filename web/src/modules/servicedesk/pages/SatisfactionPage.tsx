import { Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type SatisfactionQuery, satisfactionDimensions, useTicketSatisfaction } from '../api';

type Row = NonNullable<ReturnType<typeof useTicketSatisfaction>['data']>['rows'][number];

/**
 * How satisfied the requesters of resolved tickets were (the one question mailed on
 * resolution), by agent, our group, supplier team or client, over a range of days.
 */
export default function SatisfactionPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<SatisfactionQuery>({
    from: dayjs().startOf('month').format('YYYY-MM-DD'),
    to: dayjs().format('YYYY-MM-DD'),
    by: 'agent',
  });
  const report = useTicketSatisfaction(query);
  const percent = (share: string | null) =>
    share === null ? '—' : `${Math.round(Number(share) * 100)}%`;
  return (
    <Card title={t('nav.ticketSatisfaction')} extra={<Link to="/tickets">{t('nav.tickets')}</Link>}>
      <Typography.Paragraph type="secondary">{t('csat.hint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(query.from), dayjs(query.to)]}
          onChange={(range) =>
            range?.[0] &&
            range[1] &&
            setQuery((q) => ({
              ...q,
              from: range[0]?.format('YYYY-MM-DD') ?? q.from,
              to: range[1]?.format('YYYY-MM-DD') ?? q.to,
            }))
          }
        />
        <Select
          showSearch
          optionFilterProp="label"
          aria-label={t('csat.by')}
          style={{ width: 180 }}
          value={query.by}
          onChange={(by) => setQuery((q) => ({ ...q, by }))}
          options={satisfactionDimensions.map((d) => ({
            value: d,
            label: t(`csat.dimensions.${d}`),
          }))}
        />
      </Space>
      <ProblemAlert error={report.error} />
      <Table<Row>
        rowKey={(r) => r.key?.id ?? 'none'}
        size="small"
        pagination={false}
        loading={report.isFetching}
        dataSource={report.data?.rows ?? []}
        columns={[
          {
            title: t(`csat.dimensions.${query.by}`),
            render: (_, r) => r.key?.name ?? t('csat.none'),
          },
          { title: t('csat.surveys'), dataIndex: 'surveys', align: 'right' },
          { title: t('csat.answers'), dataIndex: 'answers', align: 'right' },
          { title: t('csat.average'), render: (_, r) => r.average ?? '—', align: 'right' },
          { title: t('csat.satisfied'), render: (_, r) => percent(r.satisfied), align: 'right' },
        ]}
      />
    </Card>
  );
}
